package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.audit.Origin;

/**
 * Where the request being served comes from, for the security log and for the address a token was
 * last used from. Work that no client asked for has {@link Origin#NONE}.
 */
public interface Origins {

  Origin current();
}
