package dev.personaltokens.adapter.in.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link Authenticated} method open to a session whose password must be changed first: what the
 * console and the command line need to say so and to let the person go (who they are, signing out).
 * Every other one answers 409 {@code auth.password.change_required} to such a session.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforePasswordChange {}
