-- Every three characters in a row of each token's name and of its description (its trigrams),
-- written with the token (TokenGrams), so that a search of an account's list reads only the tokens
-- holding the search's rarest trigram, not all of them: a token whose name or description contains
-- the search contains each of its trigrams. Compared as the searched columns are, in
-- utf8mb4_unicode_ci, so that a trigram matches in any case and accent as LIKE does there; two
-- trigrams of one token equal under it are one row. Deleted with their token.
CREATE TABLE personal_token_grams (
  account_id BIGINT     NOT NULL,
  gram       VARCHAR(3) NOT NULL,
  token_id   UUID       NOT NULL,
  PRIMARY KEY (account_id, gram, token_id),
  INDEX ix_personal_token_grams_token (token_id),
  CONSTRAINT fk_personal_token_grams_token FOREIGN KEY (token_id) REFERENCES personal_tokens (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT IGNORE INTO personal_token_grams (account_id, gram, token_id)
  SELECT account_id, SUBSTRING(name, seq, 3), id
  FROM personal_tokens JOIN seq_1_to_253 ON seq <= CHAR_LENGTH(name) - 2
  UNION ALL
  SELECT account_id, SUBSTRING(description, seq, 3), id
  FROM personal_tokens JOIN seq_1_to_253 ON seq <= CHAR_LENGTH(description) - 2;
