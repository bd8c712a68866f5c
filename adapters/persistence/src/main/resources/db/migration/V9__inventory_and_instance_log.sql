-- An admin who revokes a token from the credentials inventory has its owner told so: a requested
-- notice, sent by the next run as a leak's is.
ALTER TABLE notices DROP CONSTRAINT ck_notices_kind;
ALTER TABLE notices
  ADD CONSTRAINT ck_notices_kind CHECK (kind IN ('expiry_7d', 'expiry_1d', 'leaked', 'revoked_admin'));

-- The inventory: every account's live tokens, newest first, a page at a time. Its page reads the
-- unrevoked tokens backwards by creation (the primary key, which InnoDB appends, orders those of
-- one instant) and stops at the page's end, passing over the expired on the way. The listing's
-- index leads with the account, so it serves the inventory of one owner only.
ALTER TABLE personal_tokens ADD INDEX ix_personal_tokens_inventory (revoked_at, created_at);

-- The instance's security log, newest first. Unfiltered, and between two instants, its page reads
-- ix_audit_events_created backwards: created_at, then the primary key seq that InnoDB appends, is
-- its order already. By type it reads this one; by account or by admin, those of V4 and V8.
ALTER TABLE audit_events ADD INDEX ix_audit_events_type (type, created_at, seq);
