-- The instance's policy, set by admins: one row, absent until an admin sets one (the server's
-- settings give the defaults until then). Each node holds it in memory; a change evicts it on
-- every node through the cache's one eviction path (Eviction.POLICY).
CREATE TABLE instance_policy (
  id                      TINYINT      NOT NULL,
  max_token_lifetime_days INT          NOT NULL,
  -- Scope codes, comma-separated: global,read_only
  allowed_scopes          VARCHAR(64)  CHARACTER SET ascii NOT NULL,
  inactivity_days         INT          NULL,
  max_tokens_per_account  INT          NULL,
  require_two_factor      BOOLEAN      NOT NULL,
  -- CIDR ranges, comma-separated: at most 20 of at most 43 characters
  default_allowed_ips     VARCHAR(1000) CHARACTER SET ascii NOT NULL,
  set_at                  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_instance_policy_one_row CHECK (id = 1)
) ENGINE = InnoDB;

-- Tokens unused for the policy's inactivity limit are revoked as 'inactive', their owners told a
-- week before ('inactive_7d'). The job reads the unrevoked by when they were last used, or for the
-- never used by when they were made.
ALTER TABLE personal_tokens DROP CONSTRAINT ck_personal_tokens_revocation;
ALTER TABLE personal_tokens
  ADD CONSTRAINT ck_personal_tokens_revocation
    CHECK (revocation IN ('revoked', 'rotated', 'leaked', 'inactive') AND revoked_at IS NOT NULL
           OR revocation IS NULL AND revoked_at IS NULL),
  ADD INDEX ix_personal_tokens_activity (revoked_at, last_used_at, created_at);
ALTER TABLE notices DROP CONSTRAINT ck_notices_kind;
ALTER TABLE notices
  ADD CONSTRAINT ck_notices_kind
    CHECK (kind IN ('expiry_7d', 'expiry_1d', 'leaked', 'revoked_admin', 'inactive_7d'));
