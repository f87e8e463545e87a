// Row types of the tables, as Kysely sees them. Kept by hand next to the migrations.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

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
}

export interface DB {
  municipality: MunicipalityTable;
  org_unit: OrgUnitTable;
  org_unit_placement: OrgUnitPlacementTable;
  person: PersonTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  setup_token: SetupTokenTable;
  audit_log: AuditLogTable;
}
