// The lifecycle of a budget version: a draft until it is decided, then immutable (like an
// adopted plan). Which kinds may follow which, and which version is in force.
import { fail } from '../errors.js';
import { type VersionKind, type VersionStatus, versionKindName } from './kinds.js';

export interface VersionLine {
  id: string;
  seq: number;
  kind: VersionKind;
  status: VersionStatus;
}

const refuse = (rule: string, message: string, field?: string) =>
  fail('budget_rule', message, { rule, fields: field ? [{ field, message }] : [] });

export const isEditable = (status: VersionStatus) => status === 'draft';

export function assertEditable(v: { status: VersionStatus; kind: VersionKind }): void {
  if (!isEditable(v.status)) {
    throw refuse(
      'decided_immutable',
      `Versionen (${versionKindName[v.kind]}) är beslutad och kan inte ändras. Skapa en ny version, till exempel en tilläggsbudget; den beslutade finns kvar.`,
    );
  }
}

/** Whether a new version of `kind` may be added to a year that already has `existing`. */
export function checkNewVersion(kind: VersionKind, existing: readonly VersionLine[]): void {
  const adopted = existing.find((v) => v.kind === 'adopted');
  if (kind === 'adopted' && adopted) {
    throw refuse('one_adopted', 'Året har redan en antagen budget. Senare ändringar görs som tilläggsbudget/ändring.', 'kind');
  }
  if (kind === 'amendment' && adopted?.status !== 'decided') {
    throw refuse('amendment_after_adoption', 'En tilläggsbudget/ändring kan läggas först när budgeten är antagen.', 'kind');
  }
  if ((kind === 'preliminary' || kind === 'proposal') && adopted?.status === 'decided') {
    throw refuse('after_adoption', 'Budgeten är redan antagen. Gör en tilläggsbudget/ändring i stället.', 'kind');
  }
}

export interface Decision {
  decidedOn?: string | null;
  decidedBy?: string | null;
  diarienummer?: string | null;
}

/** A decision needs a date and who decided; KF's adoption and amendments also a diarienummer. */
export function checkDecision(kind: VersionKind, decision: Decision): void {
  const needed: (keyof Decision)[] = ['decidedOn', 'decidedBy'];
  if (kind === 'adopted' || kind === 'amendment') needed.push('diarienummer');
  const missing = needed.filter((f) => !decision[f]?.trim());
  if (missing.length) {
    throw fail('validation', 'Ett beslut behöver datum och beslutande organ (och diarienummer när fullmäktige beslutar).', {
      fields: missing.map((field) => ({ field, message: 'Obligatoriskt när versionen beslutas.' })),
    });
  }
}

export const nextSeq = (existing: readonly VersionLine[]) => existing.reduce((max, v) => Math.max(max, v.seq), 0) + 1;

/** The budget in force: the latest decided adopted budget or amendment, or null before adoption. */
export function inForce<T extends VersionLine>(versions: readonly T[]): T | null {
  const decided = versions.filter((v) => v.status === 'decided' && (v.kind === 'adopted' || v.kind === 'amendment'));
  return decided.reduce<T | null>((best, v) => (!best || v.seq > best.seq ? v : best), null);
}

/** The version other views measure against: the one in force, else the latest version of the year. */
export function referenceVersion<T extends VersionLine>(versions: readonly T[]): T | null {
  return inForce(versions) ?? versions.reduce<T | null>((best, v) => (!best || v.seq > best.seq ? v : best), null);
}
