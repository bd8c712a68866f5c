package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/admin/policy}, and what it does to tokens that exist, over HTTP in memory. */
class PolicyComponentTest {

  static final String LIFETIME_30 =
      "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\",\"read_only\"],"
          + "\"inactivity_days\":null,\"max_tokens_per_account\":null,"
          + "\"require_two_factor\":false,\"default_allowed_ips\":[]}";

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account admin;
  String adminSession;

  @BeforeEach
  void signIn() {
    admin = api.newAccount();
    adminSession = api.session(admin);
  }

  @Test
  void untilSetItIsTheSettingsDefault() {
    Answer policy = api.get("admin/policy").token(adminSession).send();

    assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
    JsonObject body = policy.json();
    assertThat(body.getInt("max_token_lifetime_days")).isEqualTo(366);
    assertThat(body.getJsonArray("allowed_scopes").toString())
        .isEqualTo("[\"global\",\"read_only\"]");
    assertThat(body.isNull("inactivity_days")).isTrue();
    assertThat(body.isNull("set_at")).isTrue();
  }

  @Test
  void aLoweredMaximumBlocksALongerTokenMarksItInTheListAndARaisedOneFreesIt() {
    Account owner = api.newAccount();
    String key = app.token(owner.id(), "a year", Duration.ofDays(300)).secret().reveal();

    Answer set = api.request("PUT", "admin/policy").token(adminSession).json(LIFETIME_30).send();

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getInt("max_token_lifetime_days")).isEqualTo(30);
    assertThat(set.json().getString("set_at")).isNotEmpty();
    Answer refused = api.get("user/me").token(key).send();
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.policy");
    assertThat(refused.body()).contains("exceeds the maximum lifetime of 30 days set on ");
    Answer listed = api.get("iam/personal_tokens").token(api.session(owner)).send();
    assertThat(listed.json().getJsonArray("results").getJsonObject(0).getString("blocked"))
        .contains("rotate it");
    assertThat(
            api.get("user/me")
                .token(adminSession)
                .send()
                .json()
                .getJsonObject("results")
                .getInt("max_token_lifetime_days"))
        .isEqualTo(30);

    api.request("PUT", "admin/policy")
        .token(adminSession)
        .json(LIFETIME_30.replace(":30,", ":366,"))
        .send();

    assertThat(api.get("user/me").token(key).send().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}|request.field.required",
        "{\"max_token_lifetime_days\":0,\"allowed_scopes\":[\"global\"],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[]}|policy.max_token_lifetime_days.invalid",
        "{\"max_token_lifetime_days\":1e999999,\"allowed_scopes\":[\"global\"],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[]}|request.field.type",
        "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"admin\"],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[]}|policy.allowed_scopes.invalid",
        "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[]}|policy.allowed_scopes.empty",
        "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],\"inactivity_days\":3,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[]}|policy.inactivity_days.invalid",
        "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":\"yes\",\"default_allowed_ips\":[]}|request.field.type",
        "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[\"10.0.0.0/33\"]}|policy.default_allowed_ips.invalid",
        "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],\"inactivity_days\":null,\"max_tokens_per_account\":null,\"require_two_factor\":false,\"default_allowed_ips\":[],\"extra\":1}|request.field.unknown"
      })
  void badPoliciesAreRefusedWithTheFieldAndNothingChanges(String body, String code) {
    Answer refused = api.request("PUT", "admin/policy").token(adminSession).json(body).send();

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo(code);
    assertThat(api.get("admin/policy").token(adminSession).send().json().isNull("set_at")).isTrue();
  }
}
