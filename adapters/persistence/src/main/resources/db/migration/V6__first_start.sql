-- The first start's claim: one row, written by the one start that opens the first account, so that
-- several nodes starting at once on an empty database open exactly one (a second start waits on
-- the row's key, then finds it taken). A database that has accounts already was started before.
CREATE TABLE first_start (
  id         TINYINT     NOT NULL,
  claimed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  CONSTRAINT ck_first_start_one_row CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO first_start (id) SELECT 1 FROM accounts LIMIT 1;
