package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.domain.clilogin.UserCode;
import dev.personaltokens.domain.token.TokenSecret;
import java.net.URI;
import java.time.Duration;

/**
 * A command-line login begun: the {@code code} the person approves at {@code verificationUri} (the
 * console's page, the code in it), and the {@code handle} the command line polls with, no more
 * often than every {@code interval}, until {@code expiresIn} has passed. Only the handle's digest
 * is kept.
 */
public record CliLoginStarted(
    UserCode code,
    TokenSecret handle,
    URI verificationUri,
    Duration interval,
    Duration expiresIn) {}
