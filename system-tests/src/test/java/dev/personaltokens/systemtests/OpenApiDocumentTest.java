package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.personaltokens.adapter.in.rest.ApiApplication;
import dev.personaltokens.adapter.in.rest.ScimApplication;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served document is valid OpenAPI, and the check the ITs run every answer through is strict
 * enough to notice drift: a field, a header or a status the document doesn't describe.
 */
class OpenApiDocumentTest {

  static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

  static final Map<String, List<String>> AUTHENTICATED =
      Map.of(
          "Content-Type",
          List.of("application/json"),
          "Personal-Token-Expiration",
          List.of("2027-07-26T00:00:00Z"));

  static final String ME =
      "{\"results\":{\"client_id\":\"7\",\"id\":7,\"email\":\"a@example.com\","
          + "\"created\":\"2026-01-01T00:00:00Z\",\"max_token_lifetime_days\":366,"
          + "\"allowed_scopes\":[\"global\",\"read_only\"],\"role\":\"member\","
          + "\"password_change_required\":false,\"two_factor\":false,\"two_factor_required\":false}}";

  static final String NOT_FOUND =
      "{\"errors\":[{\"status\":\"404\",\"code\":\"not_found\",\"title\":\"Not Found\","
          + "\"detail\":\"there is nothing at this address\"}]}";

  /** Every resource method of the REST adapter, as {@code GET /api/...}, is in the document. */
  @Test
  void everyResourceMethodIsInTheDocument() {
    OpenAPI document =
        new OpenAPIV3Parser()
            .readContents(SharedConstantsTest.resource("META-INF/openapi.yaml"))
            .getOpenAPI();
    List<String> served = new ArrayList<>();
    for (JavaClass resource :
        new ClassFileImporter()
            .importPackages(ApiApplication.class.getPackageName())
            .that(DescribedPredicate.describe("resources", c -> c.isAnnotatedWith(Path.class)))) {
      String base = resource.reflect().getAnnotation(Path.class).value();
      for (Method method : resource.reflect().getDeclaredMethods()) {
        for (Annotation annotation : method.getAnnotations()) {
          HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
          if (http != null) {
            Path sub = method.getAnnotation(Path.class);
            served.add(
                http.value() + " " + apiPath(root(resource), base, sub == null ? "" : sub.value()));
          }
        }
      }
    }

    assertThat(served)
        .contains(
            "GET /api/iam/personal_tokens",
            "POST /api/credentials/revoke",
            "PATCH /scim/v2/Users/{id}",
            "GET /scim/v2/ServiceProviderConfig");
    assertThat(served)
        .allSatisfy(
            call -> {
              String[] parts = call.split(" ");
              PathItem item = document.getPaths().get(parts[1]);
              assertThat(item).as(call).isNotNull();
              assertThat(item.readOperationsMap())
                  .as(call)
                  .containsKey(PathItem.HttpMethod.valueOf(parts[0]));
            });
  }

  private static String apiPath(String root, String base, String sub) {
    return (root + "/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("/$", "");
  }

  /** SCIM's resources are its application's, at its path; every other one is the API's. */
  private static String root(JavaClass resource) {
    return new ScimApplication().getClasses().contains(resource.reflect())
        ? ScimApplication.PATH
        : "/api";
  }

  @Test
  void theDocumentParses() {
    assertThat(OpenApiDocument.load()).isNotNull();
  }

  @Test
  void anAnswerAsDocumentedPasses() {
    assertThatCode(() -> OpenApiDocument.check("GET", "/api/user/me", 200, AUTHENTICATED, ME))
        .doesNotThrowAnyException();
  }

  @Test
  void aFieldTheDocumentDoesNotListFails() {
    String more = ME.replace("\"id\":7", "\"id\":7,\"team\":\"platform\"");

    assertRefused("GET", "/api/user/me", 200, AUTHENTICATED, more);
  }

  @Test
  void aFieldTheDocumentPromisesFailsWhenMissing() {
    String less = ME.replace(",\"created\":\"2026-01-01T00:00:00Z\"", "");

    assertRefused("GET", "/api/user/me", 200, AUTHENTICATED, less);
  }

  @Test
  void anAuthenticatedAnswerWithoutTheTokensExpiryFails() {
    assertRefused("GET", "/api/user/me", 200, JSON, ME);
  }

  @Test
  void a401WithoutAChallengeFails() {
    String missing = NOT_FOUND.replace("404", "401").replace("not_found", "auth.missing");

    assertRefused("GET", "/api/user/me", 401, JSON, missing);
  }

  @Test
  void anErrorWithoutItsCodeFails() {
    assertRefused(
        "GET", "/api/iam/personal_tokens", 400, JSON, NOT_FOUND.replace("\"code\":", "\"kode\":"));
  }

  @Test
  void aStatusTheDocumentDoesNotListIsTheDefaultErrorAnswer() {
    assertThatCode(() -> OpenApiDocument.check("GET", "/api/user/me", 404, JSON, NOT_FOUND))
        .doesNotThrowAnyException();
    assertRefused("GET", "/api/user/me", 404, Map.of("Content-Type", List.of("text/html")), "<p>");
  }

  @Test
  void anAddressTheDocumentDoesNotListMayOnlyBeNotFound() {
    assertThatCode(() -> OpenApiDocument.check("GET", "/api/no/such", 404, JSON, NOT_FOUND))
        .doesNotThrowAnyException();
    assertRefused("GET", "/api/no/such", 200, JSON, "{}");
    assertRefused("GET", "/api/no/such", 404, JSON, "{}");
  }

  @Test
  void aMethodTheDocumentDoesNotListMayOnlyBeNotAllowed() {
    String notAllowed = NOT_FOUND.replace("404", "405").replace("not_found", "method.not_allowed");

    assertThatCode(() -> OpenApiDocument.check("POST", "/api/user/me", 405, JSON, notAllowed))
        .doesNotThrowAnyException();
    assertRefused("POST", "/api/user/me", 200, AUTHENTICATED, ME);
  }

  @Test
  void anInactiveTokenIsOnlyInactive() {
    assertThatCode(
            () ->
                OpenApiDocument.check(
                    "POST", "/api/auth/introspect", 200, JSON, "{\"active\":false}"))
        .doesNotThrowAnyException();
    assertRefused(
        "POST", "/api/auth/introspect", 200, JSON, "{\"active\":false,\"scope\":\"global\"}");
  }

  @Test
  void answersOutsideTheApiAreNotItsToCheck() {
    assertThatCode(() -> OpenApiDocument.check("GET", "/health/ready", 200, JSON, "{}"))
        .doesNotThrowAnyException();
  }

  private static void assertRefused(
      String method, String path, int status, Map<String, List<String>> headers, String body) {
    assertThatThrownBy(() -> OpenApiDocument.check(method, path, status, headers, body))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the OpenAPI document does not describe this answer");
  }
}
