package dev.personaltokens.adapter.in.cli.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.adapter.in.cli.common.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  @TempDir Path home;

  @Test
  void keepsWhatItSaves() {
    ConfigFile config = new ConfigFile(home.resolve("ptk"));
    StoredLogin login =
        new StoredLogin(
            "http://localhost:8080",
            Tokens.TOKEN,
            Tokens.ID,
            "alice@example.com",
            Instant.parse("2026-07-01T12:00:00Z"));

    config.save(login);

    assertThat(config.load()).contains(login);
  }

  @Test
  void makesAnExistingDirectoryOwnerOnly() throws IOException {
    Path directory = Files.createDirectories(home.resolve("ptk"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));

    new ConfigFile(directory)
        .save(new StoredLogin("http://localhost:8080", Tokens.TOKEN, null, "a@b.c", null));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
        .isEqualTo("rwx------");
    assertThat(Files.list(directory)).containsExactly(directory.resolve("config.json"));
  }

  @Test
  void damagedFileSaysWhatToDo() throws IOException {
    Path directory = Files.createDirectories(home.resolve("ptk"));
    Files.writeString(directory.resolve("config.json"), "{not json");

    assertThatThrownBy(() -> new ConfigFile(directory).load())
        .isInstanceOf(CliException.class)
        .hasMessageContaining("is damaged; delete it");
  }

  @Test
  void forgetsTheLogin() {
    ConfigFile config = new ConfigFile(home.resolve("ptk"));
    config.save(new StoredLogin("http://localhost:8080", Tokens.TOKEN, null, "a@b.c", null));

    assertThat(config.delete()).isTrue();
    assertThat(config.load()).isEmpty();
    assertThat(config.delete()).isFalse();
  }

  @Test
  void neverShowsTheTokenInItsDescription() {
    assertThat(new StoredLogin("http://x", Tokens.TOKEN, null, "a@b.c", null).toString())
        .doesNotContain(Tokens.TOKEN);
  }
}
