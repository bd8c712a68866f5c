package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.Confirmation;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The server's HTTP API, as the commands use it. Every failure becomes a {@link CliException} with
 * the API's own {@code detail}; the token is sent in the Authorization header and nowhere else.
 */
final class PtkApi {

  /**
   * The server's table from category to status, read backwards; any other 4xx is a request the
   * server found invalid.
   */
  private static final Map<Integer, ErrorCategory> CATEGORIES =
      Map.of(
          400, ErrorCategory.INVALID,
          401, ErrorCategory.UNAUTHENTICATED,
          403, ErrorCategory.FORBIDDEN,
          404, ErrorCategory.NOT_FOUND,
          409, ErrorCategory.CONFLICT,
          429, ErrorCategory.THROTTLED,
          503, ErrorCategory.UNAVAILABLE);

  /** The server's code for a session whose password must be changed before anything else. */
  private static final String PASSWORD_CHANGE_REQUIRED = "auth.password.change_required";

  /** Where the code of a second factor goes: signing in, turning two-factor sign-in off. */
  static final String OTP_HEADER = "X-Ptk-Otp";

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final ServerAddress server;
  private final String token;
  private final String tokenSource;
  private final Consumer<HttpResponse<String>> onAnswer;

  private PtkApi(
      HttpClient http,
      ServerAddress server,
      String token,
      String tokenSource,
      Consumer<HttpResponse<String>> onAnswer) {
    this.http = http;
    this.server = server;
    this.token = token;
    this.tokenSource = tokenSource;
    this.onAnswer = onAnswer;
  }

  /** Not signed in yet: good for signing in only. */
  static PtkApi anonymous(ServerAddress server) {
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            // A redirect could carry the token to another host.
            .followRedirects(HttpClient.Redirect.NEVER);
    if (!server.isHttps()) {
      withoutTls(http);
    }
    return new PtkApi(http.build(), server, null, null, answer -> {});
  }

  /**
   * Plain HTTP, as to {@code ./run} on this machine, needs no TLS; left alone, the client would
   * load the default trust store anyway, a third of the time of a whole command.
   */
  private static void withoutTls(HttpClient.Builder http) {
    try {
      http.sslContext(SSLContext.getInstance("TLS")).sslParameters(new SSLParameters());
    } catch (NoSuchAlgorithmException e) {
      // every Java platform has TLS; the client then makes its default context itself
    }
  }

  /** Calls as the holder of {@code token}; {@code onAnswer} sees every answer, e.g. to warn. */
  PtkApi as(String token, String source, Consumer<HttpResponse<String>> onAnswer) {
    return new PtkApi(http, server, token, source, onAnswer);
  }

  ServerAddress server() {
    return server;
  }

  /**
   * A session token for email and password ({@code POST /api/tokens}), and the code of a second
   * factor where the account has one (else null).
   */
  SignedIn signIn(String email, String password, String secondFactor) {
    String basic =
        Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        request("api/tokens")
            .header("Authorization", "Basic " + basic)
            .POST(BodyPublishers.noBody());
    if (secondFactor != null) {
      request.header(OTP_HEADER, secondFactor);
    }
    return SignedIn.from(send(request));
  }

  /** Ends the session in use. */
  void signOut() {
    send(authorized("api/tokens").DELETE());
  }

  /** Ends the session in use if it can: a session made for one command only. */
  void signOutQuietly() {
    try {
      signOut();
    } catch (CliException e) {
      // it expires on its own within a day
    }
  }

  Me me() {
    return Me.from(send(authorized("api/user/me").GET()));
  }

  /**
   * Whether the server signs people in with a password ({@code GET /api/session/methods}); a server
   * older than single sign-on, which has no such path, does.
   */
  boolean passwordSignIn() {
    try {
      JsonObject methods = send(request("api/session/methods").GET());
      return methods == null || methods.getBoolean("password_sign_in", true);
    } catch (CliException e) {
      if (e.exitCode() == ExitCode.NOT_FOUND) {
        return true;
      }
      throw e;
    }
  }

  /** Begins a login through the browser for {@code machine} ({@code POST /api/cli/login}). */
  WebLogin.Started startWebLogin(String machine) {
    return WebLogin.Started.from(
        send(
            withJson(
                request("api/cli/login"),
                "POST",
                Json.createObjectBuilder().add("machine", machine).build())));
  }

  /**
   * Asks whether the login of {@code handle} was approved: its token once it was; otherwise the
   * server's answer as a failure whose code says which (pending, slow_down, denied, expired).
   */
  ApiToken pollWebLogin(String handle) {
    return ApiToken.from(
        send(request("api/cli/login/" + queryValue(handle)).POST(BodyPublishers.noBody())));
  }

  ApiToken createToken(JsonObject request) {
    return ApiToken.from(send(withJson(authorized("api/iam/personal_tokens"), "POST", request)));
  }

  /** One page of the tokens whose name or description contains {@code search} (empty: all). */
  TokenPage listPage(int page, int pageSize, String search) {
    return TokenPage.from(
        send(
            authorized(
                    "api/iam/personal_tokens?page="
                        + page
                        + "&page_size="
                        + pageSize
                        + "&search="
                        + queryValue(search))
                .GET()));
  }

  /** One page of the security log, of one type unless {@code type} is empty. */
  AuditEventPage auditPage(int page, int pageSize, String type) {
    return AuditEventPage.from(
        send(
            authorized(
                    "api/audit_events?page="
                        + page
                        + "&page_size="
                        + pageSize
                        + (type.isEmpty() ? "" : "&type=" + queryValue(type)))
                .GET()));
  }

  /** One page of the instance's security log (admins only): every account's events. */
  InstanceAuditEventPage instanceAuditPage(int page, int pageSize, InstanceAuditFilter filter) {
    return InstanceAuditEventPage.from(
        send(
            authorized(
                    "api/admin/audit_events?page="
                        + page
                        + "&page_size="
                        + pageSize
                        + optional("type", filter.type().isEmpty() ? null : filter.type())
                        + optional("account", filter.account())
                        + optional("actor", filter.actor())
                        + optional("since", filter.since())
                        + optional("until", filter.until()))
                .GET()));
  }

  /** One page of the credentials inventory (admins only): every live token of every account. */
  InventoryPage inventoryPage(int page, int pageSize, InventoryFilter filter) {
    return InventoryPage.from(send(authorized(inventoryPath(page, pageSize, filter)).GET()));
  }

  /** The same page as the server writes it in CSV, header line first, as it is. */
  String inventoryCsv(int page, int pageSize, InventoryFilter filter) {
    return exchange(
            authorized(inventoryPath(page, pageSize, filter)).setHeader("Accept", "text/csv").GET())
        .body();
  }

  /** Revokes any account's token (admins only); {@code id} must be a checked UUID. */
  void revokeAnyToken(String id) {
    send(authorized("api/admin/personal_tokens/" + id).DELETE());
  }

  private static String inventoryPath(int page, int pageSize, InventoryFilter filter) {
    return "api/admin/personal_tokens?page="
        + page
        + "&page_size="
        + pageSize
        + optional("owner", filter.owner())
        + optional("search", filter.search().isEmpty() ? null : filter.search())
        + optional("scope", filter.scope() == null ? null : filter.scope().code())
        + optional("expires_within_days", filter.expiresWithinDays())
        + optional("unused_for_days", filter.unusedForDays());
  }

  /** {@code &name=value}, or nothing when {@code value} is null. */
  private static String optional(String name, Object value) {
    return value == null ? "" : "&" + name + "=" + queryValue(value.toString());
  }

  /**
   * Replaces the token {@code idOrSelf} (a checked UUID, or {@code self}: the token in use) by a
   * new one, expiring at {@code expiresAt} or after the old one's lifetime again, bound to {@code
   * allowedIps} (none: anywhere) or to the old one's addresses.
   */
  ApiToken rotateToken(
      String idOrSelf, Optional<Instant> expiresAt, Optional<List<String>> allowedIps) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    expiresAt.ifPresent(at -> body.add("expires_at", at.toString()));
    allowedIps.ifPresent(addresses -> body.add("allowed_ips", Json.createArrayBuilder(addresses)));
    return ApiToken.from(
        send(
            withJson(
                authorized("api/iam/personal_tokens/" + idOrSelf + "/rotate"),
                "POST",
                body.build())));
  }

  /** Revokes every personal token of the account, the one in use too. */
  RevokedAll revokeAllTokens() {
    return RevokedAll.from(
        send(
            withJson(
                authorized("api/iam/personal_tokens/revoke_all"),
                "POST",
                Json.createObjectBuilder().add("confirm", Confirmation.WORD).build())));
  }

  /** {@code id} must be a checked UUID: it goes into the path as it is. */
  ApiToken getToken(String id) {
    return ApiToken.from(send(authorized("api/iam/personal_tokens/" + id).GET()));
  }

  void deleteToken(String id) {
    send(authorized("api/iam/personal_tokens/" + id).DELETE());
  }

  /**
   * One page of the people of this server (admins only) whose email contains {@code search} (empty:
   * all), of one status or of any.
   */
  PeoplePage peoplePage(int page, int pageSize, String search, Optional<AccountStatus> status) {
    return PeoplePage.from(
        send(
            authorized(
                    "api/admin/accounts?page="
                        + page
                        + "&page_size="
                        + pageSize
                        + "&search="
                        + queryValue(search)
                        + status.map(wanted -> "&status=" + wanted.code()).orElse(""))
                .GET()));
  }

  /** Adds a person, with no password: the answer tells of the link to set one. */
  IssuedLink addPerson(Email email, Role role) {
    JsonObject body =
        Json.createObjectBuilder().add("email", email.value()).add("role", role.code()).build();
    return IssuedLink.from(send(withJson(authorized("api/admin/accounts"), "POST", body)));
  }

  /** Ends every session and personal token of the account, and its sign-ins. */
  DeactivatedPerson deactivate(AccountId id) {
    return DeactivatedPerson.from(send(postToAccount(id, "deactivate")));
  }

  Person reactivate(AccountId id) {
    return Person.from(send(postToAccount(id, "reactivate")));
  }

  /** A new one-time link for the person to set their password; their older links stop working. */
  IssuedLink newPasswordLink(AccountId id) {
    return IssuedLink.from(send(postToAccount(id, "password_link")));
  }

  Person changeRole(AccountId id, Role role) {
    JsonObject body = Json.createObjectBuilder().add("role", role.code()).build();
    return Person.from(
        send(withJson(authorized("api/admin/accounts/" + id + "/role"), "PUT", body)));
  }

  /** The instance's policy (admins only). */
  Policy policy() {
    return Policy.from(send(authorized("api/admin/policy").GET()));
  }

  /** Replaces the instance's policy by {@code wanted}, every rule (admins only); the one saved. */
  Policy changePolicy(Policy wanted) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("max_token_lifetime_days", wanted.maxTokenLifetimeDays())
            .add("allowed_scopes", Json.createArrayBuilder(wanted.allowedScopes()))
            .add("inactivity_days", orNull(wanted.inactivityDays()))
            .add("max_tokens_per_account", orNull(wanted.maxTokensPerAccount()))
            .add("require_two_factor", wanted.requireTwoFactor())
            .add("default_allowed_ips", Json.createArrayBuilder(wanted.defaultAllowedIps()))
            .build();
    return Policy.from(send(withJson(authorized("api/admin/policy"), "PUT", body)));
  }

  /** A limit as the API writes it: null when it is off. */
  private static JsonValue orNull(Integer value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  /**
   * Sets the password of the account a one-time link was made for. No token: the link's secret is
   * the credential, for a person who can't sign in yet.
   */
  void setPassword(String linkSecret, Password password) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("link_token", linkSecret)
            .add("new_password", password.reveal())
            .build();
    send(withJson(request("api/user/password"), "POST", body));
  }

  /**
   * Changes the password of the account signed in, giving its {@code current} one; the server ends
   * the account's other sessions.
   */
  void changePassword(String current, Password newPassword) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("current_password", current)
            .add("new_password", newPassword.reveal())
            .build();
    send(withJson(authorized("api/user/password"), "POST", body));
  }

  /** Begins turning two-factor sign-in on: a secret for the app, pending until confirmed. */
  TwoFactorEnrolment enrolTwoFactor() {
    return TwoFactorEnrolment.from(
        send(authorized("api/user/two_factor").POST(BodyPublishers.noBody())));
  }

  /** Turns it on with a code of the app; the recovery codes, which the server shows once. */
  List<String> confirmTwoFactor(String code) {
    JsonObject body = Json.createObjectBuilder().add("code", code).build();
    return send(withJson(authorized("api/user/two_factor/confirm"), "POST", body))
        .getJsonArray("recovery_codes")
        .getValuesAs(JsonString::getString);
  }

  /** Turns it off with a code of the app or a recovery code. */
  void disableTwoFactor(String code) {
    send(authorized("api/user/two_factor").header(OTP_HEADER, code).DELETE());
  }

  /** An admin's action on one account, which takes no body. */
  private HttpRequest.Builder postToAccount(AccountId id, String action) {
    return authorized("api/admin/accounts/" + id + "/" + action).POST(BodyPublishers.noBody());
  }

  private static HttpRequest.Builder withJson(
      HttpRequest.Builder request, String method, JsonObject body) {
    return request
        .header("Content-Type", "application/json")
        .method(method, BodyPublishers.ofString(body.toString()));
  }

  /** A value for a URL's query, spaces as %20, which every server reads as a space. */
  private static String queryValue(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.resolve(path))
        .timeout(ANSWER_TIMEOUT)
        .header("Accept", "application/json")
        .header("User-Agent", "ptk-cli");
  }

  private HttpRequest.Builder authorized(String path) {
    if (token == null) {
      throw new IllegalStateException("sign in first");
    }
    return request(path).header("Authorization", "Token " + token);
  }

  /** The answer's JSON; null when it has none (204). */
  private JsonObject send(HttpRequest.Builder request) {
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() == 204 || response.body().isEmpty()) {
      return null;
    }
    return json(response.body())
        .orElseThrow(() -> notTheApi(response, "an answer that is not the API's JSON"));
  }

  /** The answer, once it is known to be no failure. */
  private HttpResponse<String> exchange(HttpRequest.Builder request) {
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw unreachable("no connection within " + CONNECT_TIMEOUT.toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      throw CliException.unreachable(
          server + " did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
    } catch (ConnectException e) {
      throw unreachable(
          e.getCause() instanceof UnresolvedAddressException
              ? "unknown host"
              : "connection refused; is the server running?");
    } catch (IOException e) {
      throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failed("interrupted");
    }
    onAnswer.accept(response);
    if (response.statusCode() >= 400) {
      throw failure(response);
    }
    return response;
  }

  private CliException unreachable(String why) {
    return CliException.unreachable(
        "cannot reach " + server + ": " + why + " (set the server with --server or PTK_SERVER)");
  }

  private CliException failure(HttpResponse<String> response) {
    int status = response.statusCode();
    JsonObject error =
        json(response.body())
            .filter(body -> body.containsKey("errors"))
            .map(body -> body.getJsonArray("errors").getJsonObject(0))
            .orElseThrow(() -> notTheApi(response, "HTTP " + status + " without the API's error"));
    String detail = Text.printable(error.getString("detail", error.getString("code", "")));
    if (status >= 500 && status != 503) {
      return CliException.serverError("the server failed (HTTP " + status + "): " + detail);
    }
    ErrorCategory category = CATEGORIES.getOrDefault(status, ErrorCategory.INVALID);
    if (PASSWORD_CHANGE_REQUIRED.equals(error.getString("code", ""))) {
      // Met by 'ptk login', whose session may do nothing else: what to run, not what to send.
      return CliException.of(
          category,
          "your password was generated or set by an operator, so it must be changed before"
              + " anything else: run 'ptk passwd'");
    }
    return CliException.of(
        category,
        category == ErrorCategory.UNAUTHENTICATED ? refused(detail) : detail,
        error.getString("code", null));
  }

  private String refused(String detail) {
    if (token == null) {
      return "sign-in refused: " + detail;
    }
    String again = ResolvedLogin.FROM_ENVIRONMENT.equals(tokenSource) ? "" : "; run 'ptk login'";
    return "the server refused the token from " + tokenSource + ": " + detail + again;
  }

  private CliException notTheApi(HttpResponse<String> response, String what) {
    return CliException.serverError(
        server + " sent " + what + "; is it a Personal Tokens server? (--server, PTK_SERVER)");
  }

  private static Optional<JsonObject> json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
