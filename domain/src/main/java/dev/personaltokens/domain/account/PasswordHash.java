package dev.personaltokens.domain.account;

/** A password in the form the password hasher stores it; opaque to everything else. */
public record PasswordHash(String encoded) {

  /**
   * No password yet: an account an admin created, until its person sets one through the link. No
   * hasher's output looks like it, so no password matches it.
   */
  public static final PasswordHash NONE = new PasswordHash("none");

  @Override
  public String toString() {
    return "PasswordHash[...]";
  }
}
