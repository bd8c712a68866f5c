package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.application.UseCases;

/**
 * The application on one database, for the operator's commands; each use case call is a transaction
 * of its own. The composition root provides it: this adapter knows no database.
 */
public interface AdminUseCases extends AutoCloseable {

  UseCases useCases();

  /** Brings the schema up to date; returns how many migrations were applied. */
  int migrateSchema();

  @Override
  void close();
}
