package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import java.util.Optional;

/** The person of exactly this email, for an admin or a provisioner. */
@ReadsOnly
public interface FindPersonUseCase {

  Optional<Account> find(Actor admin, Email email);
}
