-- Sign-in (decision 0003): throttling counters that the database updates atomically before a
-- password is verified, and role end dates that take effect at once.

-- Attempts from one source (the client's address) over every account. A source is not a
-- municipality's data and one source may try accounts in several, so this table alone has no
-- municipality_id (like setup_token).
CREATE TABLE sign_in_source (
  source text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  failures integer NOT NULL
);
CREATE INDEX sign_in_source_window_idx ON sign_in_source (window_start);

-- Attempts for one account (the e-mail as entered, lower-cased) from one source; the row whose
-- source is '' counts the account's failures from every source.
CREATE TABLE sign_in_account (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  email text NOT NULL,
  source text NOT NULL,
  window_start timestamptz NOT NULL,
  failures integer NOT NULL,
  PRIMARY KEY (municipality_id, email, source)
);
CREATE INDEX sign_in_account_window_idx ON sign_in_account (window_start);

-- role_assignment.valid_to was the last day a role applied; from now on it is the first day the
-- role no longer applies (as org_unit_placement.valid_to already was), so a role ended today has
-- ended now. Ended roles keep the days they had.
UPDATE role_assignment SET valid_to = valid_to + 1 WHERE valid_to IS NOT NULL;
