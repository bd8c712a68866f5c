-- Single sign-on: the identity provider's subject (the ID token's sub) an account signs in as.
-- Compared exactly, as OpenID Connect compares it (printable ASCII, at most 255 characters); unique,
-- so that of two sign-ins linking one subject to two accounts at once one wins. NULL: not linked.
ALTER TABLE accounts
  ADD COLUMN oidc_subject VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD CONSTRAINT uq_accounts_oidc_subject UNIQUE (oidc_subject);
