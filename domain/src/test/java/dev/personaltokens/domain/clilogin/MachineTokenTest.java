package dev.personaltokens.domain.clilogin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.token.TokenName;
import org.junit.jupiter.api.Test;

class MachineTokenTest {

  @Test
  void isNamedAfterTheMachine() {
    assertThat(MachineToken.name("alice@laptop").value()).isEqualTo("ptk CLI alice@laptop");
  }

  @Test
  void isCutToATokenNamesLengthWithoutSplittingACharacter() {
    String name = MachineToken.name("😀".repeat(200)).value();
    assertThat(name.codePointCount(0, name.length())).isEqualTo(TokenName.MAX_LENGTH);
    assertThat(name).startsWith("ptk CLI 😀").endsWith("😀");
  }

  @Test
  void blanksOutControlCharacters() {
    assertThat(MachineToken.name("alice\u202E@laptop").value()).isEqualTo("ptk CLI alice?@laptop");
  }
}
