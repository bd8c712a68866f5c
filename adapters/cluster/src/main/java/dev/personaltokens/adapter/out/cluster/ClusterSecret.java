package dev.personaltokens.adapter.out.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What only the deployment's own nodes know ({@code PTK_CLUSTER_SECRET}): Hazelcast as bundled with
 * Payara can't authenticate members, so the secret decides the data grid's cluster name (a node
 * that doesn't know it can't join, and Hazelcast compares nothing else) and, under a key of its own
 * - the name travels in clear in every join and shows in the grid's logs - signs every message the
 * nodes send each other and hides the keys of what they share. Read the same way by the launcher
 * and the server.
 */
public final class ClusterSecret {

  /** Long enough that nobody guesses it: 32 characters of a generated one are 192 bits. */
  static final int MIN_LENGTH = 32;

  private static final String HMAC = "HmacSHA256";

  private final byte[] secret;
  private final SecretKeySpec signing;

  private ClusterSecret(String text) {
    this.secret = text.getBytes(StandardCharsets.UTF_8);
    this.signing = new SecretKeySpec(derive("ptk cluster signing"), HMAC);
  }

  /** The secret as configured; refuses a short one with a sentence. */
  public static ClusterSecret of(String text) {
    if (text == null || text.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "PTK_CLUSTER_SECRET: at least "
              + MIN_LENGTH
              + " characters, the same on every node (e.g. the output of: openssl rand -base64 32)");
    }
    return new ClusterSecret(text.strip());
  }

  /**
   * The secret kept in {@code file} for the nodes that share one data directory ({@code ./run}),
   * made there (readable by its owner only) by the first of them.
   */
  public static ClusterSecret keptIn(Path file) throws IOException {
    if (!Files.isDirectory(file.getParent())) {
      Files.createDirectories(
          file.getParent(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      Path made = Files.createTempFile(file.getParent(), "cluster-secret", ".new");
      Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(made, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
      try {
        // Atomic: of two nodes starting at once, one file wins and both read it.
        Files.createLink(file, made);
      } catch (java.nio.file.FileAlreadyExistsException anotherNodeWon) {
        // read theirs below
      } finally {
        Files.delete(made);
      }
    }
    return of(Files.readString(file));
  }

  /** The value to give PTK_CLUSTER_SECRET, e.g. to a node started by hand. */
  public String text() {
    return new String(secret, StandardCharsets.UTF_8);
  }

  /** The data grid's cluster name: {@code base} and a part only the secret's holders can tell. */
  public String clusterName(String base) {
    return base + "-" + HexFormat.of().formatHex(derive("ptk cluster name"), 0, 12);
  }

  /** The signature of {@code message}, as text. */
  public String sign(String message) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(message));
  }

  /** Whether {@code signature} is this secret's of {@code message}; compared in constant time. */
  public boolean verifies(String message, String signature) {
    byte[] presented;
    try {
      presented = Base64.getUrlDecoder().decode(signature);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(mac(message), presented);
  }

  /** {@code key} as it may be seen in the grid: a keyed digest, telling nothing of an email. */
  public String hide(String key) {
    return sign("key " + key);
  }

  private byte[] mac(String message) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(signing);
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "ClusterSecret[hidden]";
  }
}
