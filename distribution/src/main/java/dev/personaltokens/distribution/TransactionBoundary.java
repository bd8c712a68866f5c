package dev.personaltokens.distribution;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Where transactions begin and end: around one use case call. The core stays free of annotations; a
 * runtime exception rolls the transaction back.
 */
@ApplicationScoped
public class TransactionBoundary implements UseCaseDecorator {

  @Override
  @Transactional
  public <T> T around(UseCaseCall call, Supplier<T> work) {
    return work.get();
  }
}
