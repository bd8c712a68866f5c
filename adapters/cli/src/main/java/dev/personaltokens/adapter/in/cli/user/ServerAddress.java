package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The base URL of a Personal Tokens server, e.g. {@code http://localhost:8080}. */
record ServerAddress(URI uri) {

  static final String DEFAULT = "http://localhost:8080";

  /** Reads what the user gave, e.g. {@code localhost:8080/} is refused, not guessed at. */
  static ServerAddress parse(String text) {
    String trimmed = text.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null
          && uri.getUserInfo() == null) {
        return new ServerAddress(uri);
      }
    } catch (URISyntaxException e) {
      // refused below, with the same words as any other bad address
    }
    throw CliException.usage(
        "the server address '" + text + "' is not an http(s) URL such as " + DEFAULT);
  }

  boolean isHttps() {
    return uri.getScheme().equalsIgnoreCase("https");
  }

  /** {@code path} (e.g. {@code api/user/me}) under this server, whatever base path it has. */
  URI resolve(String path) {
    return URI.create(uri + "/" + path);
  }

  /**
   * A warning when the token would travel in clear text to another machine; plain HTTP to this
   * machine, as {@code ./run} serves it, is fine.
   */
  Optional<String> cleartextWarning() {
    String host = uri.getHost();
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    if (uri.getScheme().equalsIgnoreCase("http") && !loopback) {
      return Optional.of(
          "warning: " + this + " is plain HTTP: the token travels unencrypted; prefer https://");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
