package dev.personaltokens.domain.sso;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who the identity provider says signed in, from an ID token whose signature, issuer, audience,
 * expiry and nonce were checked.
 *
 * @param subject the provider's {@code sub}: an account is keyed by it, since an email can change
 *     hands
 * @param email the {@code email} claim
 * @param emailVerified whether the provider says the email is its person's ({@code
 *     email_verified}); only then may it link an account that already has that email
 * @param groups the {@code groups} claim, empty without one
 */
public record ProviderIdentity(
    String subject, Email email, boolean emailVerified, Set<String> groups) {

  /** OpenID Connect allows at most 255 ASCII characters. */
  static final int MAX_SUBJECT_LENGTH = 255;

  public ProviderIdentity {
    Objects.requireNonNull(email, "email");
    if (subject == null
        || subject.isBlank()
        || subject.length() > MAX_SUBJECT_LENGTH
        || !subject.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidValueException(
          "oidc.subject.invalid",
          "sub",
          "the provider's sub must be 1 to 255 printable ASCII characters");
    }
    groups = Set.copyOf(groups);
  }

  /**
   * The role {@code adminGroup} gives: admin in the group, member outside it; none to give when no
   * group makes admins, and the roles are the admins' to give.
   */
  public Optional<Role> role(Optional<String> adminGroup) {
    return adminGroup.map(group -> groups.contains(group) ? Role.ADMIN : Role.MEMBER);
  }
}
