// The shape of an AnnualCycle (årshjul), shared by the API, the CLI and the web front end.
import { z } from 'zod';

export const stepIds = [
  'omvarldsdag',
  'budgetberedning',
  'planeringsforutsattningar',
  'namnddialog',
  'preliminart_underlag',
  'slutligt_forslag',
  'kf_strategisk_plan',
  'namndplan',
  'verksamhetsplan',
  'manadsrapport',
  'namndrapport_1',
  'namndrapport_2',
  'namndrapport_3',
  'namndrapport_4',
  'delarsrapport',
  'arsredovisning',
  'val',
] as const;
export type StepId = (typeof stepIds)[number];

export const rings = ['planning', 'followup', 'election'] as const;
/** The specification's figure: P = planering, G = genomförande, U = uppföljning. */
export const phases = ['P', 'G', 'U'] as const;
/** Bodies a step goes on to after its owner is done; org unit kinds of the glossary. */
export const onwardBodies = ['kommunstyrelse', 'fullmaktige'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const stepSchema = z.object({
  step: z.enum(stepIds),
  title: z.string(),
  start: isoDate,
  due: isoDate,
  budgetYear: z.number().int().nullable(),
  period: z.object({ from: isoDate, to: isoDate }).nullable(),
  ring: z.enum(rings),
  phase: z.enum(phases),
  owner: z.string(),
  produces: z.string(),
  goesTo: z.array(z.object({ body: z.enum(onwardBodies), by: isoDate })),
});

export const annualCycleSchema = z.object({
  year: z.number().int(),
  electionYear: z.boolean(),
  electionDay: isoDate.nullable(),
  steps: z.array(stepSchema),
});

export type Step = z.infer<typeof stepSchema>;
export type AnnualCycle = z.infer<typeof annualCycleSchema>;
