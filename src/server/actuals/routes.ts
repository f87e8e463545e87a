// Actuals in the API: import the ledger (SIE 4 or CSV) as a background job followed at
// /import-jobs/{id}, outcome against budget per month and unit, forecasts and annual budgets.
import { createRoute, z } from '@hono/zod-openapi';
import { router } from '../http/context.js';
import { errors, jsonBody, ok } from '../http/openapi.js';
import { outcomeWorkbook } from './excel.js';
import { outcomeFor, outcomeReport, putAnnualBudget, putForecast } from './report.js';
import {
  annualBudgetInput,
  annualBudgetSchema,
  forecastInput,
  forecastSchema,
  importInput,
  outcomeQuery,
  outcomeSchema,
  unitYearParams,
} from '../../core/actuals/schemas.js';
import { startLedgerImport } from './service.js';

const tags = ['Utfall'];

export const actualsRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/actuals/imports',
      tags,
      summary: 'Läs in huvudbokens utfall (SIE 4 eller CSV) som ett jobb i bakgrunden',
      description:
        'Filen skickas base64-kodad. Den granskas helt innan jobbet startar: ett fel ger 400 med rad och orsak, och inget sparas. ' +
        'Samma fil två gånger ändrar ingenting; en ny fil ersätter utfallet för de månader den täcker.',
      request: jsonBody(importInput),
      responses: {
        202: ok(z.object({ jobId: z.uuid() }), 'Jobbet är startat; följ det på /import-jobs/{id}'),
        400: errors[400],
        401: errors[401],
        403: errors[403],
      },
    }),
    async (c) => {
      const jobId = await startLedgerImport(c.get('database').db, c.get('caller'), c.req.valid('json'));
      return c.json({ jobId }, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/actuals/outcome',
      tags,
      summary: 'Utfall mot budget per månad för en enhet och allt under den, med helårsprognos och avvikelse',
      request: { query: outcomeQuery },
      responses: { 200: ok(outcomeSchema), 400: errors[400], 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { year, unitId } = c.req.valid('query');
      return c.json(await outcomeFor(c.get('database').db, c.get('caller'), year, unitId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/actuals/outcome.xlsx',
      tags,
      summary: 'Utfallstabellen som Excel-fil',
      request: { query: outcomeQuery },
      responses: {
        200: {
          description: 'Excel-arbetsbok',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
        400: errors[400],
        401: errors[401],
        404: errors[404],
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { year, unitId } = c.req.valid('query');
      const report = await outcomeReport(c.get('database').db, caller.municipalityId, year, unitId);
      const body = await outcomeWorkbook(report);
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename="utfall-${year}.xlsx"`);
      return c.body(body as unknown as ArrayBuffer, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/actuals/forecasts/{unitId}/{year}',
      tags,
      summary: 'Enhetens helårsprognos (nettokostnad i kronor); version 0 för den första',
      request: { params: unitYearParams, ...jsonBody(forecastInput) },
      responses: { 200: ok(forecastSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] },
    }),
    async (c) => c.json(await putForecast(c.get('database').db, c.get('caller'), c.req.valid('param'), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/actuals/annual-budgets/{unitId}/{year}',
      tags,
      summary: 'Årsbudget för en enhet när huvudboken saknar budget; fördelas jämnt per månad',
      request: { params: unitYearParams, ...jsonBody(annualBudgetInput) },
      responses: {
        200: ok(annualBudgetSchema),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await putAnnualBudget(c.get('database').db, c.get('caller'), c.req.valid('param'), c.req.valid('json')), 200),
  );
