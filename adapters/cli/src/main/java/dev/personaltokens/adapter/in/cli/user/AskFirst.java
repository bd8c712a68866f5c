package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.Terminal;
import dev.personaltokens.domain.Text;
import picocli.CommandLine.Option;

/**
 * {@code --yes}, and the question it skips: what can't be undone is done only once the person typed
 * what the question names, so that a slip of the finger or a wrong id costs nothing.
 */
final class AskFirst {

  @Option(
      names = {"-y", "--yes"},
      description = "Don't ask: for scripts")
  boolean yes;

  /**
   * Asks {@code question} unless --yes; anything but {@code expected} stops the command before it
   * would {@code verb} ("delete"), saying it was not {@code done} ("deleted").
   */
  void ask(Terminal terminal, String question, String expected, String verb, String done) {
    if (yes) {
      return;
    }
    String answer = terminal.readLine(question);
    if (answer == null) {
      throw CliException.failed(
          "not " + done + ": nothing was typed (use --yes to " + verb + " without the question)");
    }
    if (!answer.strip().equals(expected)) {
      throw CliException.failed(
          "not "
              + done
              + ": you typed '"
              + Text.printable(answer.strip())
              + "', not '"
              + Text.printable(expected)
              + "'");
    }
  }
}
