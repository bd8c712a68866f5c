package dev.personaltokens.adapter.in.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the login is kept: the XDG base directory spec. */
class CliContextTest {

  @Test
  void livesInXdgConfigHomeWhenSet() {
    assertThat(CliContext.defaultConfigDirectory(Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/alice"))
        .isEqualTo(Path.of("/xdg/ptk"));
  }

  @Test
  void livesInDotConfigOtherwise() {
    assertThat(CliContext.defaultConfigDirectory(Map.of(), "/home/alice"))
        .isEqualTo(Path.of("/home/alice/.config/ptk"));
    assertThat(CliContext.defaultConfigDirectory(Map.of("XDG_CONFIG_HOME", ""), "/home/alice"))
        .isEqualTo(Path.of("/home/alice/.config/ptk"));
  }

  @Test
  void ignoresARelativeXdgConfigHomeAsTheSpecSays() {
    assertThat(CliContext.defaultConfigDirectory(Map.of("XDG_CONFIG_HOME", "conf"), "/home/alice"))
        .isEqualTo(Path.of("/home/alice/.config/ptk"));
  }
}
