package dev.personaltokens.adapter.in.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a command takes from the world outside it, so that a test can run every command
 * in-process with its own environment, input, output and config directory.
 *
 * @param environment the environment variables (PTK_SERVER, PTK_TOKEN, DB_URL...)
 * @param configDirectory where the login is stored
 * @param machine who and where this is ({@code user@host}), to name the token of this machine
 * @param admin opens the operator's use cases on a database
 */
public record CliContext(
    Map<String, String> environment,
    Path configDirectory,
    PrintWriter out,
    PrintWriter err,
    Terminal terminal,
    Clock clock,
    Supplier<String> machine,
    AdminConnector admin) {

  public CliContext {
    environment = Map.copyOf(environment);
  }

  /** The real process: its environment, standard streams, console, clock, host and user. */
  public static CliContext system(AdminConnector admin) {
    Map<String, String> environment = System.getenv();
    PrintWriter err = new PrintWriter(System.err, true);
    return new CliContext(
        environment,
        ConfigFile.defaultDirectory(environment, System.getProperty("user.home")),
        new PrintWriter(System.out, true),
        err,
        Terminal.system(err),
        Clock.systemUTC(),
        CliContext::thisMachine,
        admin);
  }

  /** Looked up only by login: a misconfigured resolver can take seconds to answer. */
  private static String thisMachine() {
    String user = System.getProperty("user.name", "someone");
    try {
      return user + "@" + InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return user + "@this machine";
    }
  }

  String variable(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
