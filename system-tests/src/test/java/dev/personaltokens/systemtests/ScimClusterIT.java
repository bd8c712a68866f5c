package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SCIM on the two nodes: a person the identity provider deprovisions through node A is refused on
 * node B, which held their tokens in memory, at the very next request after A's answer.
 */
class ScimClusterIT extends OnTwoNodes {

  @Test
  @Order(1)
  void aPersonDeprovisionedThroughScimOnNodeAIsRefusedOnNodeBAtOnce(@TempDir Path home)
      throws Exception {
    Run made =
        nodeA.operator(home).jar("", "admin", "scim-token", "create", "--name", "cluster-idp");
    assertThat(made.exitCode()).as(made.toString()).isZero();
    Matcher token = Pattern.compile("token +(ptp_[0-9A-Za-z]{38})").matcher(made.out());
    assertThat(token.find()).as(made.out()).isTrue();
    String email = "scim-leaver-" + UUID.randomUUID() + "@cluster.example.com";
    String password = "the leaver's passphrase";
    Invitations.accept(a, session, email, "member", password);
    String theirs = a.sessionOf(email, password);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String key = create(theirs, "scim leaver's " + i).getString("key");
      cachedOn(b, key);
      keys.add(key);
    }

    try (ScimClient scim = new ScimClient(nodeA.url(), token.group(1))) {
      String id =
          scim.service()
              .searchRequest("Users")
              .filter("userName eq \"" + email + "\"")
              .invoke(UserResource.class)
              .getResources()
              .get(0)
              .getId();
      Instant before = Instant.now();
      UserResource done =
          scim.service()
              .modify(
                  "Users",
                  id,
                  new PatchRequest(
                      PatchOperation.replace(
                          JsonNodeFactory.instance.objectNode().set("active", BooleanNode.FALSE))),
                  UserResource.class);
      long took = Duration.between(before, Instant.now()).toMillis();

      assertThat(done.getActive()).isFalse();
      for (String key : keys) {
        assertRefused(b.get(ME, key), "auth.token.revoked");
      }
      assertThat(b.get(ME, theirs).status()).isEqualTo(401);
      assertRefused(b.signIn(email, password), "auth.account.deactivated");
      System.out.println(
          "ScimClusterIT: deprovisioning a member with 3 tokens cached on node B answered on A in "
              + took
              + " ms; B refused each token on the next request");
    }
  }
}
