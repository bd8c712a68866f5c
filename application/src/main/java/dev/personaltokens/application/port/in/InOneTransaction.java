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
public @interface InOneTransaction {}
