package dev.personaltokens.systemtests;

import dev.personaltokens.adapter.in.cli.Cli;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.PtkCommand;
import dev.personaltokens.cli.StandaloneAdmin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs {@code ptk} against the server under test: in-process through {@link PtkCommand}, with its
 * own environment, input and config directory, or as the shaded jar in a process of its own. The
 * admin commands reach the test database through the production composition root.
 */
final class Ptk {

  final Path home;
  final Map<String, String> environment = new HashMap<>();

  Ptk(String server, Path home) {
    this.home = home;
    environment.put("PTK_SERVER", server);
    environment.put("DB_URL", TestDatabase.URL);
    environment.put("DB_USER", TestDatabase.USER);
    environment.put("DB_PASSWORD", TestDatabase.PASSWORD);
  }

  Path configDirectory() {
    return home.resolve(".config/ptk");
  }

  Ptk env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Run run(String... args) {
    return inProcess().run(args);
  }

  /** In-process, {@code input} typed line by line. */
  Run runWithInput(String input, String... args) {
    return harvested(input, inProcess().runWithInput(input, args));
  }

  /** What was typed (passwords) and printed (keys) is checked against the security log. */
  private static Run harvested(String input, Run run) {
    // Each line typed: an email (logged, rightly, as the recipient of a notice) or a password.
    input.lines().filter(line -> !line.contains("@")).forEach(NoSecretInTheSecurityLog::password);
    NoSecretInTheSecurityLog.harvest(run.out() + run.err());
    return run;
  }

  private Cli inProcess() {
    Cli cli =
        new Cli(configDirectory())
            .on(Clock.systemUTC(), "tester@it-host", StandaloneAdmin::connect);
    environment.forEach(cli::env);
    return cli;
  }

  /** The shaded jar, {@code java -jar target/ptk.jar}, {@code input} on its standard input. */
  Run jar(String input, String... args) throws IOException, InterruptedException {
    return jarAnswering(printed -> Optional.of(input), args);
  }

  /**
   * The shaded jar, its standard input typed once {@code reply} can tell what from what the jar
   * printed so far - a code of a key it prints, say - or nothing if it never can.
   */
  Run jarAnswering(Function<String, Optional<String>> reply, String... args)
      throws IOException, InterruptedException {
    return jarAnswering("", reply, args);
  }

  /**
   * The same, with {@code first} typed at once - the email and password a prompt asks for before
   * the jar prints what {@code reply} needs.
   */
  Run jarAnswering(String first, Function<String, Optional<String>> reply, String... args)
      throws IOException, InterruptedException {
    Running running = jarRunning(args);
    String input;
    try (var stdin = running.process.getOutputStream()) {
      stdin.write(first.getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      input =
          first
              + Eventually.until(() -> reply.apply(running.out()), Optional::isPresent).orElse("");
      stdin.write(input.substring(first.length()).getBytes(StandardCharsets.UTF_8));
    }
    return harvested(input, running.finish());
  }

  /**
   * The shaded jar, started and left running: what it printed so far, while a test does what the
   * person would (approve a login in the browser), then its end.
   */
  Running jarRunning(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(TestJvm.OPTIONS);
    command.addAll(List.of("-jar", System.getProperty("ptk.jar")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("PTK_TOKEN");
    builder.environment().putAll(environment);
    builder.environment().put("HOME", home.toString());
    builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    Path out = home.resolve("stdout.txt");
    Path err = home.resolve("stderr.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    return new Running(builder.start(), out, err, String.join(" ", args));
  }

  /** The jar, running. */
  record Running(Process process, Path stdout, Path stderr, String args) {

    /** What it printed on its standard output so far. */
    String out() throws IOException {
      return Files.readString(stdout);
    }

    /** Its end, within a minute and a half (a login polls every five seconds or more). */
    Run finish() throws IOException, InterruptedException {
      process.getOutputStream().close();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("ptk " + args + " did not end");
      }
      Run run = new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
      NoSecretInTheSecurityLog.harvest(run.out() + run.err());
      return run;
    }
  }
}
