-- Scopes: the tokens made before read_only existed keep the one scope they had.
UPDATE personal_tokens SET scope = 'global' WHERE scope NOT IN ('global', 'read_only');
ALTER TABLE personal_tokens
  ALTER COLUMN scope SET DEFAULT 'global',
  ADD CONSTRAINT ck_personal_tokens_scope CHECK (scope IN ('global', 'read_only'));

-- Services that introspect tokens. As for tokens, only the SHA-256 of the secret is stored.
CREATE TABLE service_clients (
  id         UUID         NOT NULL,
  name       VARCHAR(100) NOT NULL,
  hint       VARCHAR(16)  CHARACTER SET ascii NOT NULL,
  digest     CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_service_clients_digest UNIQUE (digest)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
