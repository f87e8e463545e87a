// Test support for fuzz.test.ts: requests generated from the OpenAPI document's JSON schemas, and
// the hostile variants of a valid body (one field at a time, so the rest still reaches the code).
import fc from 'fast-check';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

export interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export function operations(doc: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => ({ path, method: m.toUpperCase(), op })));
}

type Components = Record<string, JsonSchema>;

function arbitrary(s: JsonSchema, components: Components, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (s.$ref) return arbitrary(components[s.$ref.split('/').at(-1) as string] ?? {}, components, ids, depth);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => arbitrary(a, components, ids, depth)));
  if (s.allOf) return arbitrary(Object.assign({}, ...s.allOf), components, ids, depth);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => arbitrary({ ...s, type }, components, ids, depth)));
  switch (s.type) {
    case 'object': {
      const props = Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, arbitrary(v, components, ids, depth + 1)]));
      return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return fc.array(depth > 4 ? fc.constant(null) : arbitrary(s.items ?? {}, components, ids, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'string':
      if (s.format === 'uuid') return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
      if (s.format === 'date') return fc.constantFrom('2026-01-01', '2027-03-15', '2027-12-31', '2028-06-30');
      if (s.format === 'date-time') return fc.constant(new Date().toISOString());
      if (s.format === 'email') return fc.constantFrom('fuzz@example.se', 'x@y.z');
      if (s.pattern) {
        try {
          return fc.stringMatching(new RegExp(s.pattern)).map((x) => x.slice(0, Math.max(s.minLength ?? 0, s.maxLength ?? 50)));
        } catch {
          // An ECMAScript-incompatible pattern: fall back to plain text.
        }
      }
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 20, 20)) });
    case 'integer':
    case 'number': {
      const min = Math.max(s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1e6), -1e9);
      const max = Math.min(s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1e6), 1e9);
      if (s.type === 'integer') return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
      return fc.double({ min, max: Math.max(min, max), noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer());
  }
}

/** One value of the schema, the same for the same seed. */
export function sampleValue(schema: JsonSchema, components: Components, seed: number, ids: Map<string, string[]>): unknown {
  const pool = [...ids.values()].flat();
  return fc.sample(arbitrary(schema, components, pool), { seed, numRuns: 1 })[0];
}

export const hostilePathValues = ['%00', 'x', 'a'.repeat(300), '-1', '99999999999', '%ED%A0%80'];
export const hostileQueryValues = ['%00', '1e308', '-1', '0000-01-01', 'x', '99999999999', '%ED%A0%80'];

type Leaf = { path: (string | number)[]; value: string | number };

function leaves(value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number') out.push({ path, value });
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) leaves(v, [...path, i], out);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (!path.length) return leaf;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = leaf;
  return copy;
}

const mapStrings = (value: unknown, f: (s: string) => string): unknown =>
  typeof value === 'string'
    ? f(value)
    : Array.isArray(value)
      ? value.map((v) => mapStrings(v, f))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]))
        : value;

const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
const dateLike = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PER_KIND = 4;

/** The hostile variants of a valid body (undefined: the route takes no body). */
export function hostileBodies(good: unknown, foreignIds: string[]): { label: string; body: string; type: string }[] {
  const text = JSON.stringify(good ?? {});
  const json = 'application/json';
  const out = [
    ...['text/plain', 'multipart/form-data; boundary=x', 'application/xml'].map((type) => ({ label: `as ${type}`, body: text, type })),
    { label: 'malformed', body: '{"a":', type: json },
    { label: 'null', body: 'null', type: json },
    { label: 'array', body: '[]', type: json },
    { label: 'deep', body: `${'['.repeat(10_000)}${']'.repeat(10_000)}`, type: json },
    { label: 'proto', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}', type: json },
  ];
  if (good === undefined) return out;
  out.push({ label: 'NUL in every string', body: JSON.stringify(mapStrings(good, (s) => `${s}\u0000`)), type: json });
  out.push({ label: 'lone surrogate in every string', body: JSON.stringify(mapStrings(good, (s) => `\ud800${s}`)), type: json });
  const all = leaves(good);
  const numbers = all.filter((l) => typeof l.value === 'number').slice(0, MAX_PER_KIND);
  for (const l of numbers) {
    for (const n of [1e308, -1e308, 2 ** 31, 2 ** 53 + 2])
      out.push({ label: `${l.path.join('.')}=${n}`, body: JSON.stringify(withLeaf(good, l.path, n)), type: json });
    const inf = JSON.stringify(withLeaf(good, l.path, '__INFINITY__')).replace('"__INFINITY__"', '1e999');
    out.push({ label: `${l.path.join('.')}=1e999`, body: inf, type: json });
  }
  const strings = all.filter((l) => typeof l.value === 'string');
  for (const l of strings.filter((s) => dateLike.test(String(s.value))).slice(0, MAX_PER_KIND))
    for (const d of ['0000-01-01', '9999-12-31', '2027-02-30'])
      out.push({ label: `${l.path.join('.')}=${d}`, body: JSON.stringify(withLeaf(good, l.path, d)), type: json });
  for (const l of strings.filter((s) => uuidLike.test(String(s.value))).slice(0, MAX_PER_KIND))
    for (const id of foreignIds.slice(0, 2))
      out.push({ label: `${l.path.join('.')}=another municipality's id`, body: JSON.stringify(withLeaf(good, l.path, id)), type: json });
  for (const l of strings.slice(0, MAX_PER_KIND))
    out.push({ label: `${l.path.join('.')} very long`, body: JSON.stringify(withLeaf(good, l.path, 'å'.repeat(100_000))), type: json });
  for (const l of all.slice(0, MAX_PER_KIND))
    out.push({ label: `${l.path.join('.')} as an object`, body: JSON.stringify(withLeaf(good, l.path, { a: [1] })), type: json });
  return out;
}
