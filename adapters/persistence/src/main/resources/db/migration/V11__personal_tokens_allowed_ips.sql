-- The client addresses a token may be used from: its canonical IPv4/IPv6 addresses and CIDR ranges,
-- comma-separated, in the order given (at most 20, the longest 43 characters each); '' for anywhere,
-- which every token made before is. Read with the rest of the row by digest, so the node cache
-- holds it too.
ALTER TABLE personal_tokens
  ADD COLUMN allowed_ips VARCHAR(1000) CHARACTER SET ascii NOT NULL DEFAULT '' AFTER scope;
