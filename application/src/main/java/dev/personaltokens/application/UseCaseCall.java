package dev.personaltokens.application;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.OwnTransactions;

/**
 * One call of a use case, as a {@link UseCaseDecorator} sees it.
 *
 * @param useCase the use case's interface, such as {@code CreatePersonalTokenUseCase}
 * @param actor who called it
 */
public record UseCaseCall(Class<?> useCase, Actor actor) {

  /** The use case's name without the suffix: {@code CreatePersonalToken}. */
  public String name() {
    return useCase.getSimpleName().replaceFirst("UseCase$", "");
  }

  /**
   * Whether the use case runs its steps in transactions of their own ({@link OwnTransactions}):
   * then no transaction may be around the whole, which does slow work (a password hash).
   */
  public boolean ownsTransactions() {
    return useCase.isAnnotationPresent(OwnTransactions.class);
  }
}
