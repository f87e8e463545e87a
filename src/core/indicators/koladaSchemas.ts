// The shapes of the Kolada API: one zod schema each for validation, the OpenAPI document and the web's types.
import { z } from 'zod';
import { indicatorSchema } from '../plans/schemas.js';
import { koladaGenders } from './kolada.js';

export const kpiId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]\d{5}$/, { error: 'Ett Kolada-id ser ut som N00945.' });
const areaCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{4,10}$/, { error: 'En kommunkod ser ut som 0482 (0000 är riket, G… en grupp).' });
const year = z.number().int().min(1900).max(2200);

export const kpiSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    isDividedByGender: z.boolean(),
    municipalityType: z.string().nullable(),
    operatingArea: z.string().nullable(),
    perspective: z.string().nullable(),
  })
  .meta({ id: 'KoladaKpi' });

export const areaSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    kind: z.enum(['municipality', 'region', 'group']).nullable(),
    members: z.array(z.string()).describe('a group’s member municipalities'),
  })
  .meta({ id: 'KoladaArea' });

export const searchQuery = z.object({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const valuesQuery = z.object({
  kpi: kpiId,
  areas: z
    .string()
    .max(2000)
    .optional()
    .describe('area codes separated by commas; the municipality itself and the nation (0000) if left out'),
  from: z.coerce.number().int().min(1900).max(2200).optional(),
  to: z.coerce.number().int().min(1900).max(2200).optional(),
  gender: z.enum(koladaGenders).optional(),
});

export const valueRowSchema = z.object({
  areaCode: z.string(),
  areaTitle: z.string(),
  period: z.number().int(),
  gender: z.enum(koladaGenders),
  value: z.number().nullable(),
  count: z.number().int().nullable(),
  status: z.string(),
});

export const valuesAnswer = z.object({
  kpi: kpiSchema.nullable(),
  areas: z.array(areaSchema),
  rows: z.array(valueRowSchema),
  source: z.literal('Källa: Kolada'),
});

export const importInput = z
  .discriminatedUnion('source', [
    z.object({
      source: z.literal('file'),
      format: z.enum(['json', 'csv']),
      content: z.string().min(1).max(200_000_000).describe('the file as text: a Kolada v3/v2 JSON answer or a CSV export'),
      name: z.string().max(255).optional(),
    }),
    z.object({
      source: z.literal('api'),
      kpis: z.array(kpiId).min(1).max(1000),
      municipalities: z.array(areaCode).min(1).max(1000).describe('Kolada area codes, e.g. 0482 and 0000'),
      years: z.union([z.string().max(500), z.array(year).min(1).max(200)]).describe('"2019-2025", "2019,2021" or a list'),
    }),
  ])
  .meta({ id: 'KoladaImportInput' });

export const jobSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.number().int(),
    total: z.number().int().nullable(),
    message: z.string(),
    params: z.unknown(),
    result: z.unknown(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportJob' });

export const fromKoladaInput = z.object({ kpi: kpiId });

export const koladaIndicatorSchema = indicatorSchema.extend({
  direction: z.string(),
  frequency: z.string(),
  genderSplit: z.boolean(),
});
