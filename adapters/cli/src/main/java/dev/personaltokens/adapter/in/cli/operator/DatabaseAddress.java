package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;

/** Where the database is and how to sign in to it, as the server reads it: DB_URL and so on. */
public record DatabaseAddress(String url, String user, String password) {

  /** The server's defaults (its microprofile-config.properties), so that both find one database. */
  public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ptk";

  public static final String DEFAULT_USER = "ptk";

  static DatabaseAddress fromEnvironment(CliContext context) {
    String url = context.variable("DB_URL");
    String user = context.variable("DB_USER");
    String password = context.environment().get("DB_PASSWORD");
    return new DatabaseAddress(
        url == null ? DEFAULT_URL : url,
        user == null ? DEFAULT_USER : user,
        password == null ? "" : password);
  }

  @Override
  public String toString() {
    return "DatabaseAddress[" + url + ", user " + user + "]";
  }
}
