-- Audit rows about a private object (an utvecklingsplan and everything in it) carry the
-- employee and the plan's unit, so the log can show their content only to those who may read
-- the plan: the employee and the managers of the unit or above it (decision 0004). The marks
-- are set when the row is written, so they hold after the object itself is deleted.
ALTER TABLE audit_log ADD COLUMN private_person_id uuid;
ALTER TABLE audit_log ADD COLUMN private_org_unit_id uuid;
CREATE INDEX audit_log_private_idx ON audit_log (municipality_id, private_person_id) WHERE private_person_id IS NOT NULL;

-- Backfill: rows about an utvecklingsplan that still exists, found by the plan's id or by the
-- planId/plan_id its goals, areas, uppdrag and activities carry in before/after.
UPDATE audit_log a
SET private_person_id = p.person_id, private_org_unit_id = p.org_unit_id
FROM plan p
WHERE p.municipality_id = a.municipality_id
  AND p.kind = 'utvecklingsplan'
  AND (
    (a.entity_type = 'plan' AND a.entity_id = p.id::text)
    OR (a.entity_type <> 'plan' AND COALESCE(a.after, a.before) ->> 'planId' = p.id::text)
    OR (a.entity_type <> 'plan' AND COALESCE(a.after, a.before) ->> 'plan_id' = p.id::text)
  );
-- And rows about one that no longer exists, from the plan as the row recorded it.
UPDATE audit_log
SET private_person_id = (COALESCE(after, before) ->> 'personId')::uuid,
    private_org_unit_id = (COALESCE(after, before) ->> 'orgUnitId')::uuid
WHERE private_person_id IS NULL
  AND entity_type = 'plan'
  AND COALESCE(after, before) ->> 'kind' = 'utvecklingsplan'
  AND COALESCE(after, before) ->> 'personId' IS NOT NULL;

-- Adoption is recorded against a real deciding body (finding 10): an org unit (KF, the nämnd,
-- the bolag's styrelse) or, for plans a manager fastställer, the manager. decided_by keeps the
-- body's name as it was at the decision; plans adopted before this keep their stored text.
ALTER TABLE plan ADD COLUMN decided_by_org_unit_id uuid;
ALTER TABLE plan ADD COLUMN decided_by_person_id uuid;
ALTER TABLE plan ADD FOREIGN KEY (municipality_id, decided_by_org_unit_id) REFERENCES org_unit (municipality_id, id);
ALTER TABLE plan ADD FOREIGN KEY (municipality_id, decided_by_person_id) REFERENCES person (municipality_id, id);
