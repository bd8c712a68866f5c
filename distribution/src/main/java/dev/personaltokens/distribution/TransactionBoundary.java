package dev.personaltokens.distribution;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.port.in.AuthenticationException;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.in.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Where transactions begin and end: around one use case call. The core stays free of annotations; a
 * runtime exception rolls the transaction back - except a refused authentication, which changes
 * nothing but the security log's entry of a wrong password, and that entry must stay.
 *
 * <p>A use case that only reads ({@link ReadsOnly}: the verifications) runs without a transaction:
 * on a request the node cache answers, it then costs nothing here.
 *
 * <p>A call that fails because the database can't be reached - on the way, or at the commit - is
 * {@link UnavailableException} (503 with Retry-After), whatever the use case: the failure is caught
 * outside the transaction, so a commit that did not happen is never answered as a success.
 */
@ApplicationScoped
public class TransactionBoundary implements UseCaseDecorator {

  /** Whether a use case is {@link ReadsOnly}, looked up once per use case. */
  private static final ClassValue<Boolean> READS_ONLY =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> useCase) {
          return useCase.isAnnotationPresent(ReadsOnly.class);
        }
      };

  @Inject Transaction transaction;

  @Override
  public <T> T around(UseCaseCall call, Supplier<T> work) {
    try {
      return READS_ONLY.get(call.useCase()) ? work.get() : transaction.run(work);
    } catch (RuntimeException failure) {
      if (DatabaseOutage.isCauseOf(failure)) {
        DatabaseOutage.note(failure);
        throw new UnavailableException();
      }
      throw failure;
    }
  }

  /** A bean of its own: the interceptor applies to calls from outside the bean only. */
  @ApplicationScoped
  static class Transaction {

    @Transactional(dontRollbackOn = AuthenticationException.class)
    <T> T run(Supplier<T> work) {
      return work.get();
    }
  }
}
