package dev.personaltokens.application;

import java.util.function.Supplier;

/**
 * What wraps every use case call, applied in one place ({@link UseCases#wire}, outside the node
 * cache's boundary): the transaction boundary, and whatever else must see every call (metrics).
 * Several are put in order with {@link #then}.
 */
public interface UseCaseDecorator {

  /** Runs nothing around the call: for fakes that need no transaction. */
  UseCaseDecorator NONE =
      new UseCaseDecorator() {
        @Override
        public <T> T around(UseCaseCall call, Supplier<T> work) {
          return work.get();
        }
      };

  /** Runs {@code work}, the use case itself, and returns its result or throws its failure. */
  <T> T around(UseCaseCall call, Supplier<T> work);

  /** This decorator around {@code inner}: the chain reads outermost first. */
  default UseCaseDecorator then(UseCaseDecorator inner) {
    UseCaseDecorator outer = this;
    return new UseCaseDecorator() {
      @Override
      public <T> T around(UseCaseCall call, Supplier<T> work) {
        return outer.around(call, () -> inner.around(call, work));
      }
    };
  }
}
