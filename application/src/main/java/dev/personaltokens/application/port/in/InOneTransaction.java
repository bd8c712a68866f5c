package dev.personaltokens.application.port.in;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case whose whole call is one transaction: what it writes commits together, or none of
 * it does. Every use case says how it runs - this, {@link ReadsOnly} or {@link OwnTransactions} -
 * on its own interface, once ({@code UseCasesTest} checks them all).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InOneTransaction {

  /**
   * Whether the call may run again after a COMMIT whose outcome is unknown (the connection broke
   * during it): only where running it again after a commit that did take effect finds what that
   * commit made and changes nothing more. A call the database rolled back for sure runs again
   * either way.
   */
  boolean idempotent() default false;
}
