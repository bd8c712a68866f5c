package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The login, in {@code config.json} of the config directory: a bearer secret, so the directory is
 * its owner's only (700) and so is the file (600), from the moment it exists.
 */
final class ConfigFile {

  static final String NAME = "config.json";

  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final Path directory;

  ConfigFile(Path directory) {
    this.directory = directory;
  }

  /** {@code $XDG_CONFIG_HOME/ptk}, or {@code ~/.config/ptk} when that is not set. */
  Path path() {
    return directory.resolve(NAME);
  }

  Optional<StoredLogin> load() {
    Path file = path();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
      JsonObject json = reader.readObject();
      String expiresAt = json.getString("expires_at", null);
      return Optional.of(
          new StoredLogin(
              json.getString("server"),
              json.getString("token"),
              json.getString("token_id", null),
              json.getString("email", ""),
              expiresAt == null ? null : Instant.parse(expiresAt)));
    } catch (IOException e) {
      throw CliException.failed("can't read " + file + ": " + e.getMessage());
    } catch (JsonException | ClassCastException | DateTimeParseException e) {
      throw damaged(file);
    } catch (NullPointerException missingField) { // what JSON-P's getString throws for it
      throw damaged(file);
    }
  }

  private static CliException damaged(Path file) {
    return CliException.failed(file + " is damaged; delete it and sign in again with 'ptk login'");
  }

  /** Writes a new file beside the old one, then moves it in place: never half a file. */
  void save(StoredLogin login) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("server", login.server())
            .add("token", login.token())
            .add("email", login.email());
    if (login.tokenId() != null) {
      json.add("token_id", login.tokenId());
    }
    if (login.expiresAt() != null) {
      json.add("expires_at", login.expiresAt().toString());
    }
    try {
      createOwnerOnlyDirectory();
      Path temporary =
          posix()
              ? Files.createTempFile(
                  directory, NAME, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
              : Files.createTempFile(directory, NAME, ".tmp");
      Files.writeString(temporary, json.build().toString() + "\n");
      Files.move(
          temporary, path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CliException.failed("can't write " + path() + ": " + e.getMessage());
    }
  }

  /** Forgets the login; says whether there was one. */
  boolean delete() {
    try {
      return Files.deleteIfExists(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createOwnerOnlyDirectory() throws IOException {
    if (!posix()) {
      Files.createDirectories(directory);
      return;
    }
    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    // It may have existed, made by someone less careful.
    Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
