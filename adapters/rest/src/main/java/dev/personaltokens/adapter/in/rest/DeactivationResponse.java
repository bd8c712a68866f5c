package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.people.Deactivation;

/**
 * A deactivated person, and what the deactivation ended (nothing, if it was deactivated already).
 */
public record DeactivationResponse(PersonResponse person, int tokensRevoked, int sessionsEnded) {

  static DeactivationResponse from(Deactivation done) {
    return new DeactivationResponse(
        PersonResponse.from(done.account()), done.tokensRevoked(), done.sessionsEnded());
  }
}
