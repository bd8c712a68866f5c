package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.application.port.in.ReadsOnly;

/** Tells who presents a personal or session token, or throws {@link AuthenticationException}. */
@ReadsOnly
public interface AuthenticateUseCase {

  Principal authenticate(String presentedSecret);
}
