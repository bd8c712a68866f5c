-- Whether the account's password was not its person's choice - generated at the first start, or
-- set by the operator (ptk admin reset-password) - and must be changed before anything else. An
-- account from before this column keeps working as it did: nobody can tell how its password came.
ALTER TABLE accounts
  ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
