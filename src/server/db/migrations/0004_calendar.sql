-- The annual cycle: a municipality's settings, its meetings (sammanträdesplan) and the tasks
-- each step of the cycle gives its org units. See docs/decisions/0009 and 0010.

-- A municipality's overrides of the cycle's settings; missing keys take the specification's
-- defaults (src/core/calendar/settings.ts).
CREATE TABLE cycle_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  settings jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id)
);

-- One meeting of a fullmäktige, kommunstyrelse or nämnd; at most one per body and day.
CREATE TABLE meeting (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  held_on date NOT NULL,
  title text NOT NULL DEFAULT '',
  source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','csv','ical')),
  external_uid text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, org_unit_id, held_on),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX meeting_date_idx ON meeting (municipality_id, held_on);

-- What one org unit must do for one occurrence of a step. "late" is never stored: it follows
-- from due_on and today (taskState in src/core/calendar/tasks.ts).
CREATE TABLE calendar_task (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  step text NOT NULL,
  step_key text NOT NULL,
  org_unit_id uuid NOT NULL,
  due_on date NOT NULL,
  meeting_id uuid,
  state text NOT NULL DEFAULT 'not_started' CHECK (state IN ('not_started','in_progress','done')),
  done_at timestamptz,
  done_by uuid,
  plan_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, step_key, org_unit_id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, meeting_id) REFERENCES meeting (municipality_id, id) ON DELETE SET NULL (meeting_id),
  FOREIGN KEY (municipality_id, done_by) REFERENCES person (municipality_id, id),
  FOREIGN KEY (municipality_id, plan_id) REFERENCES plan (municipality_id, id),
  CHECK ((state = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX calendar_task_year_idx ON calendar_task (municipality_id, year, step);
CREATE INDEX calendar_task_unit_idx ON calendar_task (municipality_id, org_unit_id);
CREATE INDEX calendar_task_due_idx ON calendar_task (municipality_id, due_on) WHERE state <> 'done';
