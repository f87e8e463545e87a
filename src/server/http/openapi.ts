// Small helpers so every route declares its body, its answer and its errors the same way.
import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      rule: z.string().optional(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');

const err = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

export const errors = {
  400: err('Ogiltiga uppgifter; fields säger vilket fält och vad som är fel'),
  401: err('Inte inloggad'),
  403: err('Saknar behörighet'),
  404: err('Finns inte'),
  409: err('Krock: någon annan har ändrat, eller uppgiften finns redan'),
  422: err('Bryter mot en regel för organisationen; rule säger vilken'),
};

export const jsonBody = <T extends ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const ok = <T extends ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const idParam = z.object({ id: z.uuid({ error: 'Ogiltigt id.' }) });
