package dev.personaltokens.application.port.in.session;

/**
 * What came back from the identity provider: the callback's {@code state} and {@code code}, or the
 * provider's {@code error}; {@code browserState} is the state the browser kept when it left (null
 * when it kept none).
 */
public record ProviderCallback(String state, String browserState, String code, String error) {

  @Override
  public String toString() {
    return "ProviderCallback[error=" + error + "]"; // the code is a credential
  }
}
