package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.account.AccountId;

/**
 * Who asks for a use case: what an audit records and a metric is labelled with. Token use cases
 * take it from their owner; the operator's use cases are given it by the command line.
 */
public sealed interface Actor {

  /** Who it is, as the security log says it: {@code operator root@host}, {@code account 7}. */
  String describe();

  /** Nobody known yet: signing in, authenticating, signing out with a cookie. */
  Actor ANONYMOUS = new Anonymous();

  /** The server itself, on its own initiative: the first account on the first start. */
  Actor SERVER = new Server();

  static Actor of(AccountId account) {
    return new AccountHolder(account);
  }

  /** The operator at the command line, named by the operating system's user. */
  static Actor operator(String name) {
    return new Operator(name);
  }

  /** An identity provider's SCIM client, named by the SCIM token it presented. */
  static Actor provisioner(String tokenName) {
    return new Provisioner(tokenName);
  }

  record AccountHolder(AccountId account) implements Actor {
    @Override
    public String describe() {
      return "account " + account;
    }
  }

  /** The operator, by the name the command line gives ({@code user@host} of the shell). */
  record Operator(String name) implements Actor {
    @Override
    public String describe() {
      return "operator " + name;
    }
  }

  /** An identity provider provisioning people through SCIM, by its token's name. */
  record Provisioner(String tokenName) implements Actor {
    @Override
    public String describe() {
      return "SCIM (" + tokenName + ")";
    }
  }

  record Anonymous() implements Actor {
    @Override
    public String describe() {
      return "someone not signed in";
    }
  }

  record Server() implements Actor {
    @Override
    public String describe() {
      return "the server";
    }
  }
}
