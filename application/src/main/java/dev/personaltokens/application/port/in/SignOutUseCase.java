package dev.personaltokens.application.port.in;

/** Ends the session whose secret is presented; a personal token is left alone. */
public interface SignOutUseCase {

  void signOut(String presentedSecret);
}
