package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.clilogin.MachineToken;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "login",
    description = {
      "Sign in, and keep a personal token for this machine.",
      "",
      "With your email and password (asked for; the password is not echoed) a personal token for"
          + " this machine is created, valid 30 days, and stored in the config directory,"
          + " readable by you only. 'ptk logout' revokes it. An account with two-factor sign-in"
          + " is then asked for the code of its authenticator app, or a recovery code. When the"
          + " server requires two-factor sign-in and the account has none yet, it is set up first,"
          + " as 'ptk two-factor enable' does.",
      "With --web (the default when the server signs in through its identity provider only),"
          + " no password is asked for: a page of the console and a code are shown; open the page"
          + " in a browser, sign in there, check the code and approve it, and the same token for"
          + " this machine is stored here.",
      "With --token, a token you already have is checked and stored instead."
    })
public final class LoginCommand extends ApiCommand {

  /** The server's answer to the right password of an account with two-factor sign-in. */
  static final String OTP_REQUIRED = "auth.otp.required";

  /** The server's answer to a session whose account must set up two-factor sign-in first. */
  static final String TWO_FACTOR_REQUIRED = "auth.two_factor.required";

  @Option(
      names = "--email",
      paramLabel = "EMAIL",
      description = "Your email (else it is asked for)")
  String email;

  @Option(
      names = "--token",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "TOKEN",
      description =
          "Sign in with this personal token instead of a password; without a value it is asked"
              + " for, not echoed (safer than on the command line, which shells keep in history)")
  String token;

  @Option(
      names = "--web",
      description =
          "Sign in through the browser: approve a code in the console instead of typing a"
              + " password here")
  boolean web;

  LoginCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    ConfigFile config = config();
    Optional<StoredLogin> previous = previous(config);
    ServerAddress address = ResolvedLogin.server(server, context, previous);
    warnIfCleartext(address);
    PtkApi api = PtkApi.anonymous(address);
    StoredLogin login;
    if (token != null) {
      if (web) {
        throw CliException.usage("--web and --token are two ways to sign in: give one");
      }
      login = withToken(api);
    } else if (web || (email == null && !api.passwordSignIn())) {
      login = throughTheBrowser(api);
    } else {
      login = withPassword(api);
    }
    previous.filter(old -> !old.token().equals(login.token())).ifPresent(this::revokeQuietly);
    config.save(login);
    context.out().println("Signed in to " + address + " as " + login.email() + ".");
    String expiry =
        login.expiresAt() == null ? "" : ", expiring " + Formats.instant(login.expiresAt());
    context
        .out()
        .println(
            (login.createdByLogin()
                    ? "Created a personal token for this machine" + expiry + ", and stored it"
                    : "Stored the token" + expiry + ",")
                + " in "
                + config.path()
                + " (readable by you only).");
    return ExitCode.OK;
  }

  private StoredLogin withPassword(PtkApi anonymous) {
    Email account = email(email != null ? email : ask("Email: "));
    String password = context.terminal().readSecret("Password: ");
    if (password == null || password.isEmpty()) {
      throw CliException.usage("no password was given");
    }
    String session = sessionOf(context, anonymous, account.value(), password);
    PtkApi signedIn = anonymous.as(session, "the sign-in", answer -> {});
    try {
      ApiToken created;
      try {
        created = createMachineToken(signedIn);
      } catch (CliException refused) {
        if (!TWO_FACTOR_REQUIRED.equals(refused.code())) {
          throw refused;
        }
        context
            .out()
            .println(
                "This server requires two-factor sign-in, and your account has none yet: set it up"
                    + " now.");
        TwoFactorSetup.run(context, signedIn);
        created = createMachineToken(signedIn);
      }
      return new StoredLogin(
          anonymous.server().toString(),
          created.key(),
          created.uuid(),
          account.value(),
          Instant.parse(created.expiresAt()));
    } finally {
      // The session was only the way to create the machine's token: it ends at once.
      signedIn.signOutQuietly();
    }
  }

  private ApiToken createMachineToken(PtkApi signedIn) {
    Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    return signedIn.createToken(
        Json.createObjectBuilder()
            .add("name", MachineToken.name(context.machine().get()).value())
            .add("description", MachineToken.DESCRIPTION.value())
            .add("expires_at", now.plus(MachineToken.LIFETIME).toString())
            .build());
  }

  /** The machine's token, made by the server once the person approved it in the browser. */
  private StoredLogin throughTheBrowser(PtkApi anonymous) {
    ApiToken created = WebLogin.run(context, anonymous);
    String email = anonymous.as(created.key(), "the new token", answer -> {}).me().email();
    return new StoredLogin(
        anonymous.server().toString(),
        created.key(),
        created.uuid(),
        email,
        Instant.parse(created.expiresAt()));
  }

  /**
   * A session; the second factor is asked for only when the server says the account has one, which
   * it says only to whoever gave the right password.
   */
  static String sessionOf(CliContext context, PtkApi anonymous, String email, String password) {
    try {
      return anonymous.signIn(email, password, null).token();
    } catch (CliException refused) {
      if (!OTP_REQUIRED.equals(refused.code())) {
        throw refused;
      }
    }
    String code = context.terminal().readLine("Two-factor code (or a recovery code): ");
    if (code == null || code.isBlank()) {
      throw CliException.usage("no two-factor code was given");
    }
    return anonymous.signIn(email, password, code.strip()).token();
  }

  private StoredLogin withToken(PtkApi anonymous) {
    String given = token.isEmpty() ? context.terminal().readSecret("Personal token: ") : token;
    given = given == null ? "" : given.strip();
    if (!TokenSecret.isWellFormed(given)) {
      throw CliException.usage(
          "that is not a well-formed ptk_ token (mistyped or cut short?); nothing was sent");
    }
    ExpiryWarning expiry = new ExpiryWarning(context.clock(), context.err());
    PtkApi api = anonymous.as(given, "--token", expiry);
    return new StoredLogin(
        anonymous.server().toString(),
        given,
        null,
        api.me().email(),
        expiry.expiresAt().orElse(null));
  }

  /** A damaged file is what a new login repairs, so it is only worth a warning here. */
  private Optional<StoredLogin> previous(ConfigFile config) {
    try {
      return config.load();
    } catch (CliException damaged) {
      context.err().println("warning: " + damaged.getMessage() + "; replacing it");
      return Optional.empty();
    }
  }

  /** The token this machine signed in with before is replaced: revoke it, if it was ours. */
  private void revokeQuietly(StoredLogin previous) {
    if (!previous.createdByLogin()) {
      return;
    }
    try {
      PtkApi.anonymous(ServerAddress.parse(previous.server()))
          .as(previous.token(), "the previous login", answer -> {})
          .deleteToken(tokenId(previous.tokenId()));
      context.out().println("Revoked the token this machine signed in with before.");
    } catch (CliException e) {
      context
          .err()
          .println(
              "warning: could not revoke the token this machine signed in with before ("
                  + e.getMessage()
                  + "); revoke it in the console");
    }
  }

  private String ask(String prompt) {
    String answer = context.terminal().readLine(prompt);
    if (answer == null || answer.isBlank()) {
      throw CliException.usage("no email was given");
    }
    return answer;
  }
}
