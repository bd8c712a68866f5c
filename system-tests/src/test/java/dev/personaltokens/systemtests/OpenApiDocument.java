package dev.personaltokens.systemtests;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The served OpenAPI document ({@code META-INF/openapi.yaml}) as a check of what the server really
 * answers: every answer of the API ITs under {@code /api} must be one the document describes - its
 * status, its headers, its body - so that the document can't drift from the code. SCIM's answers
 * under {@code /scim/v2} too.
 */
final class OpenApiDocument {

  /** What the validator says when the document has no such path, or no such method on it. */
  private static final String NO_PATH = "validation.request.path.missing";

  private static final String NO_METHOD = "validation.request.operation.notAllowed";

  /**
   * An operation whose only refusals are the document's default error answer: an address or a
   * method the document doesn't list is checked as that.
   */
  private static final String ANY_REFUSAL = "/api/user/me";

  /** The same for SCIM, whose refusals have a shape of their own. */
  private static final String ANY_SCIM_REFUSAL = "/scim/v2/ServiceProviderConfig";

  private static final OpenApiInteractionValidator VALIDATOR = load();

  private OpenApiDocument() {}

  /** The document as served; what is wrong with it, if it doesn't parse. */
  static OpenApiInteractionValidator load() {
    try {
      return OpenApiInteractionValidator.createForInlineApiSpecification(
              SharedConstantsTest.resource("META-INF/openapi.yaml"))
          .build();
    } catch (OpenApiInteractionValidator.ApiLoadException e) {
      throw new IllegalStateException(
          "the OpenAPI document is not valid: " + e.getParseMessages(), e);
    }
  }

  /**
   * Fails on an answer the document doesn't describe. {@code apiPath} is the path from the
   * application's root ({@code /api/...}); answers elsewhere (health, the console's files) and to
   * methods the document can't name (PROPFIND...) are not the API's. Only answers are checked:
   * requests are the tests' to get wrong on purpose.
   */
  static void check(String apiPath, HttpResponse<String> response) {
    check(
        response.request().method(),
        apiPath,
        response.statusCode(),
        response.headers().map(),
        response.body());
  }

  static void check(
      String methodName,
      String apiPath,
      int status,
      Map<String, List<String>> headers,
      String body) {
    Optional<Request.Method> method = methodOf(methodName);
    if (!(apiPath.startsWith("/api/") || apiPath.startsWith("/scim/v2/")) || method.isEmpty()) {
      return;
    }
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(status).withBody(body);
    headers.forEach(builder::withHeader);
    SimpleResponse answer = builder.build();
    ValidationReport report =
        VALIDATOR.validateResponse(
            documented(apiPath), asDocumented(apiPath, method.get(), status, body), answer);
    if (refusesWhatTheDocumentDoesNotList(report, status)) {
      report =
          VALIDATOR.validateResponse(
              apiPath.startsWith("/scim/") ? ANY_SCIM_REFUSAL : ANY_REFUSAL,
              Request.Method.GET,
              answer);
    }
    if (report.hasErrors()) {
      throw new AssertionError(
          "the OpenAPI document does not describe this answer to "
              + method.get()
              + " "
              + apiPath
              + " ("
              + status
              + " "
              + body
              + "):\n"
              + report.getMessages());
    }
  }

  /**
   * An address the document doesn't list may only be answered 404, and a method it doesn't list for
   * an address only 405: anything else is an API the document is missing.
   */
  private static boolean refusesWhatTheDocumentDoesNotList(ValidationReport report, int status) {
    Set<String> keys = Set.copyOf(report.getMessages().stream().map(m -> m.getKey()).toList());
    return keys.equals(Set.of(NO_PATH)) && status == 404
        || keys.equals(Set.of(NO_METHOD)) && status == 405;
  }

  /** OpenAPI 3.0 can't say "any path below": every path under verify is checked as one segment. */
  private static String documented(String apiPath) {
    String verify = "/api/auth/verify/";
    return apiPath.startsWith(verify) && apiPath.length() > verify.length()
        ? verify + "any"
        : apiPath;
  }

  /**
   * Verification's 200 has a body only for a caller that asks for JSON, which OpenAPI can't say of
   * one response: without one it is checked as the HEAD's answer, the same headers and no body.
   */
  private static Request.Method asDocumented(
      String apiPath, Request.Method method, int status, String body) {
    return apiPath.startsWith("/api/auth/verify") && status == 200 && body.isEmpty()
        ? Request.Method.HEAD
        : method;
  }

  private static Optional<Request.Method> methodOf(String name) {
    return Arrays.stream(Request.Method.values())
        .filter(method -> method.name().equals(name.toUpperCase(Locale.ROOT)))
        .findFirst();
  }
}
