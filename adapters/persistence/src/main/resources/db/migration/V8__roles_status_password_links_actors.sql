-- Teams: what each account may do, whether it may sign in, and when it last did.
ALTER TABLE accounts
  ADD COLUMN role            VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'member',
  ADD COLUMN status          VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'active',
  ADD COLUMN last_sign_in_at DATETIME(6) NULL;

-- There is always an admin: on a database from before roles, the one who opened it.
UPDATE accounts SET role = 'admin' ORDER BY id LIMIT 1;

ALTER TABLE accounts
  ADD CONSTRAINT ck_accounts_role CHECK (role IN ('member', 'admin')),
  ADD CONSTRAINT ck_accounts_status CHECK (status IN ('active', 'deactivated')),
  -- Locking the active admins (that one stays) reads and locks these rows only, not every account:
  -- an admin change must not hold up everyone's sign-in. The admins' list of people scans by id.
  ADD INDEX ix_accounts_role_status (role, status);

-- The one-time links with which people set their own passwords. As for tokens, only the SHA-256
-- of the secret is stored. A used link is deleted, and a new link of an account deletes the older.
CREATE TABLE password_links (
  digest     CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  account_id BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (digest),
  CONSTRAINT fk_password_links_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  -- Replacing or voiding an account's links; and the purge of expired ones.
  INDEX ix_password_links_account (account_id),
  INDEX ix_password_links_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed an account when it was not its owner: an admin, named by id and by the email they had
-- then, or the operator at the command line. No foreign key: the name stays as it was, whatever
-- becomes of the admin's account.
ALTER TABLE audit_events
  ADD COLUMN actor_account_id BIGINT       NULL AFTER detail,
  ADD COLUMN actor_email      VARCHAR(254) NULL AFTER actor_account_id,
  ADD COLUMN actor_operator   VARCHAR(255) NULL AFTER actor_email,
  ADD CONSTRAINT ck_audit_events_actor
    CHECK (actor_account_id IS NULL AND actor_email IS NULL
           OR actor_account_id IS NOT NULL AND actor_email IS NOT NULL AND actor_operator IS NULL),
  -- "What this admin did", newest first.
  ADD INDEX ix_audit_events_actor (actor_account_id, created_at);
