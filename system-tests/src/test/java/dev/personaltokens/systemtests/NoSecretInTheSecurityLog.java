package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each IT class, every event of the security log - of every IT that ran so far in this JVM,
 * so the last class checks the whole run - is searched for every key, session token, service
 * secret, two-factor key, recovery code and password those ITs handed out or typed: none may
 * appear.
 */
final class NoSecretInTheSecurityLog implements AfterAllCallback {

  private static final Pattern SECRET = Pattern.compile("pt[kscldp]_[0-9A-Za-z]{38}");
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

  /** Every secret in {@code text}, e.g. an answer of the API or the output of the CLI. */
  static void harvest(String text) {
    if (text != null) {
      Matcher found = SECRET.matcher(text);
      while (found.find()) {
        SECRETS.add(found.group());
      }
    }
  }

  /** A secret of another shape the server handed out: a two-factor key, a recovery code. */
  static void secret(String secret) {
    SECRETS.add(secret);
  }

  /** A password a test typed or set, right or wrong. */
  static void password(String password) {
    if (password != null && password.length() >= 8) {
      SECRETS.add(password);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    List<String> stored = new ArrayList<>();
    try (Connection connection = TestDatabase.connection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM audit_events")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          row.append(rows.getString(column)).append('|');
        }
        stored.add(row.toString());
      }
    }
    assertThat(stored).as("security-log events").isNotEmpty();
    assertThat(SECRETS).as("secrets handed out").isNotEmpty();
    for (String secret : SECRETS) {
      assertThat(stored).as("the security log").noneMatch(row -> row.contains(secret));
    }
  }
}
