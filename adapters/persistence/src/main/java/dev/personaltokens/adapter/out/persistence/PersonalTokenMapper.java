package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import java.util.UUID;

final class PersonalTokenMapper {

  private PersonalTokenMapper() {}

  static PersonalTokenEntity toEntity(PersonalToken token) {
    return new PersonalTokenEntity(
        token.id().toString(),
        token.family().toString(),
        token.owner().value(),
        token.name().value(),
        token.description().value(),
        token.scope().code(),
        token.hint().value(),
        token.digest().hex(),
        token.created(),
        token.lastModified(),
        token.expiresAt(),
        token.lastUsedAt(),
        token.lastUsedIp(),
        token.revokedAt(),
        token.revocation() == null ? null : token.revocation().code());
  }

  static PersonalToken toDomain(PersonalTokenEntity entity) {
    return new PersonalToken(
        new TokenId(UUID.fromString(entity.id())),
        new TokenId(UUID.fromString(entity.familyId())),
        new AccountId(entity.accountId()),
        new TokenName(entity.name()),
        new TokenDescription(entity.description()),
        Scope.fromCode(entity.scope()),
        new TokenHint(entity.hint()),
        new TokenDigest(entity.digest()),
        entity.createdAt(),
        entity.lastModifiedAt(),
        entity.expiresAt(),
        entity.lastUsedAt(),
        entity.lastUsedIp(),
        entity.revokedAt(),
        entity.revocation() == null ? null : Revocation.fromCode(entity.revocation()));
  }
}
