-- Rotation: a successor shares the family of the token it replaced (the family's first token's id),
-- so that a reuse of a rotated-away token can end every live token of its family at once.
ALTER TABLE personal_tokens ADD COLUMN family_id UUID NULL AFTER id;
UPDATE personal_tokens SET family_id = id;
ALTER TABLE personal_tokens
  MODIFY family_id UUID NOT NULL,
  ADD INDEX ix_personal_tokens_family (family_id, revoked_at);

-- Why a token was revoked: a rotated-away key is told so, and a reuse is recognised by it.
ALTER TABLE personal_tokens ADD COLUMN revocation VARCHAR(16) CHARACTER SET ascii NULL AFTER revoked_at;
UPDATE personal_tokens SET revocation = 'revoked' WHERE revoked_at IS NOT NULL;
ALTER TABLE personal_tokens
  ADD CONSTRAINT ck_personal_tokens_revocation
    CHECK (revocation IN ('revoked', 'rotated', 'leaked') AND revoked_at IS NOT NULL
           OR revocation IS NULL AND revoked_at IS NULL);
