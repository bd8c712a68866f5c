package dev.personaltokens.distribution;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The served OpenAPI document ({@code META-INF/openapi.yaml}) as a check of what the server really
 * answers: every answer of the API ITs under {@code /api} must be one the document describes - its
 * status, its headers, its body - so that the document can't drift from the code.
 */
final class OpenApiDocument {

  private static final OpenApiInteractionValidator VALIDATOR = load();

  private OpenApiDocument() {}

  /** The document as served; what is wrong with it, if it doesn't parse. */
  static OpenApiInteractionValidator load() {
    try {
      return OpenApiInteractionValidator.createForInlineApiSpecification(
              SharedConstantsTest.resource("META-INF/openapi.yaml"))
          .withLevelResolver(
              LevelResolver.create()
                  // A method the document doesn't list for a path is one the server refuses
                  // (405, its own JSON error); requests are the tests' to get wrong on purpose.
                  .withLevel(
                      "validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                  .withLevel("validation.request", ValidationReport.Level.IGNORE)
                  .build())
          .build();
    } catch (OpenApiInteractionValidator.ApiLoadException e) {
      throw new IllegalStateException(
          "the OpenAPI document is not valid: " + e.getParseMessages(), e);
    }
  }

  /**
   * Fails on an answer the document doesn't describe. {@code apiPath} is the path from the
   * application's root ({@code /api/...}); answers elsewhere (health, the console's files) and to
   * methods the document can't name (PROPFIND...) are not the API's.
   */
  static void check(String apiPath, HttpResponse<String> response) {
    Optional<Request.Method> method = methodOf(response.request().method());
    if (!apiPath.startsWith("/api/") || method.isEmpty()) {
      return;
    }
    SimpleResponse.Builder answer =
        SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
    response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
    ValidationReport report =
        VALIDATOR.validateResponse(documented(apiPath), method.get(), answer.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          "the OpenAPI document does not describe this answer to "
              + method.get()
              + " "
              + apiPath
              + " ("
              + response.statusCode()
              + " "
              + response.body()
              + "):\n"
              + report.getMessages());
    }
  }

  /** OpenAPI 3.0 can't say "any path below": every path under verify is checked as one segment. */
  private static String documented(String apiPath) {
    String verify = "/api/auth/verify/";
    return apiPath.startsWith(verify) && apiPath.length() > verify.length()
        ? verify + "any"
        : apiPath;
  }

  private static Optional<Request.Method> methodOf(String name) {
    return Arrays.stream(Request.Method.values())
        .filter(method -> method.name().equals(name.toUpperCase(Locale.ROOT)))
        .findFirst();
  }
}
