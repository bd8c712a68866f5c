package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.Cli;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command tests that sign in, not signed in yet, to a stand-in API ({@code PTK_SERVER}) that each
 * test scripts: a fresh API and home per test, the config where ptk keeps it in that home.
 */
abstract class SigningInToFakeApi {

  @TempDir Path home;
  Path config;
  FakeApi api;
  Cli cli;

  @BeforeEach
  void start() throws IOException {
    api = new FakeApi();
    config = home.resolve(".config/ptk");
    cli = new Cli(config).env("PTK_SERVER", api.url());
  }

  @AfterEach
  void stop() {
    api.close();
  }
}
