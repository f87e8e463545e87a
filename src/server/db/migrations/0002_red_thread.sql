-- The red thread: plans (styrdokument) in versions, their strategic areas, goals, links,
-- indicators, uppdrag and activities. See docs/decisions/0006-red-thread-model.md.

-- One row per version of a planning document. All versions of one document (one kind, one
-- owner, one year) share series_id; goals keep their lineage_id across versions and years.
CREATE TABLE plan (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  series_id uuid NOT NULL,
  version_no integer NOT NULL DEFAULT 1,
  kind text NOT NULL CHECK (kind IN ('vision','program','strategisk_plan','namndplan','bolag_verksamhetsplan','verksamhetsplan','utvecklingsplan')),
  org_unit_id uuid NOT NULL,
  person_id uuid,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  summary text NOT NULL DEFAULT '',
  area text,
  year_from integer NOT NULL CHECK (year_from BETWEEN 2000 AND 2100),
  year_to integer NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','in_review','adopted','superseded')),
  decided_on date,
  decided_by text,
  diarienummer text,
  carried_from_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, series_id, version_no),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, person_id) REFERENCES person (municipality_id, id),
  CHECK (year_to >= year_from),
  CHECK (kind <> 'utvecklingsplan' OR person_id IS NOT NULL),
  CHECK (status NOT IN ('adopted','superseded') OR (decided_on IS NOT NULL AND decided_by IS NOT NULL))
);
CREATE INDEX plan_owner_idx ON plan (municipality_id, kind, org_unit_id, year_from);
CREATE INDEX plan_person_idx ON plan (municipality_id, person_id);

CREATE TABLE strategic_area (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  lineage_id uuid NOT NULL,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text NOT NULL DEFAULT '',
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan (municipality_id, id)
);
CREATE INDEX strategic_area_plan_idx ON strategic_area (municipality_id, plan_id);
CREATE INDEX strategic_area_lineage_idx ON strategic_area (municipality_id, lineage_id);

CREATE TABLE goal (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  lineage_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('strategic','result','malbild','contribution','development')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text NOT NULL DEFAULT '',
  qualitative_reason text,
  target_year integer,
  owner_person_id uuid,
  owner_org_unit_id uuid,
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan (municipality_id, id),
  FOREIGN KEY (municipality_id, owner_person_id) REFERENCES person (municipality_id, id),
  FOREIGN KEY (municipality_id, owner_org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX goal_plan_idx ON goal (municipality_id, plan_id);
CREATE INDEX goal_lineage_idx ON goal (municipality_id, lineage_id);

-- A link from a goal up to what it serves: another goal or a strategic area, named by lineage
-- so that a new version of the parent's plan keeps its children attached.
CREATE TABLE goal_link (
  municipality_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  parent_lineage_id uuid NOT NULL,
  parent_type text NOT NULL CHECK (parent_type IN ('goal','strategic_area')),
  PRIMARY KEY (municipality_id, goal_id, parent_lineage_id),
  FOREIGN KEY (municipality_id, goal_id) REFERENCES goal (municipality_id, id)
);
CREATE INDEX goal_link_parent_idx ON goal_link (municipality_id, parent_lineage_id);

-- The nämnder and bolag a KF goal is given to.
CREATE TABLE goal_assignee (
  municipality_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, goal_id, org_unit_id),
  FOREIGN KEY (municipality_id, goal_id) REFERENCES goal (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX goal_assignee_unit_idx ON goal_assignee (municipality_id, org_unit_id);

-- Indicators as the red thread needs them: a name and a unit, linked to goals. The indicator
-- area (targets, measurements, Kolada) builds on this table.
CREATE TABLE indicator (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  unit text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  kolada_kpi text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id)
);
CREATE UNIQUE INDEX indicator_name_idx ON indicator (municipality_id, lower(name));

CREATE TABLE goal_indicator (
  municipality_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  indicator_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, goal_id, indicator_id),
  FOREIGN KEY (municipality_id, goal_id) REFERENCES goal (municipality_id, id),
  FOREIGN KEY (municipality_id, indicator_id) REFERENCES indicator (municipality_id, id)
);

-- Uppdrag: given in a plan by its body to one or more bodies; a nämnd's uppdrag may carry on
-- one of KF's (parent_lineage_id).
CREATE TABLE assignment (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  lineage_id uuid NOT NULL,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text NOT NULL DEFAULT '',
  due_on date,
  parent_lineage_id uuid,
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan (municipality_id, id)
);
CREATE INDEX assignment_plan_idx ON assignment (municipality_id, plan_id);
CREATE INDEX assignment_parent_idx ON assignment (municipality_id, parent_lineage_id);

CREATE TABLE assignment_assignee (
  municipality_id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, assignment_id, org_unit_id),
  FOREIGN KEY (municipality_id, assignment_id) REFERENCES assignment (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX assignment_assignee_unit_idx ON assignment_assignee (municipality_id, org_unit_id);

-- Activities of a verksamhetsplan: what, who, when.
CREATE TABLE activity (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL,
  goal_id uuid,
  what text NOT NULL CHECK (length(trim(what)) > 0),
  who text NOT NULL DEFAULT '',
  starts_on date,
  due_on date,
  sort_order integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan (municipality_id, id),
  FOREIGN KEY (municipality_id, goal_id) REFERENCES goal (municipality_id, id),
  CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX activity_plan_idx ON activity (municipality_id, plan_id);
