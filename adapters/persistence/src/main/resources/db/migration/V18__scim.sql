-- The bearer tokens of identity providers' SCIM clients (ptk admin scim-token create). As for
-- personal tokens, only the SHA-256 of the secret is stored, and a call is looked up by it.
CREATE TABLE scim_tokens (
  id         UUID         NOT NULL,
  name       VARCHAR(100) NOT NULL,
  hint       VARCHAR(16)  CHARACTER SET ascii NOT NULL,
  digest     CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_scim_tokens_digest UNIQUE (digest)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
