-- The owners' security log. Never a secret, a digest or a password: the token is named by its id,
-- name and display hint as they were when the event happened.
CREATE TABLE audit_events (
  seq         BIGINT       NOT NULL AUTO_INCREMENT,
  id          UUID         NOT NULL,
  account_id  BIGINT       NOT NULL,
  type        VARCHAR(32)  CHARACTER SET ascii NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  ip          VARCHAR(45)  NULL,
  user_agent  VARCHAR(255) NULL,
  token_id    UUID         NULL,
  token_name  VARCHAR(100) NULL,
  token_hint  VARCHAR(16)  CHARACTER SET ascii NULL,
  detail      VARCHAR(255) NOT NULL,
  -- seq orders the events of one instant as they were recorded.
  PRIMARY KEY (seq),
  CONSTRAINT uq_audit_events_id UNIQUE (id),
  CONSTRAINT fk_audit_events_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  -- "This account, newest first", with or without one type; and the daily purge by age.
  INDEX ix_audit_events_account (account_id, created_at, seq),
  INDEX ix_audit_events_account_type (account_id, type, created_at, seq),
  INDEX ix_audit_events_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a token was last used from, beside when.
ALTER TABLE personal_tokens ADD COLUMN last_used_ip VARCHAR(45) NULL AFTER last_used_at;
