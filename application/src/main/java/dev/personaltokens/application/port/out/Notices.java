package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.List;

/**
 * Which notices each token has had, remembered across restarts and shared by every node: a notice
 * is claimed in the transaction that sends it, so it goes out once even if two nodes try.
 */
public interface Notices {

  /** The kinds of notice; a token gets each at most once. */
  enum Kind {
    EXPIRY_7_DAYS("expiry_7d"),
    EXPIRY_1_DAY("expiry_1d"),
    LEAKED("leaked"),
    /** An admin revoked it from the credentials inventory. */
    REVOKED_BY_ADMIN("revoked_admin"),
    /**
     * It went unused for nearly the policy's inactivity limit: revoked unless used. Once a disuse:
     * a notice sent before the token's last use no longer counts.
     */
    INACTIVE("inactive_7d");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * The live tokens, of any account, that expire after {@code after} and no later than {@code
   * until} and have had no notice of {@code kind}: at most {@code limit}, soonest first.
   */
  List<PersonalToken> expiringWithout(Kind kind, Instant after, Instant until, int limit);

  /**
   * The live tokens (neither revoked nor expired at {@code now}), of any account, unused since
   * {@code unusedSince} or before (never used: made then or before) that have had no notice of
   * {@code kind} since they were last used: at most {@code limit}.
   */
  List<PersonalToken> unusedWithout(Kind kind, Instant unusedSince, Instant now, int limit);

  /**
   * The live tokens unused since {@code unusedSince} or before whose notice of {@code kind}, sent
   * since they were last used, went out at {@code noticedBy} or before: at most {@code limit}.
   */
  List<PersonalToken> unusedNoticedBy(
      Kind kind, Instant unusedSince, Instant noticedBy, Instant now, int limit);

  /**
   * Notes that {@code token} had a notice of {@code kind} at {@code at}; false if it had one - of
   * {@link Kind#INACTIVE}, one since the token was last used.
   */
  boolean claim(TokenId token, Kind kind, Instant at);

  /** Asks for a notice of {@code kind} about {@code token}, to be sent by the next run. */
  void request(TokenId token, Kind kind);

  /** The tokens with a requested notice of {@code kind} not sent yet: at most {@code limit}. */
  List<TokenId> pending(Kind kind, int limit);

  /**
   * The requested notice goes out at {@code at}: false if it was sent already, e.g. by a concurrent
   * run, which then sends it alone.
   */
  boolean markSent(TokenId token, Kind kind, Instant at);

  /**
   * The notice did not go out after all: a claimed one is forgotten, a requested one is pending
   * again.
   */
  void release(TokenId token, Kind kind);
}
