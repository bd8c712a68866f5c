package dev.personaltokens.application.port.in;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case that does slow work no database connection may wait on - a password hash: the
 * transaction boundary starts no transaction around it, and its service runs each of its writes in
 * a short transaction of its own, so that a burst of sign-ins can't drain the connection pool.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnTransactions {}
