package dev.personaltokens.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSecretTest {

  static final ClusterSecret SECRET = ClusterSecret.of("a-secret-for-this-test-only-0123456789");
  static final ClusterSecret OTHER = ClusterSecret.of("another-secret-for-this-test-0123456789");

  @Test
  void theGridsNameIsTheConfiguredOneAndAPartOnlyTheSecretTells() {
    String name = SECRET.clusterName("personal-tokens");

    assertThat(name).matches("personal-tokens-[0-9a-f]{24}");
    assertThat(name).isEqualTo(SECRET.clusterName("personal-tokens"));
    assertThat(OTHER.clusterName("personal-tokens")).isNotEqualTo(name);
  }

  @Test
  void aSignatureVerifiesOnlyItsOwnMessageUnderItsOwnSecret() {
    String signature = SECRET.sign("evict 1 node 127.0.0.1:6900 - TOKEN:x");

    assertThat(SECRET.verifies("evict 1 node 127.0.0.1:6900 - TOKEN:x", signature)).isTrue();
    assertThat(SECRET.verifies("evict 1 node 127.0.0.1:6900 - TOKEN:y", signature)).isFalse();
    assertThat(OTHER.verifies("evict 1 node 127.0.0.1:6900 - TOKEN:x", signature)).isFalse();
    assertThat(SECRET.verifies("evict 1 node 127.0.0.1:6900 - TOKEN:x", "not*base64")).isFalse();
    assertThat(SECRET.verifies("evict 1 node 127.0.0.1:6900 - TOKEN:x", "")).isFalse();
  }

  @Test
  void theSigningKeyIsNotTheOneTheNameComesFrom() {
    // The name travels in clear; nothing signed may be derivable from it.
    assertThat(SECRET.sign("ptk cluster name"))
        .doesNotContain(SECRET.clusterName("x").substring(2));
    assertThat(SECRET.hide("sign-in account 7 203.0.113.5"))
        .doesNotContain("203.0.113.5")
        .isEqualTo(SECRET.hide("sign-in account 7 203.0.113.5"))
        .isNotEqualTo(OTHER.hide("sign-in account 7 203.0.113.5"));
  }

  @Test
  void aShortSecretIsRefusedWithASentence() {
    assertThatThrownBy(() -> ClusterSecret.of("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PTK_CLUSTER_SECRET: at least 32 characters");
    assertThat(SECRET.toString()).doesNotContain("secret-for");
  }

  @Test
  void nodesStartingTogetherOnOneDataDirectoryShareOneSecretOnlyTheirOwnerCanRead(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("data").resolve("cluster-secret");
    ExecutorService nodes = Executors.newFixedThreadPool(8);
    List<Future<ClusterSecret>> started = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      started.add(nodes.submit(() -> ClusterSecret.keptIn(file)));
    }
    Set<String> secrets = new java.util.HashSet<>();
    for (Future<ClusterSecret> node : started) {
      secrets.add(node.get().text());
    }
    nodes.shutdown();

    assertThat(secrets).hasSize(1);
    assertThat(secrets.iterator().next()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    try (var left = Files.list(file.getParent())) {
      assertThat(left.map(Path::getFileName).map(Path::toString).collect(Collectors.toList()))
          .containsExactly("cluster-secret");
    }
  }
}
