package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.domain.clilogin.MachineName;
import dev.personaltokens.domain.clilogin.UserCode;
import java.time.Instant;

/** A command-line login waiting for a person's answer, as the console shows it. */
public record CliLoginRequest(UserCode code, MachineName machine, Instant expiresAt) {}
