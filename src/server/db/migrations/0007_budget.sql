-- The budget: versions of the frames per budget year, the frames themselves, each nämnd's
-- internal distribution, the investment plan, targeted state grants and the results that the
-- balance requirement reads. See docs/decisions/0013-budget-frames.md. Amounts in whole kronor.

-- One row per version of a year's budget: the preliminary underlag (June), the proposal
-- (August), the adopted budget (KF) and later amendments. A decided version never changes.
CREATE TABLE budget_version (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
  seq integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('preliminary','proposal','adopted','amendment')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','decided')),
  decided_on date,
  decided_by text,
  diarienummer text,
  based_on_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, budget_year, seq),
  FOREIGN KEY (municipality_id, based_on_id) REFERENCES budget_version (municipality_id, id),
  CHECK (status <> 'decided' OR (decided_on IS NOT NULL AND decided_by IS NOT NULL))
);
-- KF adopts a year's budget once; later changes are amendments.
CREATE UNIQUE INDEX budget_version_one_adopted ON budget_version (municipality_id, budget_year) WHERE kind = 'adopted';

-- A frame: one body (KS, nämnd, bolag), one kind, one year of the version's four years.
CREATE TABLE budget_frame (
  municipality_id uuid NOT NULL,
  version_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('operating','investment','owner_contribution')),
  year integer NOT NULL,
  amount_kr bigint NOT NULL,
  PRIMARY KEY (municipality_id, version_id, org_unit_id, kind, year),
  FOREIGN KEY (municipality_id, version_id) REFERENCES budget_version (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX budget_frame_unit_idx ON budget_frame (municipality_id, org_unit_id);

-- A nämnd's internal distribution of its operating frame for one budget year; the header
-- carries the version that guards concurrent edits of the whole tree.
CREATE TABLE budget_distribution (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  body_id uuid NOT NULL,
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, body_id, budget_year),
  FOREIGN KEY (municipality_id, body_id) REFERENCES org_unit (municipality_id, id)
);

CREATE TABLE budget_distribution_line (
  municipality_id uuid NOT NULL,
  distribution_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  amount_kr bigint NOT NULL,
  PRIMARY KEY (municipality_id, distribution_id, org_unit_id),
  FOREIGN KEY (municipality_id, distribution_id) REFERENCES budget_distribution (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- The investment plan: a project, the nämnd that needs it, the reference to the property
-- company's plan and a priority (1 first), with an amount per year.
CREATE TABLE budget_investment (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
  org_unit_id uuid NOT NULL,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  description text NOT NULL DEFAULT '',
  property_plan_ref text NOT NULL DEFAULT '',
  priority integer NOT NULL CHECK (priority BETWEEN 1 AND 999),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX budget_investment_year_idx ON budget_investment (municipality_id, budget_year);

CREATE TABLE budget_investment_amount (
  municipality_id uuid NOT NULL,
  investment_id uuid NOT NULL,
  year integer NOT NULL,
  amount_kr bigint NOT NULL CHECK (amount_kr >= 0),
  PRIMARY KEY (municipality_id, investment_id, year),
  FOREIGN KEY (municipality_id, investment_id) REFERENCES budget_investment (municipality_id, id) ON DELETE CASCADE
);

-- Targeted state grants: sought (amount and period) or not sought (with the reason).
CREATE TABLE budget_grant (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
  org_unit_id uuid NOT NULL,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  authority text NOT NULL DEFAULT '',
  applied boolean NOT NULL,
  amount_kr bigint,
  period_from date,
  period_to date,
  reason_not_applied text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  CHECK (NOT applied OR (amount_kr IS NOT NULL AND amount_kr >= 0 AND period_from IS NOT NULL AND period_to IS NOT NULL AND period_to >= period_from)),
  CHECK (applied OR length(trim(coalesce(reason_not_applied, ''))) > 0)
);
CREATE INDEX budget_grant_year_idx ON budget_grant (municipality_id, budget_year, org_unit_id);

-- The municipality's result per year and source; the balance requirement reads the best source.
CREATE TABLE budget_result (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  source text NOT NULL CHECK (source IN ('budget','forecast','annual_report')),
  result_kr bigint NOT NULL,
  note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, year, source)
);
