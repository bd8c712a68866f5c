package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The credentials inventory and the instance's security log, over HTTP in memory. */
class InventoryComponentTest {

  static final String UNKNOWN = "3f1c4d2a-0b6e-4c1e-9a57-2d3c4b5a6e7f";

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account admin;
  Account member;
  String adminSession;

  @BeforeEach
  void signIn() {
    admin = api.newAccount();
    member = api.newAccount();
    adminSession = api.session(admin);
  }

  @Test
  void everyLiveTokenIsListedWithItsOwnerAndNeverItsKey() {
    String key = api.personalToken(member);
    api.personalToken(admin);

    Answer page = api.get("admin/personal_tokens?owner=" + member.id()).token(adminSession).send();

    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<JsonObject> tokens = page.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(tokens).hasSize(1);
    assertThat(tokens.get(0).getJsonObject("owner").getString("email"))
        .isEqualTo(member.email().value());
    assertThat(page.body()).doesNotContain(key).doesNotContain(key.substring(4, 30));
  }

  @Test
  void theCsvHasAHeaderARowPerTokenAndDefusesFormulas() {
    api.application().token(member.id(), "=HYPERLINK(\"x\")");

    Answer csv =
        api.get("admin/personal_tokens").token(adminSession).header("Accept", "text/csv").send();

    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("uuid,name,description,scope,owner_id,owner_email");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void anAdminRevokesAnyTokenAndTheOwnerIsToldWhoAndMailed() {
    var created = app.token(member.id(), "laptop");

    Answer revoked =
        api.delete("admin/personal_tokens/" + created.token().id()).token(adminSession).send();

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    assertThat(api.get("user/me").token(created.secret().reveal()).send().errorCode())
        .isEqualTo("auth.token.revoked");
    JsonObject event =
        api
            .get("audit_events")
            .token(api.session(member))
            .send()
            .json()
            .getJsonArray("results")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(found -> found.getString("type").equals("token.revoked_by_admin"))
            .findFirst()
            .orElseThrow();
    assertThat(event.getJsonObject("actor").getString("email")).isEqualTo(admin.email().value());
    assertThat(app.notices().pending(Notices.Kind.REVOKED_BY_ADMIN, 10))
        .containsExactly(created.token().id());
    Answer again =
        api.delete("admin/personal_tokens/" + created.token().id()).token(adminSession).send();
    assertThat(again.status()).isEqualTo(404);
    assertThat(
            api.delete("admin/personal_tokens/" + UNKNOWN).token(adminSession).send().errorCode())
        .isEqualTo("token.not_found");
  }

  @Test
  void theInstanceLogShowsEveryAccountsEventsAndFiltersThem() {
    api.session(member);
    api.post("admin/accounts/" + member.id() + "/deactivate").token(adminSession).send();

    Answer all = api.get("admin/audit_events").token(adminSession).send();
    Answer byActor =
        api.get("admin/audit_events?actor=" + admin.id() + "&type=account.deactivated")
            .token(adminSession)
            .send();

    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.json().getJsonArray("results").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getJsonObject("account").getString("email"))
        .contains(member.email().value(), admin.email().value());
    List<JsonObject> deactivations =
        byActor.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(deactivations).hasSize(1);
    assertThat(deactivations.get(0).getJsonObject("account").getJsonNumber("id").longValue())
        .isEqualTo(member.id().value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "admin/personal_tokens?owner=x | 400 | account.id.invalid | owner",
        "admin/personal_tokens?scope=all | 400 | token.scope.unknown | scope",
        "admin/personal_tokens?expires_within_days=-1 | 400 | inventory.days.invalid | expires_within_days",
        "admin/personal_tokens?unused_for_days=soon | 400 | inventory.days.invalid | unused_for_days",
        "admin/audit_events?since=yesterday | 400 | audit.time.invalid | since",
        "admin/audit_events?type=nothing | 400 | audit.type.unknown | type",
      })
  void badFiltersAreRefusedNamingTheParameter(
      String path, int status, String code, String parameter) {
    Answer answer = api.get(path).token(adminSession).send();

    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.errorCode()).isEqualTo(code);
    assertThat(answer.parameter()).isEqualTo(parameter);
  }
}
