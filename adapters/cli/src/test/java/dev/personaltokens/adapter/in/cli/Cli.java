package dev.personaltokens.adapter.in.cli;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.Terminal;
import dev.personaltokens.adapter.in.cli.operator.AdminConnector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@code ptk} in-process, with its own environment, input, config directory and clock. Shared
 * (test-jar) with the end-to-end tests, which point it at a real server and database.
 */
public final class Cli {

  public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  final Path configDirectory;
  final Map<String, String> environment = new HashMap<>();
  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  String machine = "alice@laptop";
  CliContext.Pause pause = CliContext.Pause.SLEEP;
  private AdminConnector admin =
      (address, policies) -> {
        throw new IllegalStateException("no database in this test");
      };

  public Cli(Path configDirectory) {
    this.configDirectory = configDirectory;
  }

  public Cli env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** The admin commands' way to the database. */
  public Cli admin(AdminConnector admin) {
    this.admin = admin;
    return this;
  }

  /** A loopback address that nothing listens on. */
  public static String closedServer() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Real time, a machine name and the admin commands' way to the database. */
  public Cli on(Clock clock, String machine, AdminConnector admin) {
    this.clock = clock;
    this.machine = machine;
    this.admin = admin;
    return this;
  }

  /** How the commands wait: counted by {@code pause} instead of slept through. */
  public Cli pausing(CliContext.Pause pause) {
    this.pause = pause;
    return this;
  }

  public Run run(String... args) {
    return runWithInput("", args);
  }

  /** Runs with {@code input} as what the user types, line by line. */
  public Run runWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);
    CliContext context =
        new CliContext(
            environment,
            configDirectory,
            new PrintWriter(out, true),
            errWriter,
            Terminal.of(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                errWriter),
            clock,
            () -> machine,
            pause);
    int exitCode = PtkCommand.execute(context, admin, args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** What a run printed and how it ended. */
  public record Run(int exitCode, String out, String err) {

    /** Standard error without the prompts, which a person sees but a script doesn't read. */
    public String errLines() {
      return err.strip();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
