package dev.personaltokens.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.Policies;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PtkSettingsTest {

  @Test
  void theDefaultsAreWhatTheCodeShipsWith() {
    assertThat(new PtkSettings(Map.of()).policies()).isEqualTo(Policies.DEFAULT);
  }

  @Test
  void theEnvironmentOverridesADefaultAndABlankValueCountsAsUnset() {
    PtkSettings settings =
        new PtkSettings(Map.of("PTK_AUDIT_RETENTION", "P1D", "PTK_SESSION_LIFETIME", " "));

    assertThat(settings.policies().auditRetention()).isEqualTo(Duration.ofDays(1));
    assertThat(settings.policies().sessionLifetime()).isEqualTo(Duration.ofHours(24));
    assertThat(settings.optional("PTK_SMTP_HOST")).isEmpty();
    assertThat(settings.isSet("PTK_AUDIT_RETENTION")).isTrue();
    assertThat(settings.isSet("DB_URL")).isFalse();
    assertThat(settings.text("DB_URL")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/ptk");
  }

  @Test
  void theConsoleUrlEndsWithASlash() {
    assertThat(
            new PtkSettings(Map.of("PTK_PUBLIC_URL", "https://tokens.example.com"))
                .policies()
                .consoleUrl())
        .isEqualTo("https://tokens.example.com/");
  }

  @Test
  void unsetTheConsoleUrlIsLocalhostOnThePortRunServesOn() {
    assertThat(new PtkSettings(Map.of()).policies().consoleUrl())
        .isEqualTo("http://localhost:8080/");
    assertThat(new PtkSettings(Map.of("PTK_PORT", "9090")).policies().consoleUrl())
        .isEqualTo("http://localhost:9090/");
    assertThat(
            new PtkSettings(Map.of("PTK_PORT", "9090", "PTK_PUBLIC_URL", "https://t.example.com/"))
                .policies()
                .consoleUrl())
        .isEqualTo("https://t.example.com/");
  }

  @Test
  void aValueThatCantBeReadIsRefusedNamingIt() {
    assertThatThrownBy(() -> new PtkSettings(Map.of("PTK_AUDIT_RETENTION", "400d")).policies())
        .isInstanceOf(PtkSettings.SettingException.class)
        .hasMessage(
            "PTK_AUDIT_RETENTION must be an ISO-8601 duration such as P400D or PT24H, not 400d");
    assertThatThrownBy(() -> new PtkSettings(Map.of("PTK_PORT", "http")).number("PTK_PORT"))
        .hasMessage("PTK_PORT must be a whole number, not http");
    assertThatThrownBy(() -> new PtkSettings(Map.of("X", "maybe")).flag("X"))
        .hasMessage("X must be true or false, not maybe");
    assertThatThrownBy(() -> new PtkSettings(Map.of()).text("PTK_NOT_A_SETTING"))
        .hasMessage("PTK_NOT_A_SETTING is not set");
    assertThatThrownBy(() -> new PtkSettings(Map.of("PTK_SESSION_LIFETIME", "PT0S")).policies())
        .hasMessageContaining("longer than nothing");
  }
}
