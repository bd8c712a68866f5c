package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.verification.Principal;
import jakarta.ws.rs.core.SecurityContext;

/** The authenticated caller, as JAX-RS's security context carries it. */
record CallerPrincipal(Principal principal, String presentedSecret, boolean secure)
    implements java.security.Principal, SecurityContext {

  /**
   * The caller of the request this thread serves, as {@link AuthenticationFilter} let it in; {@link
   * RequestFilters} forgets it when the request ends.
   */
  private static final ThreadLocal<CallerPrincipal> CURRENT = new ThreadLocal<>();

  /** The caller of an {@link Authenticated} resource; the filter has made sure there is one. */
  static CallerPrincipal of(SecurityContext context) {
    return (CallerPrincipal) context.getUserPrincipal();
  }

  /**
   * The same, without the request: for the call made most, where Jersey's resolving of a context
   * parameter cost more than the rest of the method (see {@code UserResource}).
   */
  static CallerPrincipal current() {
    CallerPrincipal caller = CURRENT.get();
    if (caller == null) {
      throw new IllegalStateException("no caller was let in on this thread");
    }
    return caller;
  }

  /** Notes {@code caller} as the current request's; {@link AuthenticationFilter}'s. */
  static void letIn(CallerPrincipal caller) {
    CURRENT.set(caller);
  }

  /** Forgets the current request's caller, as its handling ends. */
  static void forget() {
    CURRENT.remove();
  }

  /** The caller as the use cases' actor: the account it signed in as. */
  static Actor actor(SecurityContext context) {
    return Actor.of(of(context).principal().account());
  }

  @Override
  public String getName() {
    return principal.account().toString();
  }

  @Override
  public java.security.Principal getUserPrincipal() {
    return this;
  }

  @Override
  public boolean isUserInRole(String role) {
    return false;
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Token";
  }

  @Override
  public String toString() {
    return "CallerPrincipal[" + principal + "]";
  }
}
