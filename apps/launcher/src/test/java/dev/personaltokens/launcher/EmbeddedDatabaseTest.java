package dev.personaltokens.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.out.persistence.database.UnixSocketFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

  @Test
  void theServerReachesTheEmbeddedDatabaseThroughThePersistenceAdaptersSocketFactory() {
    assertThat(EmbeddedDatabase.SOCKET_FACTORY).isEqualTo(UnixSocketFactory.class.getName());
    assertThat(EmbeddedDatabase.SOCKET_OPTION).isEqualTo(UnixSocketFactory.OPTION);
    assertThat(EmbeddedDatabase.jdbcUrl(Path.of("/data/mariadb.sock")))
        .isEqualTo(
            "jdbc:mariadb://localhost/ptk?createDatabaseIfNotExist=true&socketFactory="
                + UnixSocketFactory.class.getName()
                + "&unixSocket=/data/mariadb.sock");
  }
}
