package dev.personaltokens.application;

import dev.personaltokens.application.port.in.Actor;

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
}
