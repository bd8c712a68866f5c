package dev.personaltokens.systemtests;

import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the topic classes on personal tokens guarding other APIs share, on the built WAR, Payara
 * Micro and MariaDB: a new account signed in before each test, tokens made for it, and headers
 * added to a request. Each subclass is annotated {@link SharedServer.On}.
 */
abstract class VerificationSupport {

  static final String PASSWORD = "a-long-enough-password";
  static final String TOKENS = "api/iam/personal_tokens";

  /** Every token of these tests expires then: one date, computed once. */
  static final String EXPIRES = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

  static final String EXPIRATION = EXPIRES + "T00:00:00Z";

  final URL deployment = SharedServer.url();

  ApiClient api;
  Account account;
  String session;

  @BeforeEach
  void signInAsNewAccount() {
    api = new ApiClient(deployment);
    account = TestDatabase.newAccount(PASSWORD);
    session = api.sessionOf(account.email().value(), PASSWORD);
  }

  String token(String scope) {
    JsonObject created =
        api.postJson(
                TOKENS,
                session,
                "{\"name\":\"for "
                    + scope
                    + "\",\"expires_at\":\""
                    + EXPIRES
                    + "\",\"scope\":\""
                    + scope
                    + "\"}")
            .json();
    return created.getString("key");
  }

  /** Adds {@code headers}, given as name, value, name, value... */
  static void withHeaders(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
  }
}
