// Settings that would make a step due before its input exists, or break the law, with a
// message that says what is wrong in the words of the process. Each rule names its field.
import { addMonths, isIsoDate, monthEnd, monthName } from './dates.js';
import type { CycleSettings } from './settings.js';

export interface SettingRule {
  field: keyof CycleSettings;
  /** The message when the rule is broken, else false. */
  broken: (s: CycleSettings) => string | false;
}

const m = monthName;
const rule = (field: keyof CycleSettings, broken: SettingRule['broken']): SettingRule => ({ field, broken });
const repeats = (xs: number[]) => new Set(xs).size !== xs.length;

export const planningRules: SettingRule[] = [
  rule('budgetberedningMonths', (s) => repeats(s.budgetberedningMonths) && 'Samma månad står två gånger.'),
  rule(
    'budgetberedningMonths',
    (s) =>
      s.budgetberedningMonths.some((x) => x > s.finalProposalMonth) &&
      `Budgetberedningen bereder förslaget och kan inte sammanträda efter det slutliga förslaget i ${m(s.finalProposalMonth)}.`,
  ),
  rule(
    'budgetberedningMonthsIfNeeded',
    (s) =>
      s.budgetberedningMonthsIfNeeded.some((x) => !s.budgetberedningMonths.includes(x)) &&
      'Varje månad vid behov måste också vara en av budgetberedningens sammanträdesmånader.',
  ),
  rule(
    'premisesDueMonth',
    (s) =>
      s.premisesDueMonth < s.premisesSentMonth &&
      `Planeringsförutsättningarna kan inte vara inlämnade i ${m(s.premisesDueMonth)}, innan underlaget skickas ut i ${m(s.premisesSentMonth)}.`,
  ),
  rule(
    'premisesDueMonth',
    (s) =>
      s.premisesDueMonth >= s.namnddialogMonth &&
      `Nämnddialogen i ${m(s.namnddialogMonth)} bygger på de antagna planeringsförutsättningarna, som då måste vara inlämnade före ${m(s.namnddialogMonth)}, inte i ${m(s.premisesDueMonth)}.`,
  ),
  rule(
    'preliminaryProposalMonth',
    (s) =>
      s.preliminaryProposalMonth < s.namnddialogMonth &&
      `Det preliminära underlaget kan inte komma i ${m(s.preliminaryProposalMonth)}, före nämnddialogen i ${m(s.namnddialogMonth)}.`,
  ),
  rule(
    'finalProposalMonth',
    (s) =>
      s.finalProposalMonth < s.preliminaryProposalMonth &&
      `Det slutliga förslaget kan inte komma i ${m(s.finalProposalMonth)}, före det preliminära underlaget i ${m(s.preliminaryProposalMonth)}.`,
  ),
  ...(['kfAdoptionMonth', 'kfAdoptionMonthElectionYear'] as const).flatMap((field) => [
    rule(
      field,
      (s) =>
        s[field] < s.finalProposalMonth &&
        `Fullmäktige kan inte anta strategisk plan med budget i ${m(s[field])}, före det slutliga förslaget i ${m(s.finalProposalMonth)}.`,
    ),
    rule(field, (s) => s[field] > 11 && 'Enligt kommunallagen ska budgeten fastställas före utgången av november.'),
  ]),
  rule(
    'kfAdoptionMonthElectionYear',
    (s) =>
      s.kfAdoptionMonthElectionYear < 10 &&
      'Ett valår fastställs budgeten av de nyvalda fullmäktige, som tillträder 15 oktober: välj oktober eller november.',
  ),
  ...(['namndplanStartMonth', 'verksamhetsplanStartMonth'] as const).map((field) =>
    rule(
      field,
      (s) =>
        s[field] < s.preliminaryProposalMonth &&
        `Arbetet kan börja först när det preliminära underlaget finns i ${m(s.preliminaryProposalMonth)}, inte i ${m(s[field])}.`,
    ),
  ),
  rule(
    'namndplanDueMonth',
    (s) =>
      s.namndplanDueMonth < s.namndplanStartMonth &&
      `Nämndplanen kan inte vara fastställd i ${m(s.namndplanDueMonth)}, innan arbetet börjar i ${m(s.namndplanStartMonth)}.`,
  ),
  rule('namndplanDueMonth', (s) => {
    const kf = Math.max(s.kfAdoptionMonth, s.kfAdoptionMonthElectionYear);
    return (
      s.namndplanDueMonth < kf &&
      `Nämndplanen kan inte fastställas i ${m(s.namndplanDueMonth)}, före fullmäktiges beslut om strategisk plan med budget i ${m(kf)}${kf === s.kfAdoptionMonthElectionYear ? ' ett valår' : ''}.`
    );
  }),
];

const nr = (i: number) => `nämndrapport ${i + 1}`;
const Nr = (i: number) => `Nämndrapport ${i + 1}`;
/** Checked in a year without 29 February, so that the date exists every year. */
const date = (monthDay: string) => `2001-${monthDay}`;

export const followupRules: SettingRule[] = [
  rule('manadsrapportMonths', (s) => repeats(s.manadsrapportMonths) && 'Samma månad står två gånger.'),
  rule('namndrapportPeriodEnds', (s) => {
    const bad = s.namndrapportPeriodEnds.findIndex((e) => !isIsoDate(date(e)));
    return bad >= 0 && `${s.namndrapportPeriodEnds[bad]} (${nr(bad)}) är inget datum som finns varje år.`;
  }),
  rule('namndrapportPeriodEnds', (s) => {
    const e = s.namndrapportPeriodEnds;
    const bad = e.findIndex((x, i) => i > 0 && x <= (e[i - 1] as string));
    return bad > 0 && `Perioden för ${nr(bad)} måste sluta efter perioden för ${nr(bad - 1)}, eftersom båda börjar 1 januari.`;
  }),
  rule('namndrapportPeriodEnds', (s) => {
    const end = s.namndrapportPeriodEnds[2];
    // Lag om kommunal bokföring och redovisning: the interim report covers ½–⅔ of the year.
    return (
      (end < '06-30' || end > '08-31') &&
      `Delårsrapporten (${nr(2)}) ska omfatta minst halva och högst två tredjedelar av året: sluta mellan 06-30 och 08-31, inte ${end}.`
    );
  }),
  rule('namndrapportMonths', (s) => {
    const bad = s.namndrapportMonths.findIndex((x, i) => monthEnd(2001, x) <= date(s.namndrapportPeriodEnds[i] as string));
    return (
      bad >= 0 &&
      `Nämnden kan inte anta ${nr(bad)} i ${m(s.namndrapportMonths[bad] as number)}, innan perioden slutar ${s.namndrapportPeriodEnds[bad]}.`
    );
  }),
  rule('namndrapportKsMonths', (s) => {
    const bad = s.namndrapportKsMonths.findIndex((x, i) => x < (s.namndrapportMonths[i] as number));
    return (
      bad >= 0 &&
      `${Nr(bad)} kan inte nå kommunstyrelsen i ${m(s.namndrapportKsMonths[bad] as number)}, innan nämnden antagit den i ${m(s.namndrapportMonths[bad] as number)}.`
    );
  }),
  rule(
    'delarsrapportKfMonth',
    (s) =>
      s.delarsrapportKfMonth < s.namndrapportKsMonths[2] &&
      `Delårsrapporten kan inte nå fullmäktige i ${m(s.delarsrapportKfMonth)}, innan kommunstyrelsen behandlat den i ${m(s.namndrapportKsMonths[2])}.`,
  ),
  rule('delarsrapportKfMonth', (s) => {
    const limit = addMonths(date(s.namndrapportPeriodEnds[2]), 2);
    // The law gives two months from the end of the period for the report to reach fullmäktige.
    return (
      monthEnd(2001, s.delarsrapportKfMonth) > limit &&
      `Delårsrapporten ska nå fullmäktige inom två månader från periodens slut, alltså senast ${limit.slice(5)}, inte i ${m(s.delarsrapportKfMonth)}.`
    );
  }),
  rule(
    'arsredovisningKfMonth',
    (s) =>
      s.arsredovisningKfMonth < s.arsredovisningKsMonth &&
      `Årsredovisningen kan inte nå fullmäktige i ${m(s.arsredovisningKfMonth)}, innan kommunstyrelsen behandlat den i ${m(s.arsredovisningKsMonth)}.`,
  ),
];
