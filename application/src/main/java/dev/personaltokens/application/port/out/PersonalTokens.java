package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The personal tokens of every account, revoked ones included until they are purged. */
public interface PersonalTokens {

  default void add(PersonalToken token) {
    addAll(List.of(token));
  }

  /** Adds new tokens, of one account or several, in few statements however many they are. */
  void addAll(List<PersonalToken> tokens);

  Optional<PersonalToken> findById(TokenId id);

  Optional<PersonalToken> findByDigest(TokenDigest digest);

  /**
   * One page of the owner's tokens that are not revoked, newest first, whose name or description
   * contains {@code search} (any case; an empty search matches all).
   */
  Page<PersonalToken> findUnrevoked(AccountId owner, String search, PageRequest page);

  /**
   * How many unrevoked tokens each of the owners holds, as the last commit left it, each owner's
   * count held until the transaction ends: of two transactions that count one owner's tokens to add
   * one, the second counts once the first has ended, and sees its token.
   */
  Map<AccountId, Long> unrevokedHeld(Collection<AccountId> owners);

  /**
   * One page of the credentials inventory: the live tokens of every account (neither revoked nor
   * expired at {@code now}) that {@code filter} lets through, newest first, each with its owner's
   * email.
   */
  Page<InventoryEntry> findLive(InventoryFilter filter, PageRequest page, Instant now);

  /**
   * The live tokens of every account (neither revoked nor expired at {@code now}) unused since
   * {@code unusedSince} or before - never used ones: made then or before: at most {@code limit}.
   */
  List<PersonalToken> findUnusedSince(Instant unusedSince, Instant now, int limit);

  /**
   * Revokes the token for {@code why} unless it is revoked already, and says whether this call did:
   * of two concurrent calls on one token, exactly one gets true.
   */
  boolean revoke(TokenId id, Instant at, Revocation why);

  /**
   * Revokes the token as {@link Revocation#INACTIVE} unless it is revoked already or was used after
   * {@code unusedSince} (never used: made after it), and says whether this call did: a use written
   * since the token was found keeps it.
   */
  boolean revokeUnused(TokenId id, Instant unusedSince, Instant at);

  /** Revokes every token of the rotation family that is not revoked yet; returns how many. */
  int revokeFamily(TokenId family, Instant at);

  /** Revokes every token of the owner that is not revoked yet; returns how many. */
  int revokeAllOf(AccountId owner, Instant at);

  /**
   * Revokes, as leaked, the tokens with these digests that are not revoked yet, of any account;
   * returns those this call revoked, as they were before - of two calls at once for one token, one.
   */
  List<PersonalToken> revokeLeaked(Collection<TokenDigest> digests, Instant at);

  /**
   * Records a use at {@code at} from {@code address} (null when unknown), unless a later use is
   * recorded already: nodes flushing their batches in any order never move it back.
   */
  void markUsed(TokenId id, Instant at, String address);

  /**
   * Deletes the tokens, of every account, that expired or were revoked before {@code cutoff};
   * returns how many.
   */
  int removeEndedBefore(Instant cutoff);
}
