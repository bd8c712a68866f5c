package dev.personaltokens.adapter.in.cli.common;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Where answers to questions come from: the console when there is one, so that secrets are not
 * echoed; otherwise lines of standard input, so that scripts and tests can feed them.
 */
public interface Terminal {

  /** A line typed after {@code prompt}; null at the end of the input. */
  String readLine(String prompt);

  /** The same, not echoed; null at the end of the input. */
  String readSecret(String prompt);

  /** Whether a person types the answers, who can be asked to repeat a new password. */
  boolean interactive();

  /** The console if there is one, else standard input, with prompts on standard error. */
  public static Terminal system(PrintWriter prompts) {
    Console console = System.console();
    return console != null
        ? new ConsoleTerminal(console)
        : new StreamTerminal(System.in, Charset.defaultCharset(), prompts);
  }

  /** Lines of {@code input}, prompts written to {@code prompts}: for scripts and tests. */
  public static Terminal of(InputStream input, Charset charset, PrintWriter prompts) {
    return new StreamTerminal(input, charset, prompts);
  }

  /** A console: a person typing, secrets not echoed. */
  record ConsoleTerminal(Console console) implements Terminal {

    @Override
    public String readLine(String prompt) {
      return console.readLine("%s", prompt);
    }

    @Override
    public String readSecret(String prompt) {
      char[] secret = console.readPassword("%s", prompt);
      return secret == null ? null : new String(secret);
    }

    @Override
    public boolean interactive() {
      return true;
    }
  }

  /** Lines of a stream; one reader for all questions, so that no line is lost in a buffer. */
  final class StreamTerminal implements Terminal {

    private final BufferedReader reader;
    private final PrintWriter prompts;

    StreamTerminal(InputStream input, Charset charset, PrintWriter prompts) {
      this.reader = new BufferedReader(new InputStreamReader(input, charset));
      this.prompts = prompts;
    }

    @Override
    public String readLine(String prompt) {
      prompts.print(prompt);
      prompts.flush();
      try {
        String line = reader.readLine();
        // What was read is not echoed: end the prompt's line so that what follows starts afresh.
        prompts.println();
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String readSecret(String prompt) {
      return readLine(prompt);
    }

    @Override
    public boolean interactive() {
      return false;
    }
  }
}
