package dev.personaltokens.adapter.in.rest;

import static dev.personaltokens.adapter.in.rest.RestComponent.jsonType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.domain.account.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Failures the resources don't see coming: no such address, method or media type, and a use case
 * that blows up. Each is the JSON error body, never an HTML page or a stack trace; and every
 * answer, failed or not, carries the security headers.
 */
class HttpErrorsComponentTest {

  static final RestComponent api = RestComponent.over(new InMemoryApplication());

  /** Held so that the logging configuration isn't collected while a test changes it. */
  static final Logger LOG = Logger.getLogger("dev.personaltokens");

  final List<LogRecord> logged = new ArrayList<>();
  final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  Account account;
  String key;

  @BeforeEach
  void newAccountAndRecordedLog() {
    account = api.newAccount();
    key = api.personalToken(account);
    LOG.addHandler(recorder);
    LOG.setUseParentHandlers(false);
  }

  @AfterEach
  void restoreLog() {
    LOG.removeHandler(recorder);
    LOG.setUseParentHandlers(true);
  }

  @Test
  void unknownAddressGetsJsonNotHtml() {
    for (Answer answer :
        List.of(
            api.get("no/such/thing").token(key).send(),
            api.get("no/such/thing").send(),
            api.post("iam/personal_tokens/a/b/c").token(key).json("{}").send())) {
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
      assertThat(answer.errorCode()).isEqualTo("not_found");
      assertThat(answer.error().getString("status")).isEqualTo("404");
      assertThat(answer.error().getString("title")).isEqualTo("Not Found");
    }
  }

  @Test
  void wrongMethodIsRefusedNamingTheAllowedOnes() {
    Answer answer = api.request("DELETE", "user/me").token(key).send();

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(answer.errorCode()).isEqualTo("method.not_allowed");
    assertThat(String.join(",", answer.headers("Allow"))).contains("GET").doesNotContain("DELETE");
  }

  @Test
  void optionsNamesTheAllowedMethodsWithoutABody() {
    Answer answer = api.request("OPTIONS", "user/me").send();

    assertThat(answer.status()).isEqualTo(204);
    assertThat(answer.body()).isEmpty();
    assertThat(String.join(",", answer.headers("Allow"))).contains("GET").doesNotContain("DELETE");
  }

  @Test
  void onlyJsonIsAnswered() {
    Answer answer = api.get("user/me").token(key).header("Accept", "text/html").send();

    assertThat(answer.status()).isEqualTo(406);
    assertThat(answer.errorCode()).isEqualTo("media_type.not_acceptable");
    assertThat(answer.body()).doesNotContain("<html");
  }

  @Test
  void azionsVersionedAcceptHeaderIsTolerated() {
    Answer answer =
        api.get("user/me").token(key).header("Accept", "application/json; version=3").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
  }

  @Test
  void onlyJsonIsRead() {
    Answer answer =
        api.post("session")
            .header("X-Requested-With", "ptk-console")
            .body("application/x-www-form-urlencoded", "email=a&password=b")
            .send();

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.errorCode()).isEqualTo("media_type.unsupported");
  }

  /**
   * Jersey answers a header it can't parse with a bare 400 before any exception mapper sees it (its
   * ServerRuntime special-cases inbound HeaderValueException); a response filter gives it the body.
   */
  @ParameterizedTest
  @CsvSource({"Content-Type, garbage", "Accept, 'application/json;;q=x'"})
  void unparseableMediaTypeHeaderGetsTheJsonErrorBody(String header, String value) {
    RestComponent.Request request = api.post("iam/personal_tokens").token(key);
    if (header.equals("Content-Type")) {
      request.body(value, "{}");
    } else {
      request.json("{}").header(header, value);
    }
    Answer answer = request.send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(answer.errorCode()).isEqualTo("request.invalid");
  }

  @Test
  void unexpectedFailureIsA500WithAnErrorIdAndNoDetailLoggedOnce() {
    RestComponent broken =
        api.replacing(
            GetAccountUseCase.class,
            id -> {
              throw new IllegalStateException("connection refused to db-7.internal");
            });

    Answer answer = broken.get("user/me").token(key).send();

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(answer.errorCode()).isEqualTo("internal");
    assertThat(answer.error().getString("status")).isEqualTo("500");
    assertThat(answer.body())
        .doesNotContain(
            "db-7", "IllegalStateException", "Exception", "\tat ", "dev.personaltokens");
    Matcher id =
        Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
            .matcher(answer.error().getString("detail"));
    assertThat(id.find()).as(answer.error().getString("detail")).isTrue();
    assertThat(logged)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getMessage()).contains(id.group());
              assertThat(record.getThrown()).hasMessageContaining("db-7");
            });
    assertThat(answer.header("Personal-Token-Expiration")).contains(expiryOfTheKey());
  }

  @Test
  void failingAuthenticationIsA500NotA401() {
    RestComponent broken =
        api.replacing(
            AuthenticateUseCase.class,
            secret -> {
              throw new IllegalStateException("database unreachable");
            });

    Answer answer = broken.get("user/me").token(key).send();

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.errorCode()).isEqualTo("internal");
    assertThat(answer.headers("WWW-Authenticate")).isEmpty();
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    List<Answer> answers =
        List.of(
            api.get("user/me").token(key).send(),
            api.get("user/me").send(),
            api.get("no/such/thing").send(),
            api.post("tokens").basic(account.email().value(), RestComponent.PASSWORD).send(),
            api.replacing(
                    GetAccountUseCase.class,
                    id -> {
                      throw new IllegalStateException("boom");
                    })
                .get("user/me")
                .token(key)
                .send());

    assertThat(answers).extracting(Answer::status).containsExactly(200, 401, 404, 201, 500);
    for (Answer answer : answers) {
      assertThat(answer.header("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains(
                          "default-src 'none'",
                          "script-src 'self'",
                          "style-src 'self'",
                          "frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
      assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(answer.header("X-Frame-Options")).contains("DENY");
      assertThat(answer.header("Referrer-Policy")).contains("no-referrer");
      assertThat(answer.header("Cache-Control")).contains("no-store");
    }
  }

  /** The expiry of {@link #key}, the account's one token, as the wire writes instants. */
  private String expiryOfTheKey() {
    return api.application().tokens().all().stream()
        .filter(token -> token.owner().equals(account.id()))
        .map(token -> Timestamps.format(token.expiresAt()))
        .reduce(
            (one, other) -> {
              throw new IllegalStateException("the account has more than one token");
            })
        .orElseThrow();
  }
}
