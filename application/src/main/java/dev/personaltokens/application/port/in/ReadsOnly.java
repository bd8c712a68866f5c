package dev.personaltokens.application.port.in;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case that never writes to the database: the verifications and who am I, on every
 * request's path. The transaction boundary runs it without a transaction (each read sees what is
 * committed), so that a request answered from the node cache costs no transaction at all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsOnly {}
