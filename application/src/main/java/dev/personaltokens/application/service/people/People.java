package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.account.AccountNotFoundException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import java.util.List;

/** The rules the admins' changes to people share. */
final class People {

  private People() {}

  static Account find(Accounts accounts, AccountId id) {
    return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
  }

  /**
   * Refuses a change that would leave no active admin but {@code leaving}; the admins stay locked
   * until the change commits, so two such changes at once can't both pass.
   */
  static void requireAnotherAdmin(Accounts accounts, AccountId leaving) {
    List<AccountId> admins = accounts.lockActiveAdmins();
    if (admins.stream().noneMatch(admin -> !admin.equals(leaving))) {
      throw new DomainException(
          ErrorCategory.CONFLICT,
          "account.last_admin",
          "this is the last active admin; make another account an admin first");
    }
  }

  static DomainException ownAccount(String what) {
    return new DomainException(
        ErrorCategory.CONFLICT,
        "account.own",
        "you can't " + what + " your own account; another admin can");
  }

  static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
