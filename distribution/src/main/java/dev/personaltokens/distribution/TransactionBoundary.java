package dev.personaltokens.distribution;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.port.in.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Where transactions begin and end: around one use case call. The core stays free of annotations; a
 * runtime exception rolls the transaction back - except a refused authentication, which changes
 * nothing but the security log's entry of a wrong password, and that entry must stay.
 */
@ApplicationScoped
public class TransactionBoundary implements UseCaseDecorator {

  @Override
  @Transactional(dontRollbackOn = AuthenticationException.class)
  public <T> T around(UseCaseCall call, Supplier<T> work) {
    return work.get();
  }
}
