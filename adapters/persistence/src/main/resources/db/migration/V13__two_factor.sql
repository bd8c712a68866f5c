-- Two-factor sign-in (TOTP, RFC 6238): each account's authenticator secret, pending until a code of
-- the app confirmed it (enabled_at). The secret is kept as it is, in base32: unlike a token's it
-- can't be a digest, since the server computes the codes from it - so a copy of this table gives
-- them away (the README says so).
CREATE TABLE two_factor (
  account_id BIGINT      NOT NULL,
  secret     CHAR(32)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at DATETIME(6) NOT NULL,
  enabled_at DATETIME(6) NULL,
  -- The time step of the latest code accepted: a code of that step or an earlier one is refused,
  -- by the conditional update that notes a newer one (of two uses of one code, one wins).
  last_step  BIGINT      NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_two_factor_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one-time recovery codes: as for tokens, only the SHA-256 of each. A used one is deleted.
CREATE TABLE recovery_codes (
  digest     CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  account_id BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (digest),
  CONSTRAINT fk_recovery_codes_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  -- How many an account has left; removing them all when two-factor sign-in is turned off.
  INDEX ix_recovery_codes_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
