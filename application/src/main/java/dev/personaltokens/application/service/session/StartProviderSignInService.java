package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.session.ProviderRedirect;
import dev.personaltokens.application.port.in.session.StartProviderSignInUseCase;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.application.port.out.IdentityProvider.AuthorizationRequest;
import dev.personaltokens.application.port.out.SharedState;

public final class StartProviderSignInService implements StartProviderSignInUseCase {

  private final IdentityProvider provider;
  private final PendingSignIns pending;

  public StartProviderSignInService(IdentityProvider provider, SharedState shared) {
    this.provider = provider;
    this.pending = new PendingSignIns(shared);
  }

  @Override
  public ProviderRedirect start() {
    AuthorizationRequest request = provider.authorization();
    pending.keep(request);
    return new ProviderRedirect(request.location(), request.state());
  }
}
