-- The notices each token has had: at most one of each kind, claimed by the node that sends it.
-- A requested notice (a leak) waits with sent_at NULL until the next run sends it.
CREATE TABLE notices (
  token_id UUID        NOT NULL,
  kind     VARCHAR(16) CHARACTER SET ascii NOT NULL,
  sent_at  DATETIME(6) NULL,
  PRIMARY KEY (token_id, kind),
  CONSTRAINT fk_notices_token FOREIGN KEY (token_id) REFERENCES personal_tokens (id) ON DELETE CASCADE,
  CONSTRAINT ck_notices_kind CHECK (kind IN ('expiry_7d', 'expiry_1d', 'leaked')),
  INDEX ix_notices_pending (kind, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The notice run looks for live tokens by expiry.
ALTER TABLE personal_tokens ADD INDEX ix_personal_tokens_expiry (revoked_at, expires_at);
