package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;

/**
 * What a node must drop from its cache because a change made it stale: one token, a rotation
 * family, every token of an account, an account (its row and two-factor state), the instance's
 * policy, or everything. It travels between nodes as text ({@link #toString}, {@link #parse}), so
 * that the data grid carries no class of ours.
 *
 * @param id the token's, family's, owner's or account's id, as its text; null for {@link Kind#ALL}
 *     and {@link Kind#POLICY}
 */
public record Eviction(Kind kind, String id) {

  /** What the id names. */
  public enum Kind {
    TOKEN,
    FAMILY,
    OWNER,
    /** An account's row and whether its two-factor sign-in is on, not its tokens. */
    ACCOUNT,
    /** The instance's policy, which every request's verification reads. */
    POLICY,
    ALL
  }

  public static final Eviction ALL = new Eviction(Kind.ALL, null);

  public static final Eviction POLICY = new Eviction(Kind.POLICY, null);

  public static Eviction token(TokenId token) {
    return new Eviction(Kind.TOKEN, token.toString());
  }

  public static Eviction family(TokenId family) {
    return new Eviction(Kind.FAMILY, family.toString());
  }

  public static Eviction owner(AccountId owner) {
    return new Eviction(Kind.OWNER, owner.toString());
  }

  public static Eviction account(AccountId account) {
    return new Eviction(Kind.ACCOUNT, account.toString());
  }

  public Eviction {
    boolean named = kind != Kind.ALL && kind != Kind.POLICY;
    if (named != (id != null) || (id != null && id.contains(":"))) {
      throw new IllegalArgumentException("every eviction but ALL and POLICY names an id");
    }
  }

  /** Whether the instance's policy, as a node holds it, must go. */
  public boolean coversPolicy() {
    return kind == Kind.POLICY || kind == Kind.ALL;
  }

  /** Whether what a node holds of the account {@code account} must go. */
  public boolean coversAccount(AccountId account) {
    return kind == Kind.ALL || kind == Kind.ACCOUNT && account.toString().equals(id);
  }

  /** Whether {@code token}, as a node holds it, must go. */
  public boolean covers(PersonalToken token) {
    return switch (kind) {
      case TOKEN -> token.id().toString().equals(id);
      case FAMILY -> token.family().toString().equals(id);
      case OWNER -> token.owner().toString().equals(id);
      case ACCOUNT, POLICY -> false;
      case ALL -> true;
    };
  }

  /** The text {@link #toString} made: {@code TOKEN:<uuid>}, {@code ALL}. */
  public static Eviction parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new Eviction(Kind.valueOf(text), null);
    }
    return new Eviction(Kind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return id == null ? kind.name() : kind.name() + ":" + id;
  }
}
