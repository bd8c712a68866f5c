package dev.personaltokens.adapter.in.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli;
import dev.personaltokens.application.fakes.InMemoryApplication;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands' tests: {@code ptk admin} on the use cases over in-memory fakes. */
abstract class OnInMemoryAdmin {

  @TempDir Path config;
  final InMemoryApplication app = new InMemoryApplication();
  final InMemoryAdmin admin = new InMemoryAdmin(app);
  Cli cli;

  @BeforeEach
  void connectToTheFakes() {
    cli = new Cli(config);
    cli.admin(admin);
  }

  /** What {@code pattern}'s first group found in {@code text}, a command's output. */
  static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group(1);
  }
}
