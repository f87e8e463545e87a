// A minimal valid instance of a JSON Schema from the OpenAPI document, for the authorization
// matrix: the required properties only, each the smallest value its schema accepts, with known
// field names given real values (ids of the demo data, the demo year).
import { randomUUID } from 'node:crypto';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is walked field by field
type Schema = any;

export function sample(schema: Schema, doc: Schema, fields: Record<string, unknown>, name?: string, depth = 0): unknown {
  if (name && name in fields) return fields[name];
  if (!schema || depth > 8) return null;
  if (schema.$ref) return sample(doc.components.schemas[schema.$ref.split('/').pop()], doc, fields, name, depth + 1);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((o: Schema) => o.type !== 'null') ?? options[0], doc, fields, name, depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Schema) => sample(s, doc, fields, name, depth + 1)));
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // The required properties, and any optional one the caller gave a value for.
      const keys = new Set([...(schema.required ?? []), ...Object.keys(schema.properties ?? {}).filter((k) => k in fields)]);
      for (const key of keys) out[key] = sample(schema.properties?.[key], doc, fields, key, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items, doc, fields, undefined, depth + 1));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 0, schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'email') return `matris-${randomUUID().slice(0, 8)}@example.org`;
      // Long enough for the names whose minimum is a refinement the JSON Schema does not show.
      return 'Matris'.padEnd(Math.max(6, schema.minLength ?? 0), 'x').slice(0, schema.maxLength ?? 1000);
    default:
      return null;
  }
}
