package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.settings.PtkSettings;

/**
 * Where the database is and how to sign in to it, read as the server reads it: DB_URL and so on.
 */
public record DatabaseAddress(String url, String user, String password) {

  static DatabaseAddress from(PtkSettings settings) {
    return new DatabaseAddress(
        settings.text("DB_URL"),
        settings.text("DB_USER"),
        settings.optional("DB_PASSWORD").orElse(""));
  }

  @Override
  public String toString() {
    return "DatabaseAddress[" + url + ", user " + user + "]";
  }
}
