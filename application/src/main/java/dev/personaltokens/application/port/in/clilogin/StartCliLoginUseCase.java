package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.clilogin.MachineName;

/**
 * Begins a command-line login in the browser (RFC 8628's device authorization, our way): a code for
 * the person to approve in the console and a handle for the command line to poll with, both good
 * for ten minutes, kept where every node sees them. Nothing is written to the database.
 */
@ReadsOnly
public interface StartCliLoginUseCase {

  CliLoginStarted start(MachineName machine);
}
