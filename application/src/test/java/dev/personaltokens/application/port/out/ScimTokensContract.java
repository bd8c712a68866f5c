package dev.personaltokens.application.port.out;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.randomSecret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.client.ScimToken;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScimTokens} must do. The store may be shared with other tests and is never
 * emptied, so each test makes tokens of its own.
 */
public abstract class ScimTokensContract {

  protected abstract ScimTokens tokens();

  private static ScimToken token(String name, TokenSecret secret, int secondsAfterT0) {
    return ScimToken.issue(new ServiceName(name), secret, T0.plusSeconds(secondsAfterT0));
  }

  @Test
  void findsAnAddedTokenByItsDigestWithEveryField() {
    TokenSecret secret = randomSecret(SecretKind.SCIM_TOKEN);
    ScimToken token = token("okta 日本", secret, 0);

    tokens().add(token);

    assertThat(tokens().findByDigest(secret.digest())).contains(token);
    assertThat(tokens().findByDigest(randomSecret(SecretKind.SCIM_TOKEN).digest())).isEmpty();
  }

  @Test
  void listsTokensOldestFirst() {
    ScimToken later = token("later", randomSecret(SecretKind.SCIM_TOKEN), 120);
    ScimToken earlier = token("earlier", randomSecret(SecretKind.SCIM_TOKEN), 60);

    tokens().add(later);
    tokens().add(earlier);

    assertThat(tokens().all()).containsSubsequence(earlier, later);
  }

  @Test
  void removesOnlyTheTokenAskedFor() {
    TokenSecret goneSecret = randomSecret(SecretKind.SCIM_TOKEN);
    ScimToken gone = token("gone", goneSecret, 0);
    ScimToken kept = token("kept", randomSecret(SecretKind.SCIM_TOKEN), 0);
    tokens().add(gone);
    tokens().add(kept);

    assertThat(tokens().remove(gone.id())).isTrue();
    assertThat(tokens().remove(gone.id())).isFalse();
    assertThat(tokens().remove(UUID.randomUUID())).isFalse();

    assertThat(tokens().findByDigest(goneSecret.digest())).isEmpty();
    assertThat(tokens().all()).contains(kept).doesNotContain(gone);
  }
}
