package dev.personaltokens.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void controlCharactersBecomeQuestionMarksAndTheRestIsKept() {
    Origin origin = new Origin(" 192.0.2.1 ", "curl/8\r\nX-Evil: 1\u0000\u007f \u0085 caf\u00e9");

    assertThat(origin.address()).isEqualTo("192.0.2.1");
    // What \p{Cntrl} names (C0 and DEL) is replaced; C1 characters such as U+0085 are kept.
    assertThat(origin.userAgent()).isEqualTo("curl/8??X-Evil: 1?? \u0085 caf\u00e9");
  }

  @Test
  void aLongValueIsCutAndABlankOneIsNone() {
    Origin origin = new Origin("a".repeat(100), "b".repeat(300));

    assertThat(origin.address()).hasSize(Origin.MAX_ADDRESS_LENGTH);
    assertThat(origin.userAgent()).hasSize(Origin.MAX_USER_AGENT_LENGTH);
    assertThat(new Origin(" ", "\t").address()).isNull();
    assertThat(new Origin(" ", "\t").userAgent()).isNull();
    assertThat(new Origin(null, null)).isEqualTo(Origin.NONE);
  }
}
