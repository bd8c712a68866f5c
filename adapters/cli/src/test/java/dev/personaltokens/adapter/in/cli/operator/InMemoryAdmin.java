package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's commands connected to the in-memory application: it records where they connected
 * and whether they closed, and migrates as many times as a test says.
 */
final class InMemoryAdmin implements AdminConnector {

  final InMemoryApplication app;
  final List<DatabaseAddress> connections = new ArrayList<>();
  final List<Policies> policies = new ArrayList<>();
  int migrations;
  boolean closed;

  InMemoryAdmin(InMemoryApplication app) {
    this.app = app;
  }

  @Override
  public AdminUseCases connect(DatabaseAddress address, Policies obeyed) {
    connections.add(address);
    policies.add(obeyed);
    return new AdminUseCases() {
      @Override
      public UseCases useCases() {
        return app.useCases();
      }

      @Override
      public int migrateSchema() {
        return migrations;
      }

      @Override
      public void close() {
        closed = true;
      }
    };
  }
}
