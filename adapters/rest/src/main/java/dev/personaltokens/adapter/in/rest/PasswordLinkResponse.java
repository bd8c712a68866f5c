package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.people.IssuedPasswordLink;

/**
 * A person with the one-time link just made for them: {@code password_link} is there only when it
 * was not mailed, for the admin to hand over - this once; it is stored nowhere.
 */
public record PasswordLinkResponse(
    PersonResponse person, String passwordLink, boolean passwordLinkMailed, String expiresAt) {

  static PasswordLinkResponse from(IssuedPasswordLink link) {
    return new PasswordLinkResponse(
        PersonResponse.from(link.account()),
        link.mailed() ? null : link.url(),
        link.mailed(),
        Timestamps.format(link.expires()));
  }
}
