package dev.personaltokens.application.port.in.client;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.client.ServiceClientId;

/** No registered service with this id: never registered, or deleted. */
public final class ServiceClientNotFoundException extends DomainException {

  public ServiceClientNotFoundException(ServiceClientId id) {
    super(ErrorCategory.NOT_FOUND, "client.not_found", "no service client " + id);
  }
}
