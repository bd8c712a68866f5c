package dev.personaltokens.adapter.in.cli;

import dev.personaltokens.application.port.in.CreateAccountUseCase;
import dev.personaltokens.application.port.in.PurgeExpiredTokensUseCase;
import dev.personaltokens.application.port.in.ResetPasswordUseCase;

/**
 * What the operator's commands need from the application, on one database; each use case call is a
 * transaction of its own. The composition root provides it: this adapter knows no database.
 */
public interface AdminUseCases extends AutoCloseable {

  CreateAccountUseCase createAccount();

  ResetPasswordUseCase resetPassword();

  PurgeExpiredTokensUseCase purgeExpiredTokens();

  /** Brings the schema up to date; returns how many migrations were applied. */
  int migrateSchema();

  @Override
  void close();
}
