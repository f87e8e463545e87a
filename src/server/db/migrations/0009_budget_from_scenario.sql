-- A budget version made from a scenario of the allocation model (issue 6: the model is the
-- explainable bridge to the new frame): which scenario, at which of its versions, and its name
-- at that moment. The frames are copied into budget_frame as usual; the scenario is only the
-- explanation. Removing the scenario keeps the version and its frames and clears the link
-- (the name stays, and the audit row of the creation keeps the id).
ALTER TABLE budget_version ADD COLUMN source_scenario_id uuid;
ALTER TABLE budget_version ADD COLUMN source_scenario_version integer;
ALTER TABLE budget_version ADD COLUMN source_scenario_name text;
ALTER TABLE budget_version
  ADD CONSTRAINT budget_version_source_scenario_fk FOREIGN KEY (municipality_id, source_scenario_id)
  REFERENCES allocation_scenario (municipality_id, id) ON DELETE SET NULL (source_scenario_id);
