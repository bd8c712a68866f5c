package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A read-only token reads this API and changes nothing; the check is the filter's, for all. */
class ScopeComponentTest {

  static final String TOKENS = "iam/personal_tokens";
  static final RestComponent api = RestComponent.over(new InMemoryApplication());

  String session;
  String readOnly;
  String readOnlyId;

  @BeforeEach
  void createAReadOnlyToken() {
    Account account = api.newAccount();
    session = api.session(account);
    JsonObject created =
        api.post(TOKENS)
            .token(session)
            .json(
                "{\"name\":\"reader\",\"expires_at\":\""
                    + api.inDays(7)
                    + "\",\"scope\":\"read_only\"}")
            .send()
            .json();
    assertThat(created.getString("scope")).isEqualTo("read_only");
    readOnly = created.getString("key");
    readOnlyId = created.getString("uuid");
  }

  @Test
  void readsTheListTheTokenAndTheAccount() {
    Answer list = api.get(TOKENS).token(readOnly).send();
    Answer one = api.get(TOKENS + "/" + readOnlyId).token(readOnly).send();
    Answer me = api.get("user/me").token(readOnly).send();

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().getJsonArray("results").getJsonObject(0).getString("scope"))
        .isEqualTo("read_only");
    assertThat(one.status()).isEqualTo(200);
    assertThat(me.status()).isEqualTo(200);
  }

  @Test
  void canNotCreateRevokeOrSignOut() {
    Answer create =
        api.post(TOKENS)
            .token(readOnly)
            .json("{\"name\":\"more\",\"expires_at\":\"" + api.inDays(7) + "\"}")
            .send();
    Answer revoke = api.delete(TOKENS + "/" + readOnlyId).token(readOnly).send();
    Answer signOut = api.delete("tokens").token(readOnly).send();

    for (Answer refused : new Answer[] {create, revoke, signOut}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.errorCode()).isEqualTo("auth.scope.insufficient");
    }
    assertThat(api.get(TOKENS).token(session).send().json().getInt("count")).isEqualTo(1);
  }

  @Test
  void anUnknownScopeIsRefusedNamingTheKnownOnes() {
    Answer answer =
        api.post(TOKENS)
            .token(session)
            .json("{\"name\":\"x\",\"expires_at\":\"" + api.inDays(7) + "\",\"scope\":\"admin\"}")
            .send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().toString()).contains("global, read_only");
  }
}
