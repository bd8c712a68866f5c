package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.systemtests.ApiClient.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SCIM as an identity provider drives it, with UnboundID's client, on the shared server: the
 * operator makes the provider's token with the {@code ptk} jar, the provider provisions, finds,
 * renames and deprovisions people, and a person deprovisioned while their token is in use through
 * the README's nginx example is refused at the first request after SCIM's answer.
 */
@SharedServer.On
class ScimIT {

  static final String PASSWORD = "a-long-enough-password";
  static final Pattern SCIM_TOKEN = Pattern.compile("token +(ptp_[0-9A-Za-z]{38})");

  static String scimToken;
  static ScimClient scim;

  final URL deployment = SharedServer.url();
  ApiClient api;
  ScimService users;

  /** The operator makes the provider's token as the README says, with the shaded jar. */
  @BeforeAll
  static void theOperatorMakesTheProvidersToken(@TempDir Path home) throws Exception {
    Run made = operator(home).jar("", "admin", "scim-token", "create", "--name", "it-idp");
    assertThat(made.exitCode()).as(made.toString()).isZero();
    Matcher token = SCIM_TOKEN.matcher(made.out());
    assertThat(token.find()).as(made.out()).isTrue();
    scimToken = token.group(1);
    scim = new ScimClient(SharedServer.url(), scimToken);
  }

  @AfterAll
  static void closeTheClient() {
    if (scim != null) {
      scim.close();
    }
  }

  static Ptk operator(Path home) {
    URL server = SharedServer.url();
    return new Ptk("http://127.0.0.1:" + server.getPort(), home);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(deployment);
    users = scim.service();
  }

  static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID() + "@scim.example.com";
  }

  @Test
  void aProviderProvisionsFindsRenamesAndDeprovisionsAPerson() throws Exception {
    String email = uniqueEmail("erin");
    UserResource created =
        users.create(
            "Users",
            new UserResource()
                .setUserName(email)
                .setName(new Name().setGivenName("Erin").setFamilyName("Example"))
                .setEmails(new Email().setValue(email).setType("work").setPrimary(true))
                .setActive(true));

    assertThat(created.getUserName()).isEqualTo(email);
    assertThat(created.getActive()).isTrue();
    String id = created.getId();
    ListResponse<UserResource> found =
        users
            .searchRequest("Users")
            .filter("userName eq \"" + email.toUpperCase() + "\"")
            .invoke(UserResource.class);
    assertThat(found.getTotalResults()).isEqualTo(1);
    assertThat(found.getResources().get(0).getId()).isEqualTo(id);
    assertThat(api.signIn(email, PASSWORD).status())
        .as("a provisioned person has no password: only the provider signs them in")
        .isEqualTo(401);

    String renamed = uniqueEmail("erin.renamed");
    UserResource patched =
        users.modify(
            "Users",
            id,
            new PatchRequest(PatchOperation.replace("emails[type eq \"work\"].value", renamed)),
            UserResource.class);
    assertThat(patched.getUserName()).isEqualTo(renamed);

    UserResource inactive =
        users
            .replaceRequest(
                URI.create(deployment.toString().replaceAll("/?$", "/") + "scim/v2/Users/" + id),
                patched.setActive(false))
            .invoke();
    assertThat(inactive.getActive()).isFalse();
    assertThat(users.retrieve("Users", id, UserResource.class).getActive()).isFalse();

    UserResource back =
        users.modify(
            "Users",
            id,
            new PatchRequest(PatchOperation.replace("active", Boolean.TRUE)),
            UserResource.class);
    assertThat(back.getActive()).isTrue();
    users.delete("Users", id);
    assertThat(users.retrieve("Users", id, UserResource.class).getActive())
        .as("deleted is deactivated; the account and its log stay")
        .isFalse();
  }

  @Test
  void theProviderReadsWhatThisServerSupports() throws Exception {
    var config = users.getServiceProviderConfig();
    var types = users.getResourceTypes();
    var schemas = users.getSchemas();

    assertThat(config.getPatch().isSupported()).isTrue();
    assertThat(config.getBulk().isSupported()).isFalse();
    assertThat(config.getFilter().isSupported()).isTrue();
    assertThat(types.getResources())
        .singleElement()
        .satisfies(type -> assertThat(type.getEndpoint().toString()).isEqualTo("/Users"));
    assertThat(users.getResourceType("User").getName()).isEqualTo("User");
    assertThat(schemas.getResources())
        .singleElement()
        .satisfies(
            schema ->
                assertThat(schema.getId()).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User"));
    assertThat(users.getSchema("urn:ietf:params:scim:schemas:core:2.0:User").getAttributes())
        .extracting(attribute -> attribute.getName())
        .contains("userName", "emails", "active");
  }

  @Test
  void refusalsAreScimErrors() throws Exception {
    Account taken = TestDatabase.newAccount(PASSWORD);

    ScimException conflict =
        catchThrowableOfType(
            ScimException.class,
            () -> users.create("Users", new UserResource().setUserName(taken.email().value())));
    ScimException unknown =
        catchThrowableOfType(
            ScimException.class, () -> users.retrieve("Users", "999999999", UserResource.class));
    ScimException badFilter =
        catchThrowableOfType(
            ScimException.class,
            () -> users.searchRequest("Users").filter("title sw \"x\"").invoke(UserResource.class));

    assertThat(conflict.getScimError().getStatus()).isEqualTo(409);
    assertThat(conflict.getScimError().getScimType()).isEqualTo("uniqueness");
    assertThat(unknown.getScimError().getStatus()).isEqualTo(404);
    assertThat(badFilter.getScimError().getScimType()).isEqualTo("invalidFilter");

    HttpResponse<String> malformed =
        raw("POST", "scim/v2/Users", "Bearer " + scimToken, "{\"userName\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
    assertThat(malformed.body()).contains("\"scimType\":\"invalidSyntax\"");
  }

  @Test
  void onlyTheScimTokenOpensScimAndItOpensNothingElse() throws Exception {
    Account person = TestDatabase.newAccount(PASSWORD);
    String session = api.sessionOf(person.email().value(), PASSWORD);
    String key = personalToken(session);

    for (String other : List.of(key, session)) {
      HttpResponse<String> refused = raw("GET", "scim/v2/Users", "Bearer " + other, null);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
    }
    assertThat(api.get("api/user/me", scimToken).status()).isEqualTo(401);
    assertThat(raw("GET", "api/Users", "Bearer " + scimToken, null).statusCode()).isEqualTo(404);
  }

  /**
   * The README's nginx example guards an API; a loop uses a person's token through it while the
   * provider deprovisions them: every request that began after SCIM's answer is refused, and the
   * API behind nginx is reached by none of them.
   */
  @Test
  void deprovisionedWhileTheirTokenIsInUseThroughNginxTheNextRequestIsRefused() throws Exception {
    Account person = TestDatabase.newAccount(PASSWORD);
    String key = personalToken(api.sessionOf(person.email().value(), PASSWORD));
    String id =
        users
            .searchRequest("Users")
            .filter("userName eq \"" + person.email().value() + "\"")
            .invoke(UserResource.class)
            .getResources()
            .get(0)
            .getId();
    HttpClient http = HttpClient.newHttpClient();
    record Use(Instant sent, int status) {}
    // Read (streamed) while the loop adds to it: each read is of a snapshot.
    List<Use> uses = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (EchoUpstream upstream = EchoUpstream.start();
        GuardingProxy nginx = Nginx.start(deployment, upstream.port())) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(nginx.url("/orders")))
              .header("Authorization", "Token " + key)
              .build();
      AtomicBoolean running = new AtomicBoolean(true);
      CompletableFuture<Void> loop =
          CompletableFuture.runAsync(
              () -> {
                while (running.get()) {
                  Instant sent = Instant.now();
                  try {
                    uses.add(
                        new Use(sent, http.send(request, BodyHandlers.discarding()).statusCode()));
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                }
              });
      Eventually.until(
          () -> uses.stream().filter(use -> use.status() == 200).count(), n -> n >= 20);

      ObjectNode inactive = JsonNodeFactory.instance.objectNode().set("active", BooleanNode.FALSE);
      users.modify(
          "Users", id, new PatchRequest(PatchOperation.replace(inactive)), UserResource.class);
      Instant answered = Instant.now();
      int next = http.send(request, BodyHandlers.discarding()).statusCode();
      Eventually.until(
          () -> uses.stream().filter(use -> use.sent().isAfter(answered)).count(), n -> n >= 20);
      running.set(false);
      loop.get();

      assertThat(next).as("the first request after SCIM's answer").isEqualTo(401);
      List<Use> after = uses.stream().filter(use -> use.sent().isAfter(answered)).toList();
      assertThat(after).isNotEmpty().allSatisfy(use -> assertThat(use.status()).isEqualTo(401));
      assertThat(upstream.received())
          .as("the API behind nginx was reached by the requests answered 200 only")
          .isEqualTo(uses.stream().filter(use -> use.status() == 200).count());
    }
    Answer me = api.get("api/user/me", key);
    assertThat(me.status()).isEqualTo(401);
    assertThat(me.errorCode()).isEqualTo("auth.token.revoked");
    assertThat(api.signIn(person.email().value(), PASSWORD).errorCode())
        .isEqualTo("auth.account.deactivated");
    assertThat(
            TestDatabase.admin()
                .listAuditEvents()
                .list(
                    person.id(),
                    java.util.Optional.empty(),
                    new dev.personaltokens.domain.PageRequest(1, 10))
                .items()
                .stream()
                .map(event -> event.detail()))
        .anySatisfy(detail -> assertThat(detail).startsWith("by operator SCIM (it-idp)"));
  }

  @Test
  void aRevokedScimTokenIsRefusedAtItsNextCall(@TempDir Path home) throws Exception {
    Run made = operator(home).run("admin", "scim-token", "create", "--name", "short-lived");
    Matcher token = SCIM_TOKEN.matcher(made.out());
    assertThat(token.find()).as(made.out()).isTrue();
    Matcher id = Pattern.compile("id +(\\S+)").matcher(made.out());
    assertThat(id.find()).isTrue();
    assertThat(
            raw("GET", "scim/v2/ServiceProviderConfig", "Bearer " + token.group(1), null)
                .statusCode())
        .isEqualTo(200);

    Run revoked = operator(home).run("admin", "scim-token", "revoke", id.group(1));

    assertThat(revoked.exitCode()).as(revoked.toString()).isZero();
    assertThat(
            raw("GET", "scim/v2/ServiceProviderConfig", "Bearer " + token.group(1), null)
                .statusCode())
        .isEqualTo(401);
    assertThat(operator(home).run("admin", "scim-token", "list").out()).doesNotContain(id.group(1));
  }

  private String personalToken(String session) {
    return api.postJson(
            "api/iam/personal_tokens",
            session,
            "{\"name\":\"in use\",\"expires_at\":\""
                + Instant.now().plus(Duration.ofDays(30))
                + "\"}")
        .json()
        .getString("key");
  }

  /** A request as any HTTP client sends it, its answer checked against the OpenAPI document. */
  private HttpResponse<String> raw(String method, String path, String authorization, String body)
      throws IOException, InterruptedException {
    URI base = URI.create(deployment.toString().replaceAll("/?$", "/"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/scim+json")
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
    OpenApiDocument.check("/" + path, response);
    return response;
  }
}
