package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Rotation, the calling token ({@code self}), revoking all, and leak reports. */
@SharedServer.On
class RotationIT extends ApiSupport {

  @Test
  void rotationReplacesTheTokenAndTheOldKeyIsToldSo() {
    JsonObject old = create(tokenJson("rotating")).json();
    String oldPath = TOKENS + "/" + old.getString("uuid");

    Answer rotated = rotate(oldPath + "/rotate", session);

    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    JsonObject successor = rotated.json();
    assertThat(successor.getString("name")).isEqualTo("rotating");
    assertThat(successor.getString("expires_at")).isNotBlank();
    assertThat(rotated.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(successor.getString("uuid")));
    assertThat(api.get("api/user/me", successor.getString("key")).status()).isEqualTo(200);
    Answer refused = api.get("api/user/me", old.getString("key"));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
        .contains("replaced by rotation on " + successor.getString("created").substring(0, 10));
    assertThat(api.get(oldPath, session).status()).isEqualTo(404);
    assertThat(names(api.get(TOKENS, session).json())).containsOnlyOnce("rotating");
  }

  @Test
  void rotatingARotatedAwayTokenEndsTheWholeFamily() {
    JsonObject first = create(tokenJson("family")).json();
    String firstRotate = TOKENS + "/" + first.getString("uuid") + "/rotate";
    JsonObject second = rotate(firstRotate, session).json();
    JsonObject third = rotate(TOKENS + "/" + second.getString("uuid") + "/rotate", session).json();
    String bystander = create(tokenJson("bystander")).json().getString("key");

    Answer reuse = rotate(firstRotate, session);

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(api.get("api/user/me", third.getString("key")).errorCode())
        .isEqualTo("auth.token.revoked");
    assertThat(api.get("api/user/me", bystander).status()).isEqualTo(200);
    assertThat(names(api.get(TOKENS, session).json())).doesNotContain("family");
  }

  @Test
  void concurrentRotationsOfOneTokenLeaveOneSuccessor() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String path =
            TOKENS + "/" + create(tokenJson("race-" + round + "-x")).json().getString("uuid");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Answer> rotation =
            () -> {
              start.await();
              return rotate(path + "/rotate", session);
            };
        Future<Answer> one = pool.submit(rotation);
        Future<Answer> two = pool.submit(rotation);
        start.countDown();
        List<Integer> statuses =
            List.of(one.get(10, TimeUnit.SECONDS).status(), two.get(10, TimeUnit.SECONDS).status());

        assertThat(statuses).as("round " + round).containsOnlyOnce(201);
        assertThat(statuses).as("round " + round).containsAnyOf(409, 401);
        assertThat(api.get(TOKENS + "?search=race-" + round + "-x", session).json().getInt("count"))
            .as("live successors, round " + round)
            .isLessThanOrEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void selfIsTheCallingTokenAndASessionHasNone() {
    JsonObject own = create(tokenJson("script")).json();
    String key = own.getString("key");

    assertThat(api.get(TOKENS + "/self", key).json().getString("uuid"))
        .isEqualTo(own.getString("uuid"));
    assertThat(api.get(TOKENS + "/self", session).errorCode()).isEqualTo("token.self.not_personal");
    Answer rotated = rotate(TOKENS + "/self/rotate", key);
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    String next = rotated.json().getString("key");
    assertThat(api.delete(TOKENS + "/self", next).status()).isEqualTo(204);
    assertThat(api.get("api/user/me", next).errorCode()).isEqualTo("auth.token.revoked");
    Answer reuse = rotate(TOKENS + "/self/rotate", key);
    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("auth.token.rotated");
  }

  @Test
  void aReadOnlyTokenMayNotRotateOrRevoke() {
    String readOnly =
        create(
                "{\"name\":\"reader\",\"scope\":\"read_only\",\"expires_at\":\""
                    + inDays(7)
                    + "T00:00:00Z\"}")
            .json()
            .getString("key");
    String other = TOKENS + "/" + create(tokenJson("target")).json().getString("uuid");

    assertThat(rotate(other + "/rotate", readOnly).status()).isEqualTo(403);
    assertThat(rotate(TOKENS + "/self/rotate", readOnly).status()).isEqualTo(403);
    assertThat(api.postJson(TOKENS + "/revoke_all", readOnly, "{\"confirm\":\"delete\"}").status())
        .isEqualTo(403);
    assertThat(api.delete(TOKENS + "/self", readOnly).status()).isEqualTo(403);
    assertThat(api.get("api/user/me", readOnly).status()).isEqualTo(200);
  }

  @Test
  void anotherAccountsTokenCanNotBeRotated() {
    String uuid = create(tokenJson("mine")).json().getString("uuid");
    Account stranger = TestDatabase.newAccount(PASSWORD);
    String theirs = api.sessionOf(stranger.email().value(), PASSWORD);

    Answer answer = rotate(TOKENS + "/" + uuid + "/rotate", theirs);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo("token.not_found");
    assertThat(api.get(TOKENS + "/" + uuid, session).status()).isEqualTo(200);
  }

  @Test
  void revokeAllNeedsTheWordAndRevokesEveryTokenButTheSession() {
    String one = create(tokenJson("one")).json().getString("key");
    create(tokenJson("two"));

    Answer unconfirmed = api.postJson(TOKENS + "/revoke_all", session, "{\"confirm\":\"yes\"}");
    Answer confirmed = api.postJson(TOKENS + "/revoke_all", session, "{\"confirm\":\"delete\"}");

    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.errorCode()).isEqualTo("confirm.required");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().getInt("revoked")).isEqualTo(2);
    assertThat(confirmed.json().getBoolean("caller_revoked")).isFalse();
    assertThat(api.get("api/user/me", one).errorCode()).isEqualTo("auth.token.revoked");
    assertThat(api.get(TOKENS, session).json().getInt("count")).isZero();
  }

  @Test
  void aLeakReportAnswersAlikeAndRevokesTheLiveTokenSoon() throws InterruptedException {
    String live = create(tokenJson("leaked")).json().getString("key");
    JsonObject dead = create(tokenJson("dead")).json();
    api.delete(TOKENS + "/" + dead.getString("uuid"), session);

    Answer forLive = report(live);
    Answer forDead = report(dead.getString("key"));

    assertThat(forLive.status()).as(forLive.toString()).isEqualTo(202);
    assertThat(forLive.body()).isEqualTo(forDead.body()).isEqualTo("{\"received\":1}");
    assertThat(forLive.response().headers().map().keySet())
        .isEqualTo(forDead.response().headers().map().keySet());
    awaitRefused(live);
    assertThat(api.get("api/user/me", live).errorCode()).isEqualTo("auth.token.revoked");
  }

  @Test
  void aMalformedLeakReportIsRefusedAsJson() {
    Answer answer = api.postJson("api/credentials/revoke", null, "{\"credentials\":\"ptk_\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("request.field.type");
  }
}
