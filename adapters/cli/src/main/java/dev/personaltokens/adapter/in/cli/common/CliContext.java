package dev.personaltokens.adapter.in.cli.common;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a command takes from the world outside it, so that a test can run every command
 * in-process with its own environment, input, output and config directory.
 *
 * @param environment the environment variables (PTK_SERVER, PTK_TOKEN, DB_URL...)
 * @param configDirectory where the login is stored
 * @param machine who and where this is ({@code user@host}), to name the token of this machine and
 *     the operator of the admin commands
 * @param pause how a command waits (between polls of a login in the browser)
 */
public record CliContext(
    Map<String, String> environment,
    Path configDirectory,
    PrintWriter out,
    PrintWriter err,
    Terminal terminal,
    Clock clock,
    Supplier<String> machine,
    Pause pause) {

  /** A wait of the command's own, which a test can count instead of sitting through. */
  @FunctionalInterface
  public interface Pause {
    /** The real wait: the thread sleeps. */
    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    void of(Duration duration) throws InterruptedException;
  }

  public CliContext {
    environment = Map.copyOf(environment);
  }

  /** The real process: its environment, standard streams, console, clock, host and user. */
  public static CliContext system() {
    Map<String, String> environment = System.getenv();
    PrintWriter err = new PrintWriter(System.err, true);
    return new CliContext(
        environment,
        defaultConfigDirectory(environment, System.getProperty("user.home")),
        new PrintWriter(System.out, true),
        err,
        Terminal.system(err),
        Clock.systemUTC(),
        CliContext::thisMachine,
        Pause.SLEEP);
  }

  /** $XDG_CONFIG_HOME/ptk, else ~/.config/ptk. */
  static Path defaultConfigDirectory(Map<String, String> environment, String userHome) {
    String xdg = environment.get("XDG_CONFIG_HOME");
    // The XDG spec: a relative path is invalid and is to be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "ptk");
    }
    return Path.of(userHome, ".config", "ptk");
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

  /** The environment variable, stripped; null when unset or blank. */
  public String variable(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
