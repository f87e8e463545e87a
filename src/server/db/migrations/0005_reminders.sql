-- Reminders of the annual cycle's tasks, the notifications and e-mails they become, the
-- municipality's reminder settings and the secret-token iCalendar feeds. See docs/decisions/0011.

-- A municipality's overrides of the reminder settings; missing keys take the defaults
-- (src/core/reminders/settings.ts).
CREATE TABLE reminder_setting (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  settings jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id)
);

-- One reminder of one task to one person. The unique key is what makes the sweep idempotent:
-- a second sweep, or a sweep after a restart, inserts nothing and so sends nothing twice.
-- due_on is part of the key, so a task whose due date moves is reminded again for the new date.
CREATE TABLE reminder (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL,
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('before', 'late')),
  -- Days before the due date ('before') or after it ('late'): which of the settings' offsets.
  days integer NOT NULL CHECK (days >= 0),
  due_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, task_id, person_id, kind, days, due_on),
  FOREIGN KEY (municipality_id, task_id) REFERENCES calendar_task (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, person_id) REFERENCES person (municipality_id, id)
);

-- What a person sees under Aviseringar. The text is stored, so it reads the same later.
CREATE TABLE notification (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  reminder_id uuid,
  task_id uuid,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  link text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, reminder_id),
  FOREIGN KEY (municipality_id, person_id) REFERENCES person (municipality_id, id),
  FOREIGN KEY (municipality_id, reminder_id) REFERENCES reminder (municipality_id, id) ON DELETE SET NULL (reminder_id),
  FOREIGN KEY (municipality_id, task_id) REFERENCES calendar_task (municipality_id, id) ON DELETE SET NULL (task_id)
);
CREATE INDEX notification_person_idx ON notification (municipality_id, person_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (municipality_id, person_id) WHERE read_at IS NULL;

-- Every e-mail Styr makes. 'held': no SMTP server was configured, so it stays here for an
-- administrator to read (utkorgen); 'pending' → 'sending' → 'sent' or 'failed' (retried by the
-- next sweep while attempts are left).
CREATE TABLE outbox (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  reminder_id uuid,
  person_id uuid,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  state text NOT NULL CHECK (state IN ('held', 'pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempted_at timestamptz,
  sent_at timestamptz,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, reminder_id),
  FOREIGN KEY (municipality_id, person_id) REFERENCES person (municipality_id, id),
  FOREIGN KEY (municipality_id, reminder_id) REFERENCES reminder (municipality_id, id) ON DELETE SET NULL (reminder_id),
  CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX outbox_list_idx ON outbox (municipality_id, created_at DESC);
CREATE INDEX outbox_to_send_idx ON outbox (state) WHERE state IN ('pending', 'sending', 'failed');

-- A subscribable iCalendar feed: a person's own (org_unit_id NULL) or one org unit's. Only the
-- SHA-256 of the secret token is kept; the token is shown once, when the feed is made.
CREATE TABLE calendar_feed (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  org_unit_id uuid,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, person_id) REFERENCES person (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
-- The URL carries only the token, so the lookup is by its hash alone.
CREATE UNIQUE INDEX calendar_feed_token_idx ON calendar_feed (token_hash);
CREATE INDEX calendar_feed_person_idx ON calendar_feed (municipality_id, person_id);
