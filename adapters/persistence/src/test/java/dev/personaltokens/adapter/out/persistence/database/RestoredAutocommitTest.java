package dev.personaltokens.adapter.out.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoredAutocommitTest {

  private final List<String> calls = new ArrayList<>();

  /** A Galera node refusing the COMMIT of a transaction another node's commit conflicted with. */
  @Test
  void aCommitTheDatabaseRefusedLeavesTheConnectionInAutocommitAndIsStillThrown() {
    Connection connection = RestoredAutocommit.around(database("commit"));

    assertThatThrownBy(connection::commit)
        .isInstanceOf(SQLTransactionRollbackException.class)
        .hasMessageContaining("Deadlock");
    assertThat(calls).containsExactly("commit", "rollback", "setAutoCommit [true]");
  }

  /** The same conflict reported on the ROLLBACK, when it came while the connection was idle. */
  @Test
  void aRollbackTheDatabaseRefusedLeavesItInAutocommitToo() {
    Connection connection = RestoredAutocommit.around(database("rollback"));

    assertThatThrownBy(connection::rollback).isInstanceOf(SQLTransactionRollbackException.class);
    assertThat(calls).endsWith("setAutoCommit [true]");
  }

  @Test
  void aCommitThatWorkedIsLeftToThePool() throws Exception {
    Connection connection = RestoredAutocommit.around(database("nothing"));

    connection.commit();

    assertThat(calls).containsExactly("commit");
    assertThat(connection).isEqualTo(connection).isNotEqualTo(database("nothing"));
  }

  /** A connection whose {@code refused} method (once) fails as a Galera conflict; calls noted. */
  private Connection database(String refused) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("hashCode")) {
                return 0;
              }
              if (method.getName().equals("equals")) {
                return false;
              }
              calls.add(method.getName() + (args == null ? "" : " " + List.of(args)));
              if (method.getName().equals(refused) && calls.size() == 1) {
                throw new SQLTransactionRollbackException(
                    "Deadlock found when trying to get lock", "40001", 1213);
              }
              return null;
            });
  }
}
