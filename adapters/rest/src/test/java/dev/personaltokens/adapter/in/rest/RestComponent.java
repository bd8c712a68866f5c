package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.sso.SingleSignOn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * The REST adapter as the server runs it, without the server: every resource and provider of the
 * package on Jersey (the version Payara ships), the servlet filter in front, and the use cases of
 * an {@link InMemoryApplication} where CDI would put the real ones. Requests go in as HTTP (method,
 * URI, headers, bytes) and answers come out as HTTP, in memory, so that tests speak only the wire's
 * language and survive any change behind it.
 */
final class RestComponent {

  static final URI BASE = URI.create("http://localhost/api/");

  /** Where {@link ScimApplication} is. */
  static final URI SCIM_BASE = URI.create("http://localhost/scim/v2/");

  static final String PASSWORD = "a-long-enough-password";

  /** Where requests come from unless a test says otherwise (TEST-NET-1, RFC 5737). */
  static final String DEFAULT_PEER = "192.0.2.10";

  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  /** The proxies a test trusts, as PTK_TRUSTED_PROXIES would say. */
  static final TrustedProxies TRUSTED = TrustedProxies.parse("192.0.2.254");

  private final InMemoryApplication application;
  private final Map<Class<?>, Object> replaced;
  private final Policies policies;
  private final boolean scim;
  private final ApplicationHandler jersey;
  private final RequestFilters filters;
  private final ForwardAuthServlet forwardAuth;

  private RestComponent(
      InMemoryApplication application, Map<Class<?>, Object> replaced, Policies policies) {
    this(application, replaced, policies, false);
  }

  private RestComponent(
      InMemoryApplication application,
      Map<Class<?>, Object> replaced,
      Policies policies,
      boolean scim) {
    this.application = application;
    this.scim = scim;
    this.replaced = replaced;
    this.policies = policies;
    this.filters = new RequestFilters(TRUSTED, policies);
    this.forwardAuth =
        new ForwardAuthServlet(
            VerifyPersonalTokenUseCase.class.cast(
                replaced.getOrDefault(
                    VerifyPersonalTokenUseCase.class,
                    application.useCases().verifyPersonalToken())));
    // As the server's Origins producer does: the application reads the request's origin.
    application.origins().readFrom(OriginFilter.ORIGINS::current);
    ResourceConfig config =
        scim
            // What SCIM's application names, and nothing else.
            ? new ResourceConfig(new ScimApplication().getClasses())
            // What the server finds by scanning: every @Path and @Provider class of the adapter.
            : new ResourceConfig().packages(false, ApiApplication.class.getPackageName());
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true).register(new UseCasesBinder());
    this.jersey = new ApplicationHandler(config);
  }

  /** The adapter over every use case of {@code application}. */
  static RestComponent over(InMemoryApplication application) {
    return new RestComponent(application, Map.of(), Policies.DEFAULT);
  }

  /** SCIM's application over every use case of {@code application}, at {@link #SCIM_BASE}. */
  static RestComponent scim(InMemoryApplication application) {
    return new RestComponent(application, Map.of(), Policies.DEFAULT, true);
  }

  /** The same adapter for a console whose public address is {@code consoleUrl}. */
  RestComponent servedAt(String consoleUrl) {
    Policies at =
        new Policies(
            policies.expiryPolicy(),
            policies.sessionLifetime(),
            policies.auditRetention(),
            consoleUrl,
            policies.singleSignOn());
    return new RestComponent(application, replaced, at);
  }

  /** The adapter over {@code application}, signing in as {@code singleSignOn} says. */
  static RestComponent over(InMemoryApplication application, SingleSignOn singleSignOn) {
    Policies policies =
        new Policies(
            Policies.DEFAULT.expiryPolicy(),
            Policies.DEFAULT.sessionLifetime(),
            Policies.DEFAULT.auditRetention(),
            Policies.DEFAULT.consoleUrl(),
            singleSignOn);
    return new RestComponent(application, Map.of(), policies);
  }

  /** The same adapter with one use case swapped, e.g. for one that fails. */
  <T> RestComponent replacing(Class<T> useCase, T implementation) {
    Map<Class<?>, Object> more = new HashMap<>(replaced);
    more.put(useCase, implementation);
    return new RestComponent(application, more, policies);
  }

  InMemoryApplication application() {
    return application;
  }

  /** A new account with {@link #PASSWORD}, its email unique in this JVM. */
  Account newAccount() {
    return application.account("user-" + ACCOUNTS.incrementAndGet() + "@example.com", PASSWORD);
  }

  /** A new session token of {@code account}, as signing in gives it. */
  String session(Account account) {
    return session(account, PASSWORD);
  }

  /** A new session token of {@code account}, signed in with {@code password}. */
  String session(Account account, String password) {
    return application
        .signIn()
        .signIn(account.email(), Password.presented(password))
        .secret()
        .reveal();
  }

  /** The key of a new personal token of {@code owner}, valid for 30 days. */
  String personalToken(Account owner) {
    return application.token(owner.id(), "key-" + ACCOUNTS.incrementAndGet()).secret().reveal();
  }

  /** The day ({@code 2026-01-31}) this many days after the in-memory application's now. */
  String inDays(int days) {
    return application.clock().now().plus(Duration.ofDays(days)).toString().substring(0, 10);
  }

  Request request(String method, String path) {
    return new Request(method, (scim ? SCIM_BASE : BASE).resolve(path));
  }

  Request get(String path) {
    return request("GET", path);
  }

  Request post(String path) {
    return request("POST", path);
  }

  Request delete(String path) {
    return request("DELETE", path);
  }

  /**
   * Binds each use case of the in-memory application to its interface, as the server's {@code
   * UseCaseBeans} produces each from the real assembly; a use case a test replaced is bound
   * instead.
   */
  private final class UseCasesBinder extends AbstractBinder {
    @Override
    protected void configure() {
      for (RecordComponent component : UseCases.class.getRecordComponents()) {
        bindUseCase(component.getType(), component);
      }
      bind(policies).to(Policies.class);
      // The background of the server runs here at once, so that a test sees its effect on return.
      bind((Executor) Runnable::run).to(Executor.class);
    }

    private <T> void bindUseCase(Class<T> type, RecordComponent component) {
      try {
        Object own = component.getAccessor().invoke(application.useCases());
        bind(type.cast(replaced.getOrDefault(type, own))).to(type);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** One request, built up and then sent. */
  final class Request {

    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body = new byte[0];
    private String peer = DEFAULT_PEER;

    private Request(String method, URI uri) {
      this.method = method;
      this.uri = uri;
    }

    Request header(String name, String value) {
      headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      return this;
    }

    /** {@code Authorization: Token <secret>}; nothing when the secret is null. */
    Request token(String secret) {
      return secret == null ? this : header("Authorization", "Token " + secret);
    }

    Request basic(String email, String password) {
      String pair = email + ":" + password;
      return header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** The address the request comes from, as the servlet container would see the peer. */
    Request from(String address) {
      peer = address;
      return this;
    }

    Request cookie(String cookie) {
      return header("Cookie", cookie);
    }

    Request json(String json) {
      return body("application/json", json);
    }

    Request body(String contentType, String text) {
      header("Content-Type", contentType);
      body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    Answer send() {
      if (!scim && isForwardAuthServlets()) {
        return sendToForwardAuthServlet();
      }
      Map<String, List<String>> answered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      Written written = new Written();
      FilterChain chain = (request, response) -> written.by(jersey(written));
      HttpServletRequest servletRequest = servletRequest(method, peer, headers);
      Sent refused = new Sent();
      HttpServletResponse servletResponse = servletResponse(answered, refused);
      filtered(servletRequest, servletResponse, chain);
      if (written.response == null && refused.error) {
        return new Answer(refused.status, answered, ""); // by a filter, before Jersey
      }
      if (written.response == null) {
        throw new IllegalStateException("no answer was written", written.failure);
      }
      written.response.getStringHeaders().forEach(answered::put);
      return new Answer(
          written.response.getStatus(), answered, written.entity.toString(StandardCharsets.UTF_8));
    }

    /** The paths the container maps to {@link ForwardAuthServlet}, past Jersey: decoded. */
    private boolean isForwardAuthServlets() {
      String path = uri.getPath();
      return path.equals("/api/auth/verify") || path.startsWith("/api/auth/verify/");
    }

    private Answer sendToForwardAuthServlet() {
      Map<String, List<String>> answered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      Sent sent = new Sent();
      HttpServletRequest servletRequest = servletRequest(method, peer, headers);
      HttpServletResponse servletResponse = servletResponse(answered, sent);
      filtered(servletRequest, servletResponse, forwardAuth::service);
      return new Answer(sent.status, answered, sent.body.toString(StandardCharsets.UTF_8));
    }

    /**
     * Through the servlet filters of the WAR, in front of {@code chain} as the container puts them.
     */
    private void filtered(
        HttpServletRequest servletRequest, HttpServletResponse servletResponse, FilterChain chain) {
      try {
        filters.doFilter(servletRequest, servletResponse, chain);
      } catch (Exception e) {
        throw new IllegalStateException("the request did not complete: " + e, e);
      }
    }

    private ContainerRequest jersey(Written written) {
      URI base = uri.resolve((scim ? SCIM_BASE : BASE).getRawPath());
      ContainerRequest request =
          new ContainerRequest(
              base,
              uri,
              method,
              new Unauthenticated("https".equals(uri.getScheme())),
              new MapPropertiesDelegate(),
              jersey.getConfiguration());
      headers.forEach((name, values) -> request.getHeaders().addAll(name, values));
      if (body.length > 0) {
        request.getHeaders().putSingle("Content-Length", Integer.toString(body.length));
      }
      request.setEntityStream(new ByteArrayInputStream(body));
      request.setWriter(written);
      return request;
    }
  }

  /** What Jersey wrote back, as a servlet container would receive it. */
  private final class Written implements ContainerResponseWriter {
    final ByteArrayOutputStream entity = new ByteArrayOutputStream();
    ContainerResponse response;
    Throwable failure;

    void by(ContainerRequest request) {
      jersey.handle(request);
    }

    @Override
    public OutputStream writeResponseStatusAndHeaders(
        long contentLength, ContainerResponse response) {
      this.response = response;
      return entity;
    }

    @Override
    public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
      return false;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {
      throw new UnsupportedOperationException("no asynchronous resources here");
    }

    @Override
    public void commit() {}

    @Override
    public void failure(Throwable error) {
      failure = error;
    }

    @Override
    public boolean enableResponseBuffering() {
      return true;
    }
  }

  /** The container's security context before the authentication filter: nobody, maybe TLS. */
  private record Unauthenticated(boolean isSecure) implements SecurityContext {
    @Override
    public java.security.Principal getUserPrincipal() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public String getAuthenticationScheme() {
      return null;
    }
  }

  private static HttpServletRequest servletRequest(
      String httpMethod, String peer, Map<String, List<String>> headers) {
    return servletProxy(
        HttpServletRequest.class,
        (method, args) ->
            switch (method.getName()) {
              case "getMethod" -> httpMethod;
              case "getRemoteAddr" -> peer;
              case "getHeader" ->
                  headers.containsKey((String) args[0])
                      ? String.join(", ", headers.get((String) args[0]))
                      : null;
              // Each line as sent, as a container gives them.
              case "getHeaders" ->
                  Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
              default -> null;
            });
  }

  /** What a servlet sent besides its headers: the status and the body. */
  private static final class Sent {
    int status = 200;
    boolean error;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  /**
   * A servlet response that records the headers set on it, and the status and body in {@code sent}.
   */
  private static HttpServletResponse servletResponse(Map<String, List<String>> headers, Sent sent) {
    return servletProxy(
        HttpServletResponse.class,
        (method, args) -> {
          switch (method.getName()) {
            case "setHeader" ->
                headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
            case "addHeader" ->
                headers
                    .computeIfAbsent((String) args[0], key -> new ArrayList<>())
                    .add((String) args[1]);
            case "setStatus" -> sent.status = (int) args[0];
            // The container then answers through the error page, which system tests reach.
            case "sendError" -> {
              sent.status = (int) args[0];
              sent.error = true;
            }
            case "setContentType" ->
                headers.put("Content-Type", new ArrayList<>(List.of((String) args[0])));
            case "setContentLength" ->
                headers.put("Content-Length", new ArrayList<>(List.of(args[0].toString())));
            case "getOutputStream" -> {
              return new ServletOutputStream() {
                @Override
                public void write(int b) {
                  sent.body.write(b);
                }

                @Override
                public boolean isReady() {
                  return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                  throw new UnsupportedOperationException("blocking only");
                }
              };
            }
            default -> {}
          }
          return null;
        });
  }

  private interface Handler {
    Object handle(Method method, Object[] args);
  }

  private static <T> T servletProxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            RestComponent.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> type.getSimpleName() + " stand-in";
                };
              }
              Object result = handler.handle(method, args);
              if (result == null && method.getReturnType() == boolean.class) {
                return false;
              }
              if (result == null && method.getReturnType() == int.class) {
                return 0;
              }
              if (result == null && method.getReturnType() == long.class) {
                return 0L;
              }
              return result;
            }));
  }

  /** For {@code assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType())}. */
  static Consumer<String> jsonType() {
    return type -> assertThat(type).startsWith("application/json");
  }

  /** An answer: status, headers (names in any case) and the body as text. */
  record Answer(int status, Map<String, List<String>> headers, String body) {

    Optional<String> header(String name) {
      return headers(name).stream().findFirst();
    }

    List<String> headers(String name) {
      return headers.getOrDefault(name, List.of());
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    /** The first (and only) error of an error body. */
    JsonObject error() {
      return json().getJsonArray("errors").getJsonObject(0);
    }

    String errorCode() {
      return error().getString("code");
    }

    /** The error's {@code source.pointer} (a JSON pointer into the body), or null. */
    String pointer() {
      return source("pointer");
    }

    /** The error's {@code source.parameter} (a query or path parameter), or null. */
    String parameter() {
      return source("parameter");
    }

    private String source(String kind) {
      JsonObject error = error();
      if (!error.containsKey("source") || error.isNull("source")) {
        return null;
      }
      return error.getJsonObject("source").getString(kind, null);
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }
}
