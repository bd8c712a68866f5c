package dev.personaltokens.application.port.in.client;

/**
 * What a service presented as its Basic credentials, unchecked; {@link #toString()} keeps the
 * secret out of logs.
 */
public record ServiceCredentials(String clientId, String secret) {

  @Override
  public String toString() {
    return "ServiceCredentials[clientId=" + clientId + "]";
  }
}
