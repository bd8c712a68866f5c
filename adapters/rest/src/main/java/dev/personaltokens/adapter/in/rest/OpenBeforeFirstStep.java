package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.FirstStep;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link Authenticated} method open to a session that must take one of these {@link FirstStep}s
 * before anything else: the step itself, and what the console and the command line need to say so
 * and to let the person go (who they are, signing out). Every other one answers 409 with the step's
 * code ({@code auth.password.change_required}, {@code auth.two_factor.required}) to such a session.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenBeforeFirstStep {
  FirstStep[] value();
}
