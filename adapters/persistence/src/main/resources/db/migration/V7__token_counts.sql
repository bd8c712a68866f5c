-- How many unrevoked personal tokens each account holds, kept with every write of
-- personal_tokens (JpaPersonalTokens), so that a page of an account's list needs no count over all
-- of its tokens: Azion's envelope tells the total on every page.
CREATE TABLE token_counts (
  account_id BIGINT NOT NULL,
  unrevoked  BIGINT NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_token_counts_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE = InnoDB;

INSERT INTO token_counts (account_id, unrevoked)
  SELECT account_id, COUNT(*) FROM personal_tokens WHERE revoked_at IS NULL GROUP BY account_id;
