// `styr export …`: data out of Styr for other programs and for people at a terminal.
import type { TreeNode } from '../core/plans/redThread.js';
import type { Database } from '../server/db/connection.js';
import { goalStatusList } from '../server/indicators/valueRoutes.js';
import { redThreadOf } from '../server/plans/thread.js';

/** The municipality named by code or id, or the only one there is. */
export async function pickMunicipality(database: Database, given?: string): Promise<{ id: string; code: string; name: string }> {
  const rows = await database.db.selectFrom('municipality').select(['id', 'code', 'name']).orderBy('code').execute();
  if (given) {
    const found = rows.find((r) => r.code === given || r.id === given);
    if (!found)
      throw new Error(`Kommunen "${given}" finns inte. Det finns: ${rows.map((r) => `${r.code} ${r.name}`).join(', ') || 'inga'}.`);
    return found;
  }
  if (rows.length !== 1)
    throw new Error(
      rows.length
        ? `Ange kommun med --municipality (kod eller id): ${rows.map((r) => `${r.code} ${r.name}`).join(', ')}.`
        : 'Databasen har ingen kommun ännu.',
    );
  return rows[0] as { id: string; code: string; name: string };
}

export async function exportRedThread(database: Database, opts: { municipality?: string; year?: number; json?: boolean }) {
  const m = await pickMunicipality(database, opts.municipality);
  const year = opts.year ?? new Date().getUTCFullYear();
  const { roots, untraced } = await redThreadOf(database.db, m.id, year, null);
  const strip = (n: TreeNode): object => ({
    kind: n.kind,
    id: n.id,
    title: n.title,
    orgUnit: n.orgUnit,
    planKind: n.planKind,
    goalKind: n.goalKind,
    children: n.children.map(strip),
  });
  if (opts.json) {
    const out = {
      municipality: { code: m.code, name: m.name },
      year,
      roots: roots.map(strip),
      untraced: untraced.map((n) => ({
        kind: n.type,
        id: n.id,
        title: n.title,
        orgUnit: n.orgUnitName,
        planKind: n.planKind,
        goalKind: n.goalKind,
      })),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const lines: string[] = [`Röda tråden ${year}, ${m.name}`];
  const walk = (n: TreeNode, depth: number) => {
    lines.push(`${'  '.repeat(depth)}- ${n.title} (${n.orgUnit})`);
    for (const c of n.children) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  if (untraced.length) lines.push('', 'Hänger inte ihop med något ovanför:', ...untraced.map((n) => `- ${n.title} (${n.orgUnitName})`));
  return `${lines.join('\n')}\n`;
}

/** Every goal in force in the year with its computed status and the reason. */
export async function exportGoalStatus(database: Database, opts: { municipality?: string; year?: number; json?: boolean }) {
  const m = await pickMunicipality(database, opts.municipality);
  const year = opts.year ?? new Date().getUTCFullYear();
  const goals = await goalStatusList(database.db, m.id, year, null);
  if (opts.json) return `${JSON.stringify({ municipality: { code: m.code, name: m.name }, year, goals }, null, 2)}\n`;
  const lines = goals.map(
    (g) =>
      `${g.statusName.padEnd(16)} ${g.title} (${g.personName ? `${g.orgUnitName} – ${g.personName}` : g.orgUnitName})\n${' '.repeat(17)}${g.reason}`,
  );
  return `Målens status ${year}, ${m.name}\n${lines.join('\n')}\n`;
}
