-- Secrets are never stored: a token or session is known by the SHA-256 of its secret alone.

CREATE TABLE accounts (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  email         VARCHAR(254) NOT NULL,
  password_hash VARCHAR(255) CHARACTER SET ascii NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_accounts_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE personal_tokens (
  id               UUID         NOT NULL,
  account_id       BIGINT       NOT NULL,
  name             VARCHAR(100) NOT NULL,
  description      VARCHAR(255) NOT NULL,
  scope            VARCHAR(32)  CHARACTER SET ascii NOT NULL,
  hint             VARCHAR(16)  CHARACTER SET ascii NOT NULL,
  digest           CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  last_modified_at DATETIME(6)  NOT NULL,
  expires_at       DATETIME(6)  NOT NULL,
  last_used_at     DATETIME(6)  NULL,
  revoked_at       DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_personal_tokens_digest UNIQUE (digest),
  CONSTRAINT fk_personal_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  -- The listing: one owner's unrevoked tokens, newest first.
  INDEX ix_personal_tokens_listing (account_id, revoked_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sessions (
  digest     CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  account_id BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (digest),
  CONSTRAINT fk_sessions_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  INDEX ix_sessions_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
