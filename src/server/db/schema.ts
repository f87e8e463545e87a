// Row types of the tables, as Kysely sees them. Kept by hand next to the migrations.
import type { ColumnType, Generated } from 'kysely';
import type { ActualsTables } from './schema/actuals.js';
import type { AllocationTables } from './schema/allocation.js';
import type { BudgetTables } from './schema/budget.js';
import type { CalendarTables } from './schema/calendar.js';
import type { RemindersTables } from './schema/reminders.js';
import type { SignInTables } from './schema/signIn.js';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, string | null, string | null>;

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  created_at: Generated<Date>;
}

export interface OrgUnitTable {
  municipality_id: string;
  id: Generated<string>;
  kind: string;
  name: string;
  short_name: string | null;
  parent_id: string | null;
  opened_on: ColumnType<string, string | undefined, string>;
  closed_on: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface OrgUnitPlacementTable {
  municipality_id: string;
  id: Generated<string>;
  org_unit_id: string;
  parent_id: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface PersonTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  email: string;
  password_hash: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface RoleAssignmentTable {
  municipality_id: string;
  id: Generated<string>;
  person_id: string;
  org_unit_id: string;
  role: string;
  title: string | null;
  valid_from: ColumnType<string, string | undefined, string>;
  valid_to: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface SessionTable {
  municipality_id: string;
  id: string;
  person_id: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface LoginAttemptTable {
  municipality_id: string;
  id: Generated<string>;
  email: string;
  succeeded: boolean;
  attempted_at: Generated<Date>;
}

export interface SetupTokenTable {
  id: string;
  created_at: Generated<Date>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: Date | null;
}

export interface AuditLogTable {
  municipality_id: string;
  id: Generated<number>;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  org_unit_id: string | null;
  before: Json;
  after: Json;
  /** Set on rows about a private object (an utvecklingsplan): its employee and unit (0011). */
  private_person_id: Generated<string | null>;
  private_org_unit_id: Generated<string | null>;
}

export interface PlanTable {
  municipality_id: string;
  id: Generated<string>;
  series_id: string;
  version_no: Generated<number>;
  kind: string;
  org_unit_id: string;
  person_id: string | null;
  title: string;
  summary: Generated<string>;
  area: string | null;
  year_from: number;
  year_to: number;
  status: Generated<string>;
  decided_on: string | null;
  decided_by: string | null;
  decided_by_org_unit_id: Generated<string | null>;
  decided_by_person_id: Generated<string | null>;
  diarienummer: string | null;
  carried_from_id: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface StrategicAreaTable {
  municipality_id: string;
  id: Generated<string>;
  plan_id: string;
  lineage_id: string;
  title: string;
  description: Generated<string>;
  sort_order: Generated<number>;
  version: Generated<number>;
}

export interface GoalTable {
  municipality_id: string;
  id: Generated<string>;
  plan_id: string;
  lineage_id: string;
  kind: string;
  title: string;
  description: Generated<string>;
  qualitative_reason: string | null;
  target_year: number | null;
  owner_person_id: string | null;
  owner_org_unit_id: string | null;
  sort_order: Generated<number>;
  version: Generated<number>;
}

export interface GoalLinkTable {
  municipality_id: string;
  goal_id: string;
  parent_lineage_id: string;
  parent_type: string;
}

export interface GoalAssigneeTable {
  municipality_id: string;
  goal_id: string;
  org_unit_id: string;
}

export interface IndicatorTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  unit: Generated<string>;
  description: Generated<string>;
  kolada_kpi: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  definition: Generated<string>;
  direction: Generated<string>;
  frequency: Generated<string>;
  gender_split: Generated<boolean>;
  tolerance_pct: Generated<number>;
  owner_person_id: string | null;
  owner_org_unit_id: string | null;
  updated_at: Timestamp;
}

export interface IndicatorTargetTable {
  municipality_id: string;
  id: Generated<string>;
  indicator_id: string;
  org_unit_id: string;
  period: string;
  value: number;
  value_high: number | null;
  is_baseline: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface MeasurementTable {
  municipality_id: string;
  id: Generated<string>;
  indicator_id: string;
  org_unit_id: string;
  period: string;
  gender: Generated<string>;
  value: number | null;
  comment: Generated<string>;
  source: Generated<string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface MeasurementHistoryTable {
  municipality_id: string;
  id: Generated<number>;
  measurement_id: string;
  value_before: number | null;
  value_after: number | null;
  comment_before: string | null;
  comment_after: string | null;
  source: string;
  changed_by: string | null;
  changed_at: Generated<Date>;
}

export interface KoladaKpiTable {
  id: string;
  title: string;
  description: Generated<string>;
  is_divided_by_gender: Generated<boolean>;
  municipality_type: string | null;
  operating_area: string | null;
  perspective: string | null;
  publ_period: string | null;
}

export interface KoladaValueTable {
  municipality_id: string;
  kpi: string;
  area_code: string;
  period: number;
  gender: string;
  value: number | null;
  count: number | null;
  status: Generated<string>;
}

export interface ImportJobTable {
  municipality_id: string;
  id: Generated<string>;
  kind: string;
  status: Generated<string>;
  params: Json;
  progress: Generated<number>;
  total: number | null;
  message: Generated<string>;
  result: Json;
  created_by: string | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
}

export interface GoalIndicatorTable {
  municipality_id: string;
  goal_id: string;
  indicator_id: string;
}

export interface AssignmentTable {
  municipality_id: string;
  id: Generated<string>;
  plan_id: string;
  lineage_id: string;
  title: string;
  description: Generated<string>;
  due_on: string | null;
  parent_lineage_id: string | null;
  sort_order: Generated<number>;
  version: Generated<number>;
}

export interface AssignmentAssigneeTable {
  municipality_id: string;
  assignment_id: string;
  org_unit_id: string;
}

export interface ActivityTable {
  municipality_id: string;
  id: Generated<string>;
  plan_id: string;
  goal_id: string | null;
  what: string;
  who: Generated<string>;
  starts_on: string | null;
  due_on: string | null;
  sort_order: Generated<number>;
  version: Generated<number>;
}

// Areas added later keep their row types in ./schema/<area>.ts.
export interface DB extends CalendarTables, RemindersTables, AllocationTables, BudgetTables, ActualsTables, SignInTables {
  municipality: MunicipalityTable;
  org_unit: OrgUnitTable;
  org_unit_placement: OrgUnitPlacementTable;
  person: PersonTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  setup_token: SetupTokenTable;
  audit_log: AuditLogTable;
  plan: PlanTable;
  strategic_area: StrategicAreaTable;
  goal: GoalTable;
  goal_link: GoalLinkTable;
  goal_assignee: GoalAssigneeTable;
  indicator: IndicatorTable;
  goal_indicator: GoalIndicatorTable;
  assignment: AssignmentTable;
  assignment_assignee: AssignmentAssigneeTable;
  activity: ActivityTable;
  indicator_target: IndicatorTargetTable;
  measurement: MeasurementTable;
  measurement_history: MeasurementHistoryTable;
  kolada_kpi: KoladaKpiTable;
  kolada_value: KoladaValueTable;
  import_job: ImportJobTable;
}
