package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.provisioning.CreatedScimToken;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.client.ServiceName;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SCIM's application ({@code /scim/v2}) over HTTP in memory. */
class ScimComponentTest {

  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent scim = RestComponent.scim(app);
  final RestComponent api = RestComponent.over(app);

  Account admin;
  Account dana;
  String bearer;

  @BeforeEach
  void provisioner() {
    admin = api.newAccount();
    dana = api.newAccount();
    CreatedScimToken token =
        app.useCases()
            .createScimToken()
            .create(InMemoryApplication.OPERATOR, new ServiceName("okta"));
    bearer = token.secret().reveal();
  }

  RestComponent.Request call(String method, String path) {
    return scim.request(method, path).header("Authorization", "Bearer " + bearer);
  }

  @Test
  void onlyAScimTokenOpensScimAndItOpensNothingElse() {
    String personal = api.personalToken(admin);
    for (String refused : List.of(personal, api.session(admin), "ptp_not-a-token")) {
      Answer answer = scim.get("Users").header("Authorization", "Bearer " + refused).send();

      assertThat(answer.status()).isEqualTo(401);
      assertScimError(answer, "401", null);
      assertThat(answer.header("WWW-Authenticate")).contains("Bearer realm=\"ptk-scim\"");
    }
    for (String header : List.of("", "Basic YTpi", "Token")) {
      Answer without = scim.get("Users").header("Authorization", header).send();
      assertThat(without.status()).isEqualTo(401);
      assertScimError(without, "401", null);
      assertThat(without.body())
          .contains("Bearer <a SCIM token made by ptk admin scim-token create>");
    }
    assertThat(api.get("user/me").token(bearer).send().status()).isEqualTo(401);
    Answer inTheApi = api.get("Users").header("Authorization", "Bearer " + bearer).send();
    assertThat(inTheApi.status()).isEqualTo(404);
    assertThat(inTheApi.errorCode()).isEqualTo("not_found");
  }

  @Test
  void createsAUserWithNoPasswordAndFindsItByUserName() {
    Answer created =
        call("POST", "Users")
            .body(
                "application/scim+json",
                "{\"schemas\":[\""
                    + USER
                    + "\"],\"userName\":\"Erin@Example.com\",\"name\":{\"givenName\":\"Erin\"},"
                    + "\"externalId\":\"00u1\",\"emails\":[{\"value\":\"erin@example.com\","
                    + "\"primary\":true,\"type\":\"work\"}],\"active\":true,"
                    + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{}}")
            .send();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/scim+json"));
    JsonObject user = created.json();
    assertThat(user.getString("userName")).isEqualTo("erin@example.com");
    assertThat(user.getBoolean("active")).isTrue();
    assertThat(created.header("Location"))
        .contains(user.getJsonObject("meta").getString("location"));
    assertThat(user.getJsonObject("meta").getString("location"))
        .isEqualTo("http://localhost:8080/scim/v2/Users/" + user.getString("id"));
    Account account =
        app.accounts()
            .findByEmail(new dev.personaltokens.domain.account.Email("erin@example.com"))
            .orElseThrow();
    assertThat(account.hasPassword()).isFalse();

    Answer found = call("GET", "Users?filter=userName%20eq%20%22ERIN@example.com%22").send();
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(found.json().getInt("totalResults")).isEqualTo(1);
    assertThat(found.json().getJsonArray("Resources").getJsonObject(0)).isEqualTo(user);
    assertThat(call("GET", "Users/" + user.getString("id")).send().json()).isEqualTo(user);
    assertThat(
            call("GET", "Users?filter=userName%20eq%20%22nobody@example.com%22")
                .send()
                .json()
                .getInt("totalResults"))
        .isZero();
  }

  @Test
  void aTakenUserNameIsAUniquenessConflict() {
    Answer taken =
        call("POST", "Users")
            .json("{\"schemas\":[\"" + USER + "\"],\"userName\":\"" + dana.email().value() + "\"}")
            .send();

    assertThat(taken.status()).isEqualTo(409);
    assertScimError(taken, "409", "uniqueness");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"op\":\"replace\",\"value\":{\"active\":false}}",
        "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}",
        "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"
      })
  void patchingActiveOffDeactivatesAndEndsEveryTokenInOktasAndEntrasShapes(String operation) {
    String key = api.personalToken(dana);

    Answer patched =
        call("PATCH", "Users/" + dana.id().value())
            .json("{\"schemas\":[\"" + PATCH + "\"],\"Operations\":[" + operation + "]}")
            .send();

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().getBoolean("active")).isFalse();
    assertThat(app.accounts().findById(dana.id()).orElseThrow().status())
        .isEqualTo(AccountStatus.DEACTIVATED);
    assertThat(api.get("user/me").token(key).send().status()).isEqualTo(401);

    Answer back =
        call("PATCH", "Users/" + dana.id().value())
            .json(
                "{\"schemas\":[\""
                    + PATCH
                    + "\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}]}")
            .send();
    assertThat(back.json().getBoolean("active")).isTrue();
    assertThat(api.get("user/me").token(key).send().status())
        .as("tokens stay revoked")
        .isEqualTo(401);
  }

  @Test
  void patchingEmailsRenamesTheUser() {
    Answer patched =
        call("PATCH", "Users/" + dana.id().value())
            .json(
                "{\"schemas\":[\""
                    + PATCH
                    + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                    + "\"value\":\"dana.new@example.com\"},{\"op\":\"replace\",\"path\":\"name.familyName\","
                    + "\"value\":\"New\"}]}")
            .send();

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().getString("userName")).isEqualTo("dana.new@example.com");
    assertThat(app.accounts().findById(dana.id()).orElseThrow().email().value())
        .isEqualTo("dana.new@example.com");
  }

  @Test
  void replacingWithActiveFalseAndDeletingDeactivate() {
    Answer replaced =
        call("PUT", "Users/" + dana.id().value())
            .json(
                "{\"schemas\":[\""
                    + USER
                    + "\"],\"userName\":\""
                    + dana.email().value()
                    + "\",\"active\":false}")
            .send();
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.json().getBoolean("active")).isFalse();

    Account other = api.newAccount();
    Answer deleted = call("DELETE", "Users/" + other.id().value()).send();
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(app.accounts().findById(other.id()).orElseThrow().isActive()).isFalse();
    assertThat(call("GET", "Users/" + other.id().value()).send().json().getBoolean("active"))
        .isFalse();
  }

  @Test
  void listsEveryoneFromAnyStartIndex() {
    long total = app.accounts().size();

    JsonObject all = call("GET", "Users?startIndex=1&count=100").send().json();
    JsonObject second = call("GET", "Users?startIndex=2&count=1").send().json();
    JsonObject none = call("GET", "Users?count=0").send().json();

    assertThat(all.getInt("totalResults")).isEqualTo(total);
    assertThat(all.getJsonArray("Resources")).hasSize((int) total);
    assertThat(second.getJsonArray("Resources").getJsonObject(0))
        .isEqualTo(all.getJsonArray("Resources").getJsonObject(1));
    assertThat(second.getInt("startIndex")).isEqualTo(2);
    assertThat(none.getJsonArray("Resources")).isEmpty();
    assertThat(none.getInt("totalResults")).isEqualTo(total);
  }

  @Test
  void badRequestsGetScimErrorsNeverTheApisShape() {
    String id = Long.toString(dana.id().value());
    record Case(String method, String path, String body, int status, String scimType) {}
    List<Case> cases =
        List.of(
            new Case("GET", "Users?filter=displayName%20co%20%22x%22", null, 400, "invalidFilter"),
            new Case("GET", "Users?filter=userName%20eq%20nobody", null, 400, "invalidFilter"),
            new Case("GET", "Users?count=many", null, 400, "invalidValue"),
            new Case("GET", "Users/999999", null, 404, null),
            new Case("GET", "Users/abc", null, 404, null),
            new Case("GET", "Groups", null, 404, null),
            new Case("POST", "Users", "{\"userName\":", 400, "invalidSyntax"),
            new Case("POST", "Users", "[1]", 400, "invalidSyntax"),
            new Case(
                "POST",
                "Users",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"trailing@example.com\"} and more",
                400,
                "invalidSyntax"),
            new Case("POST", "Users", "[".repeat(5000) + "]".repeat(5000), 400, "invalidSyntax"),
            new Case("POST", "Users", "{\"userName\":\"x@example.com\"}", 400, "invalidSyntax"),
            new Case(
                "POST",
                "Users",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"y@example.com\",\"shoeSize\":4}",
                400,
                "invalidValue"),
            new Case("POST", "Users", "{\"schemas\":[\"" + USER + "\"]}", 400, "invalidValue"),
            new Case(
                "POST",
                "Users",
                "{\"schemas\":[\"" + USER + "\"],\"userName\":\"not an email\"}",
                400,
                "invalidValue"),
            new Case(
                "POST",
                "Users",
                "{\"schemas\":[\""
                    + USER
                    + "\"],\"userName\":\"z@example.com\",\"password\":\"x\"}",
                400,
                "mutability"),
            new Case(
                "PATCH",
                "Users/" + id,
                "{\"schemas\":[\""
                    + PATCH
                    + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":4}]}",
                400,
                "invalidPath"),
            new Case(
                "PATCH",
                "Users/" + id,
                "{\"schemas\":[\""
                    + PATCH
                    + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}]}",
                400,
                "invalidValue"),
            new Case(
                "PATCH",
                "Users/" + id,
                "{\"schemas\":[\""
                    + PATCH
                    + "\"],\"Operations\":[{\"op\":\"jump\",\"path\":\"active\"}]}",
                400,
                "invalidSyntax"),
            new Case(
                "PATCH",
                "Users/" + id,
                "{\"schemas\":[\""
                    + PATCH
                    + "\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"userName\"}]}",
                400,
                "mutability"),
            new Case(
                "PATCH", "Users/" + id, "{\"schemas\":[\"" + PATCH + "\"]}", 400, "invalidSyntax"),
            new Case("POST", "Users/" + id, "{}", 405, null));
    for (Case each : cases) {
      RestComponent.Request request = call(each.method(), each.path());
      Answer answer = (each.body() == null ? request : request.json(each.body())).send();

      assertThat(answer.status()).as(each.toString()).isEqualTo(each.status());
      assertScimError(answer, Integer.toString(each.status()), each.scimType());
    }
    assertThat(app.accounts().findById(dana.id()).orElseThrow()).isEqualTo(dana);
  }

  @Test
  void describesItself() {
    JsonObject config = call("GET", "ServiceProviderConfig").send().json();
    JsonObject types = call("GET", "ResourceTypes").send().json();
    JsonObject schemas = call("GET", "Schemas").send().json();

    assertThat(config.getJsonObject("patch").getBoolean("supported")).isTrue();
    assertThat(config.getJsonObject("bulk").getBoolean("supported")).isFalse();
    assertThat(config.getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"))
        .isEqualTo("oauthbearertoken");
    assertThat(config.getJsonObject("meta").getString("location"))
        .isEqualTo("http://localhost:8080/scim/v2/ServiceProviderConfig");
    assertThat(types.getJsonArray("Resources").getJsonObject(0).getString("endpoint"))
        .isEqualTo("/Users");
    assertThat(schemas.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(USER);
    assertThat(call("GET", "ResourceTypes/User").send().status()).isEqualTo(200);
    assertThat(call("GET", "Schemas/" + USER).send().status()).isEqualTo(200);
    assertScimError(call("GET", "Schemas/nope").send(), "404", null);
  }

  static void assertScimError(Answer answer, String status, String scimType) {
    JsonObject error = answer.json();
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/scim+json"));
    assertThat(error.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(error.getString("status")).isEqualTo(status);
    assertThat(error.getString("scimType", null)).as(answer.body()).isEqualTo(scimType);
    assertThat(error.getString("detail")).isNotBlank();
  }
}
