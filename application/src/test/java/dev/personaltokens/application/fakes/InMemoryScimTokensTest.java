package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.application.port.out.ScimTokensContract;

public class InMemoryScimTokensTest extends ScimTokensContract {

  private final InMemoryScimTokens tokens = new InMemoryScimTokens();

  @Override
  protected ScimTokens tokens() {
    return tokens;
  }
}
