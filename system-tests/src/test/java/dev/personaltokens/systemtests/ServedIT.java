package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the server serves besides the API (metrics, health, OpenAPI) and what it stores: no secret
 * in the database.
 */
@SharedServer.On
class ServedIT extends ApiSupport {

  @Test
  void metricsCountCallsByUseCaseAndOutcome() {
    String key = create(tokenJson("counted")).json().getString("key");
    api.get("api/user/me", key);
    api.get("api/user/me", key); // from the node cache
    api.signIn(ADMIN_EMAIL, "not-the-admin-password");

    String metrics =
        api.eventually(
            "/metrics?scope=application", text -> text.contains("ptk_last_used_batch_size"));

    assertThat(metrics)
        .containsPattern(
            "ptk_use_case_calls_total\\{[^}]*outcome=\"ok\"[^}]*use_case=\"CreatePersonalToken\"")
        .containsPattern(
            "ptk_use_case_calls_total\\{[^}]*outcome=\"ok\"[^}]*use_case=\"Authenticate\"")
        .containsPattern(
            "ptk_use_case_calls_total\\{[^}]*outcome=\"auth.credentials.invalid\"[^}]*use_case=\"SignIn\"")
        .contains("ptk_last_used_lag_seconds")
        .containsPattern("ptk_node_cache_hits\\{[^}]*\\} [1-9]")
        .containsPattern("ptk_node_cache_misses\\{[^}]*\\} [1-9]")
        .contains("ptk_node_cache_evictions")
        .containsPattern("ptk_node_cache_trusted\\{[^}]*\\} 1")
        .containsPattern("ptk_cluster_members\\{[^}]*\\} 1");
  }

  @Test
  void databaseHoldsNoSecret() throws SQLException {
    String key = create(tokenJson("secret-check")).json().getString("key");
    List<String> secrets = List.of(key, session, key.substring(4, 36), session.substring(4, 36));

    List<String> stored = new ArrayList<>();
    try (Connection connection = TestDatabase.connection();
        Statement statement = connection.createStatement()) {
      for (String table : List.of("accounts", "personal_tokens", "sessions")) {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
              stored.add(String.valueOf(rows.getString(column)));
            }
          }
        }
      }
    }
    assertThat(stored).isNotEmpty();
    for (String secret : secrets) {
      assertThat(stored).noneMatch(value -> value.contains(secret));
    }
  }

  @Test
  void healthAndOpenApiAreServed() {
    Answer health = api.get("/health/ready", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body())
        .contains("database")
        .contains("UP")
        .contains("\"name\":\"cluster\"")
        .contains("\"members\":\"1\"")
        .contains("\"cache\":\"trusted\"");

    Answer openapi = api.get("/openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/iam/personal_tokens");
  }
}
