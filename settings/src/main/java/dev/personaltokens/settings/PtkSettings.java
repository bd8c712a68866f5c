package dev.personaltokens.settings;

import dev.personaltokens.application.Policies;
import dev.personaltokens.domain.sso.SingleSignOn;
import dev.personaltokens.domain.token.ExpiryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every setting of Personal Tokens, read one way wherever it is read - the server, {@code ./run}'s
 * launcher, the {@code ptk} jar: the environment variable ({@code PTK_AUDIT_RETENTION}, {@code
 * DB_URL}...), or else its default ({@code defaults.properties} beside this class). A blank
 * variable counts as unset. A value that can't be read is refused with a sentence that names it.
 */
public final class PtkSettings {

  private static final Properties DEFAULTS = defaults();

  private final Map<String, String> environment;

  public PtkSettings(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** This process's environment. */
  public static PtkSettings ofThisProcess() {
    return new PtkSettings(System.getenv());
  }

  /** Whether the setting is given, not merely defaulted: {@code ./run} starts a database if not. */
  public boolean isSet(String name) {
    String value = environment.get(name);
    return value != null && !value.isBlank();
  }

  /** The setting, if it is set or has a default. */
  public Optional<String> optional(String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      value = DEFAULTS.getProperty(name);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** A setting that has a default, or must be set. */
  public String text(String name) {
    return optional(name).orElseThrow(() -> new SettingException(name, "is not set"));
  }

  /** An ISO-8601 duration such as {@code P400D} or {@code PT24H}. */
  public Duration duration(String name) {
    String value = text(name);
    try {
      Duration duration = Duration.parse(value);
      if (duration.isNegative() || duration.isZero()) {
        throw new SettingException(name, "must be longer than nothing, not " + value);
      }
      return duration;
    } catch (java.time.format.DateTimeParseException e) {
      throw new SettingException(
          name, "must be an ISO-8601 duration such as P400D or PT24H, not " + value);
    }
  }

  /** A whole number, such as a port. */
  public int number(String name) {
    String value = text(name);
    if (!value.matches("[0-9]{1,9}")) {
      throw new SettingException(name, "must be a whole number, not " + value);
    }
    return Integer.parseInt(value);
  }

  /** {@code true}/{@code on} or {@code false}/{@code off}. */
  public boolean flag(String name) {
    String value = text(name);
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "on" -> true;
      case "false", "off" -> false;
      default -> throw new SettingException(name, "must be true or false, not " + value);
    };
  }

  /** What the use cases obey, the same for the server and the operator's commands. */
  public Policies policies() {
    // Unset, it is where ./run serves the console: localhost on PTK_PORT, so that the links in
    // notices and the command line's login page work on a port other than 8080 too.
    String consoleUrl =
        optional("PTK_PUBLIC_URL").orElseGet(() -> "http://localhost:" + number("PTK_PORT") + "/");
    return new Policies(
        new ExpiryPolicy(duration("PTK_TOKEN_MAX_LIFETIME")),
        duration("PTK_SESSION_LIFETIME"),
        duration("PTK_AUDIT_RETENTION"),
        consoleUrl.endsWith("/") ? consoleUrl : consoleUrl + "/",
        singleSignOn());
  }

  /**
   * How people sign in: through the identity provider when PTK_OIDC_ISSUER names one, and with a
   * password unless PTK_PASSWORD_SIGN_IN is off - which needs a provider, or nobody could.
   */
  private SingleSignOn singleSignOn() {
    boolean provider = isSet("PTK_OIDC_ISSUER");
    boolean passwords = flag("PTK_PASSWORD_SIGN_IN");
    if (!passwords && !provider) {
      throw new SettingException(
          "PTK_PASSWORD_SIGN_IN", "is off but PTK_OIDC_ISSUER is not set: nobody could sign in");
    }
    return new SingleSignOn(
        passwords,
        provider ? Optional.of(text("PTK_OIDC_NAME")) : Optional.empty(),
        optional("PTK_OIDC_ADMIN_GROUP"),
        duration("PTK_OIDC_MAX_SESSION"));
  }

  private static Properties defaults() {
    Properties defaults = new Properties();
    try (InputStream in = PtkSettings.class.getResourceAsStream("defaults.properties")) {
      defaults.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return defaults;
  }

  /** A setting that can't be read: its name and why, as one sentence for the person who set it. */
  public static final class SettingException extends IllegalArgumentException {

    SettingException(String name, String problem) {
      super(name + " " + problem);
    }
  }
}
