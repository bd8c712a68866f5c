package dev.personaltokens.adapter.in.cli;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.operator.AdminCommand;
import dev.personaltokens.adapter.in.cli.operator.AdminConnector;
import dev.personaltokens.adapter.in.cli.user.AuditCommand;
import dev.personaltokens.adapter.in.cli.user.ChangePasswordCommand;
import dev.personaltokens.adapter.in.cli.user.CredentialsCommand;
import dev.personaltokens.adapter.in.cli.user.LoginCommand;
import dev.personaltokens.adapter.in.cli.user.LogoutCommand;
import dev.personaltokens.adapter.in.cli.user.PasswordCommand;
import dev.personaltokens.adapter.in.cli.user.PeopleCommand;
import dev.personaltokens.adapter.in.cli.user.PolicyCommand;
import dev.personaltokens.adapter.in.cli.user.TokensCommand;
import dev.personaltokens.adapter.in.cli.user.TwoFactorCommand;
import dev.personaltokens.adapter.in.cli.user.WhoamiCommand;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code ptk}: personal tokens from the command line. */
@Command(
    name = "ptk",
    // Every command takes --help (and --version), and lists the exit codes and variables.
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = PtkCommand.Version.class,
    description = "Personal tokens from the command line.",
    subcommands = {
      LoginCommand.class,
      LogoutCommand.class,
      WhoamiCommand.class,
      TokensCommand.class,
      AuditCommand.class,
      PeopleCommand.class,
      CredentialsCommand.class,
      PolicyCommand.class,
      PasswordCommand.class,
      ChangePasswordCommand.class,
      TwoFactorCommand.class,
      AdminCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  PTK_SERVER       the server, like --server",
      "  PTK_TOKEN        a personal token to use instead of the stored one",
      "  XDG_CONFIG_HOME  the login goes to $XDG_CONFIG_HOME/ptk (else ~/.config/ptk)",
      "  DB_URL, DB_USER, DB_PASSWORD: for the admin commands",
      "  PTK_NEW_PASSWORD: for the admin commands, 'ptk password set' and 'ptk passwd'"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:refused or not confirmed",
      "2:bad usage or input",
      "3:not signed in, or the token was refused",
      "4:not found",
      "5:server or database unreachable",
      "6:server or database error",
      "7:not allowed with this token, or not an admin of this server",
      "8:too many attempts, try again later"
    })
public final class PtkCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs {@code ptk} with these arguments in {@code context}, the admin commands on the database
   * {@code admin} opens, and returns the exit code. Failures end as one line on standard error,
   * never as a stack trace.
   */
  public static int execute(CliContext context, AdminConnector admin, String... arguments) {
    String[] args = serverLast(arguments);
    CommandLine cli = new CommandLine(new PtkCommand(), new ContextFactory(context, admin));
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setParameterExceptionHandler(PtkCommand::usageError);
    cli.setExecutionExceptionHandler(
        (failure, commandLine, parsed) -> {
          CliException reported =
              failure instanceof CliException known
                  ? known
                  : CliException.failed(
                      "unexpected failure: "
                          + failure.getClass().getSimpleName()
                          + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
          context.err().println("ptk: " + oneLine(reported.getMessage()));
          return reported.exitCode();
        });
    int exitCode = cli.execute(args);
    context.out().flush();
    context.err().flush();
    return exitCode;
  }

  /**
   * {@code ptk --server URL tokens list} as well as {@code ptk tokens list --server URL}: a leading
   * {@code --server} moves behind the command, which says whether it takes one.
   */
  static String[] serverLast(String[] args) {
    int width = args.length > 0 && args[0].startsWith("--server=") ? 1 : 0;
    if (args.length > 2 && args[0].equals("--server")) {
      width = 2;
    }
    if (width == 0 || args.length == width) {
      return args;
    }
    String[] moved = new String[args.length];
    System.arraycopy(args, width, moved, 0, args.length - width);
    System.arraycopy(args, 0, moved, args.length - width, width);
    return moved;
  }

  private static int usageError(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    command
        .getErr()
        .println(
            "ptk: "
                + describe(failure)
                + "; see '"
                + command.getCommandSpec().qualifiedName()
                + " --help'");
    return ExitCode.USAGE;
  }

  /** Picocli's words, shortened where they list every argument that followed a typo. */
  private static String describe(ParameterException failure) {
    if (failure instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      String what =
          unmatched.isUnknownOption()
              ? "unknown option '" + first + "'"
              : "'" + first + "' is not a command or argument here";
      return unmatched.getSuggestions().isEmpty()
          ? what
          : what + " (did you mean '" + unmatched.getSuggestions().get(0) + "'?)";
    }
    return oneLine(failure.getMessage()).replaceFirst("^Error: ", "");
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Hands each command the context it runs in, and the operator's commands their way to the
   * database. The commands are package-private in their own packages, hence the access.
   */
  private record ContextFactory(CliContext context, AdminConnector admin) implements IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (Arrays.equals(parameters, new Class<?>[] {CliContext.class, AdminConnector.class})) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context, admin));
        }
        if (Arrays.equals(parameters, new Class<?>[] {CliContext.class})) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version of the jar, as its manifest says. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PtkCommand.class.getPackage().getImplementationVersion();
      return new String[] {"ptk " + (version == null ? "(development build)" : version)};
    }
  }
}
