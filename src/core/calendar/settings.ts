// The settings of the annual cycle. Every field defaults to the specification's value
// ("Planeringsprocessen", "Uppföljningsprocess"); a municipality may change them. Months are
// 1–12 of the calendar year Y in which the cycle runs, unless the name says otherwise.
import { z } from 'zod';

const monthError = { error: 'Ange en månad 1–12.' };
const month = (fallback: number) => z.number(monthError).int(monthError).min(1, monthError).max(12, monthError).default(fallback);
const months = (fallback: number[]) =>
  z.array(z.number(monthError).int(monthError).min(1, monthError).max(12, monthError)).default(() => [...fallback]);
const monthDay = z.string().regex(/^\d{2}-\d{2}$/, { error: 'Skriv datumet som MM-DD, t.ex. 08-31.' });
type Four<T> = [T, T, T, T];
const fourMonths = (fallback: Four<number>) => {
  const m = z.number(monthError).int(monthError).min(1, monthError).max(12, monthError);
  return z.tuple([m, m, m, m], { error: 'Ange fyra månader, en per nämndrapport.' }).default(() => [...fallback] as Four<number>);
};

// Strict: a misspelt setting is refused rather than silently replaced by its default.
export const cycleSettingsSchema = z.strictObject({
  omvarldsdagMonth: month(1),
  budgetberedningMonths: months([1, 2, 3, 4, 5, 6, 8]),
  /** Meetings held only if needed: "vid behov i augusti". */
  budgetberedningMonthsIfNeeded: months([8]),
  premisesSentMonth: month(1),
  premisesDueMonth: month(4),
  namnddialogMonth: month(5),
  preliminaryProposalMonth: month(6),
  finalProposalMonth: month(8),
  kfAdoptionMonth: month(9),
  kfAdoptionMonthElectionYear: month(11),
  namndplanStartMonth: month(6),
  namndplanDueMonth: month(11),
  verksamhetsplanStartMonth: month(6),
  /** A month of Y+1, the budget year itself: "senast januari för budgetåret". */
  verksamhetsplanDueMonthNextYear: month(1),
  manadsrapportMonths: months([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  /** Day of the month after the reported month; at most 28 so that every month has it. */
  manadsrapportDueDay: z
    .number({ error: 'Ange en dag 1–28.' })
    .int({ error: 'Ange en dag 1–28.' })
    .min(1, { error: 'Ange en dag 1–28.' })
    .max(28, { error: 'Högst dag 28, så att dagen finns i varje månad.' })
    .default(15),
  /** Last day of each nämndrapport's period, which always starts 1 January. */
  namndrapportPeriodEnds: z
    .tuple([monthDay, monthDay, monthDay, monthDay], { error: 'Ange fyra slutdatum, ett per nämndrapport.' })
    .default((): Four<string> => ['03-31', '05-31', '08-31', '10-30']),
  /** The month each nämnd adopts nämndrapport 1–4. */
  namndrapportMonths: fourMonths([4, 6, 9, 11]),
  /** The month nämndrapport 1–4 reaches KS (nr 3 is the delårsrapport, so also its KS month). */
  namndrapportKsMonths: fourMonths([5, 8, 10, 12]),
  delarsrapportKfMonth: month(10),
  /** Årsredovisning of Y−1 in KS and KF, months of Y. */
  arsredovisningKsMonth: month(3),
  arsredovisningKfMonth: month(4),
});

export type CycleSettings = z.infer<typeof cycleSettingsSchema>;
export type CycleSettingsInput = z.input<typeof cycleSettingsSchema>;

export const defaultSettings: CycleSettings = Object.freeze(cycleSettingsSchema.parse({}));

/** What each setting is called in Swedish, for messages a person can act on. */
export const settingLabels: Record<keyof CycleSettings, string> = {
  omvarldsdagMonth: 'Månad för omvärldsdagen',
  budgetberedningMonths: 'Budgetberedningens sammanträdesmånader',
  budgetberedningMonthsIfNeeded: 'Budgetberedningens månader vid behov',
  premisesSentMonth: 'Månad då underlaget för planeringsförutsättningar skickas ut',
  premisesDueMonth: 'Månad då planeringsförutsättningarna ska vara inlämnade',
  namnddialogMonth: 'Månad för nämnddialogen',
  preliminaryProposalMonth: 'Månad för det preliminära underlaget',
  finalProposalMonth: 'Månad för det slutliga förslaget',
  kfAdoptionMonth: 'Månad då fullmäktige antar strategisk plan med budget',
  kfAdoptionMonthElectionYear: 'Månad då fullmäktige antar strategisk plan med budget ett valår',
  namndplanStartMonth: 'Månad då arbetet med nämndplanen börjar',
  namndplanDueMonth: 'Månad då nämndplanen senast ska vara fastställd',
  verksamhetsplanStartMonth: 'Månad då arbetet med verksamhetsplanen börjar',
  verksamhetsplanDueMonthNextYear: 'Månad budgetåret då verksamhetsplanen senast ska vara fastställd',
  manadsrapportMonths: 'Månader med månadsrapport',
  manadsrapportDueDay: 'Dag i månaden efter då månadsrapporten ska vara klar',
  namndrapportPeriodEnds: 'Slutdatum för nämndrapporternas perioder',
  namndrapportMonths: 'Månader då nämnden antar nämndrapport 1–4',
  namndrapportKsMonths: 'Månader då nämndrapport 1–4 når kommunstyrelsen',
  delarsrapportKfMonth: 'Månad då delårsrapporten når fullmäktige',
  arsredovisningKsMonth: 'Månad då årsredovisningen behandlas i kommunstyrelsen',
  arsredovisningKfMonth: 'Månad då årsredovisningen behandlas i fullmäktige',
};
