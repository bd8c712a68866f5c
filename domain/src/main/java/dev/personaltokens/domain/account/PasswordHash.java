package dev.personaltokens.domain.account;

/** A password in the form the password hasher stores it; opaque to everything else. */
public record PasswordHash(String encoded) {

  @Override
  public String toString() {
    return "PasswordHash[...]";
  }
}
