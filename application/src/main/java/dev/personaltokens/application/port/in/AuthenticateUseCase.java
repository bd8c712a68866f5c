package dev.personaltokens.application.port.in;

/** Tells who presents a personal or session token, or throws {@link AuthenticationException}. */
@ReadsOnly
public interface AuthenticateUseCase {

  Principal authenticate(String presentedSecret);
}
