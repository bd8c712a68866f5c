package dev.personaltokens.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The passwords found most often in leaks (common-passwords.txt beside this class; its source and
 * licence in common-passwords.NOTICE): the first ones a guesser tries, whatever their length.
 * Compared without regard to case, since guessers try every case of them too. Read once, when a
 * person first chooses a password.
 */
final class CommonPasswords {

  private static final String LIST = "common-passwords.txt";

  private CommonPasswords() {}

  static boolean contains(String password) {
    return Loaded.WORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  /** Loaded on first use only: the server and the command line that never need it skip it. */
  private static final class Loaded {
    static final Set<String> WORDS = load();
  }

  private static Set<String> load() {
    try (InputStream in =
            Objects.requireNonNull(
                CommonPasswords.class.getResourceAsStream(LIST), LIST + " is missing");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Set<String> words = new HashSet<>(65_536);
      reader.lines().map(word -> word.toLowerCase(Locale.ROOT)).forEach(words::add);
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
