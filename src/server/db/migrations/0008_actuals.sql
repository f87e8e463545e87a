-- Actuals from the ledger (decision 0014): ledger amounts per month, responsibility code (ansvar)
-- and account as the ledger gives them; the mapping of ansvar codes to org units and the account
-- rules are applied when outcome is computed, so a new mapping needs no new import.

CREATE TABLE ledger_settings (
  municipality_id uuid PRIMARY KEY REFERENCES municipality (id),
  -- The SIE dimension that carries ansvar; 1 (kostnadsställe/resultatenhet) in most ledgers.
  ansvar_dimension integer NOT NULL DEFAULT 1 CHECK (ansvar_dimension BETWEEN 1 AND 9999),
  -- Ordered [{ from, to, category }]; null means the Kommun-Bas defaults in core.
  account_rules jsonb,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ansvar_mapping (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  code text NOT NULL CHECK (code <> ''),
  name text NOT NULL DEFAULT '',
  -- null: the code is known from a file but nobody has said which unit it is.
  org_unit_id uuid,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, code),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX ansvar_mapping_unit ON ansvar_mapping (municipality_id, org_unit_id);

CREATE TABLE ledger_amount (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  kind text NOT NULL CHECK (kind IN ('outcome', 'budget')),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  -- '' when the ledger line had no ansvar object.
  ansvar text NOT NULL,
  account text NOT NULL,
  amount_ore bigint NOT NULL,
  PRIMARY KEY (municipality_id, kind, year, month, ansvar, account)
);

-- The fallback budget of a unit when the ledger has none: an annual net amount spread evenly.
CREATE TABLE unit_annual_budget (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  amount_kr bigint NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, org_unit_id, year),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- The unit's own year-end forecast (helårsprognos) of its net operating cost.
CREATE TABLE year_forecast (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  amount_kr bigint NOT NULL,
  comment text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, org_unit_id, year),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, updated_by) REFERENCES person (municipality_id, id)
);
