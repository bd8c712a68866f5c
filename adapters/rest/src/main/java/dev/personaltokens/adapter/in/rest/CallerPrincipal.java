package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.verification.Principal;
import jakarta.ws.rs.core.SecurityContext;

/** The authenticated caller, as JAX-RS's security context carries it. */
record CallerPrincipal(Principal principal, String presentedSecret, boolean secure)
    implements java.security.Principal, SecurityContext {

  /** The caller of an {@link Authenticated} resource; the filter has made sure there is one. */
  static CallerPrincipal of(SecurityContext context) {
    return (CallerPrincipal) context.getUserPrincipal();
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
