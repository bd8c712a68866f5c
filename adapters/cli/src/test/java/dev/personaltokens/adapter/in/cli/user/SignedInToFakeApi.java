package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.TOKEN;

import dev.personaltokens.adapter.in.cli.Cli;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command tests signed in with a token ({@code PTK_TOKEN}) to a stand-in API that each test
 * scripts: a fresh API and config directory per test.
 */
abstract class SignedInToFakeApi {

  @TempDir Path config;
  FakeApi api;
  Cli cli;

  @BeforeEach
  void start() throws IOException {
    api = new FakeApi();
    cli = new Cli(config).env("PTK_SERVER", api.url()).env("PTK_TOKEN", TOKEN);
  }

  @AfterEach
  void stop() {
    api.close();
  }
}
