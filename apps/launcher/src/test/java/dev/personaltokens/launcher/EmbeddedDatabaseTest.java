package dev.personaltokens.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.adapter.out.persistence.database.UnixSocketFactory;
import java.nio.file.Files;
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

  @Test
  void theBufferPoolIsAnEighthOfTheMachinesMemoryBetweenMariaDbsDefaultAndOneGibibyte() {
    long gib = 1L << 30;

    assertThat(EmbeddedDatabase.bufferPoolFor(24 * gib)).isEqualTo(gib);
    assertThat(EmbeddedDatabase.bufferPoolFor(8 * gib)).isEqualTo(gib);
    assertThat(EmbeddedDatabase.bufferPoolFor(4 * gib)).isEqualTo(512L << 20);
    assertThat(EmbeddedDatabase.bufferPoolFor(gib / 2)).isEqualTo(128L << 20);
    assertThat(EmbeddedDatabase.bufferPoolFor(0)).as("no size told").isEqualTo(128L << 20);
  }

  @Test
  void aDataDirectoryUnderTheTemporaryDirectoryIsRefusedBeforeAnythingIsWrittenThere() {
    Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "ptk-data-" + System.nanoTime());

    assertThatThrownBy(() -> EmbeddedDatabase.requireUsable(underTmp))
        .isInstanceOf(EmbeddedDatabase.UnusableDataDir.class)
        .hasMessage(
            "PTK_DATA_DIR "
                + underTmp
                + " is in the temporary directory "
                + System.getProperty("java.io.tmpdir")
                + ", which the embedded MariaDB empties every time it starts; choose one elsewhere");
    assertThat(Files.exists(underTmp)).isFalse();
  }

  @Test
  void aDataDirectoryElsewhereIsKeptUnlessItsSocketPathIsTooLong() {
    Path data = Path.of("/var/lib/ptk"); // only named: nothing is written there
    assertThatCode(() -> EmbeddedDatabase.requireUsable(data)).doesNotThrowAnyException();

    Path deep = data.resolve("d".repeat(100));
    assertThatThrownBy(() -> EmbeddedDatabase.requireUsable(deep))
        .isInstanceOf(EmbeddedDatabase.UnusableDataDir.class)
        .hasMessageEndingWith(
            " is too long a path for the database's socket file in it; choose a shorter one");
  }
}
