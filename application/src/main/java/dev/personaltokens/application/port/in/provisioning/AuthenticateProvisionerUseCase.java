package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;

/**
 * Who calls SCIM: the provisioner whose SCIM token {@code presentedSecret} is. Any other secret - a
 * personal or session token too - is refused with {@code AuthenticationException}.
 */
@ReadsOnly
public interface AuthenticateProvisionerUseCase {

  Actor authenticate(String presentedSecret);
}
