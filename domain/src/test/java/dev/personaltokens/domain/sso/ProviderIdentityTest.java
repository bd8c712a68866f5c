package dev.personaltokens.domain.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderIdentityTest {

  private static final Email EMAIL = new Email("ada@example.com");

  @ParameterizedTest
  @ValueSource(strings = {"248289761001", "f:8a3c-12:ada", "a"})
  void takesTheProvidersSubject(String subject) {
    assertThat(new ProviderIdentity(subject, EMAIL, true, Set.of()).subject()).isEqualTo(subject);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "with space", "tab\t", "ünicode"})
  void refusesASubjectThatIsNotPrintableAscii(String subject) {
    assertThatThrownBy(() -> new ProviderIdentity(subject, EMAIL, true, Set.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sub");
  }

  @Test
  void refusesASubjectLongerThanOpenIdConnectAllows() {
    assertThat(new ProviderIdentity("s".repeat(255), EMAIL, true, Set.of()).subject()).hasSize(255);
    assertThatThrownBy(() -> new ProviderIdentity("s".repeat(256), EMAIL, true, Set.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theAdminGroupMakesAdminsAndItsAbsenceMembers() {
    ProviderIdentity inGroup =
        new ProviderIdentity("1", EMAIL, true, Set.of("staff", "ptk-admins"));
    ProviderIdentity outside = new ProviderIdentity("2", EMAIL, true, Set.of("staff"));

    assertThat(inGroup.role(Optional.of("ptk-admins"))).contains(Role.ADMIN);
    assertThat(outside.role(Optional.of("ptk-admins"))).contains(Role.MEMBER);
  }

  @Test
  void withoutAnAdminGroupTheProviderGivesNoRole() {
    assertThat(new ProviderIdentity("1", EMAIL, true, Set.of("admins")).role(Optional.empty()))
        .isEmpty();
  }
}
