package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.account.AccountId;

/**
 * Who asks for a use case: what an audit records and a metric is labelled with. Token use cases
 * take it from their owner; the operator's use cases are given it by the command line.
 */
public sealed interface Actor {

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

  record AccountHolder(AccountId account) implements Actor {}

  record Operator(String name) implements Actor {}

  record Anonymous() implements Actor {}

  record Server() implements Actor {}
}
