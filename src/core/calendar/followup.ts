// The follow-up ring: the reports on budget year Y ("Uppföljningsprocess"). A report's work
// starts the day after its period ends; it is due when its owner has adopted it, and goesTo
// says which bodies treat it after that, and by when.
import { addDays, isoDate, monthEnd, monthName, monthStart } from './dates.js';
import type { CycleContext } from './planning.js';
import type { Step, StepId } from './schemas.js';

interface Report {
  title: string;
  period: { from: string; to: string };
  due: string;
  owner: string;
  produces: string;
  goesTo?: Step['goesTo'];
}

function report(step: StepId, budgetYear: number, r: Report, phase: Step['phase'] = 'U'): Step {
  return {
    step,
    title: r.title,
    start: addDays(r.period.to, 1),
    due: r.due,
    budgetYear,
    period: r.period,
    ring: 'followup',
    phase,
    owner: r.owner,
    produces: r.produces,
    goesTo: r.goesTo ?? [],
  };
}

/** One per month: the förvaltning reports to its nämnd while the year is carried out (G). */
function manadsrapporter({ year, settings: s }: CycleContext): Step[] {
  return [...s.manadsrapportMonths]
    .sort((a, b) => a - b)
    .map((m) =>
      report(
        'manadsrapport',
        year,
        {
          title: `Månadsrapport ${monthName(m)}`,
          period: { from: monthStart(year, m), to: monthEnd(year, m) },
          // December's report is due in January of the year after.
          due: addDays(monthStart(year, m + 1), s.manadsrapportDueDay - 1),
          owner: 'Varje förvaltning, till sin nämnd',
          produces: 'Ekonomi, personal, verksamhet, pågående utveckling och avvikelser; stannar i nämnden',
        },
        'G',
      ),
    );
}

const nrProduces = [
  'Resultat och kort beskrivning, ingen analys; åtgärdsplan vid avvikelse',
  'Resultat och kort beskrivning, ingen analys; åtgärdsplan vid avvikelse',
  'Mål och ekonomi analyserade, prognos för måluppfyllelsen vid årets slut, åtgärder och arbetet med uppdragen',
  'Prognos för årets ekonomiska resultat och större avvikelser; underlag till omvärldsdag och budgetberedning',
];

/** Nämndrapport 1–4, each from 1 January. Nr 4 ends 30 October as the specification writes it, not 31. */
function namndrapporter({ year, settings: s }: CycleContext): Step[] {
  return ([1, 2, 3, 4] as const).map((n) =>
    report(`namndrapport_${n}`, year, {
      title: n === 3 ? 'Nämndrapport 3 (delårsrapport)' : `Nämndrapport ${n}`,
      period: { from: isoDate(year, 1, 1), to: `${year}-${s.namndrapportPeriodEnds[n - 1]}` },
      due: monthEnd(year, s.namndrapportMonths[n - 1] as number),
      owner: 'Varje nämnd',
      produces: nrProduces[n - 1] as string,
      goesTo: [{ body: 'kommunstyrelse', by: monthEnd(year, s.namndrapportKsMonths[n - 1] as number) }],
    }),
  );
}

/** The municipality's interim report, built on nämndrapport 3: KS, then KF within two months (law). */
function delarsrapport({ year, settings: s }: CycleContext): Step {
  return report('delarsrapport', year, {
    title: 'Delårsrapport',
    period: { from: isoDate(year, 1, 1), to: `${year}-${s.namndrapportPeriodEnds[2]}` },
    due: monthEnd(year, s.namndrapportKsMonths[2]),
    owner: 'Kommunstyrelsen, från nämndernas och bolagens rapporter',
    produces: 'Kommunens delårsrapport: mål och ekonomi, prognos för helåret; till fullmäktige och revisorerna',
    goesTo: [{ body: 'fullmaktige', by: monthEnd(year, s.delarsrapportKfMonth) }],
  });
}

/** The annual report on Y−1, made in the spring of Y; its budget year is the year it reports on. */
function arsredovisning({ year, settings: s }: CycleContext): Step {
  return report('arsredovisning', year - 1, {
    title: `Årsredovisning ${year - 1}`,
    period: { from: isoDate(year - 1, 1, 1), to: isoDate(year - 1, 12, 31) },
    due: monthEnd(year, s.arsredovisningKsMonth),
    owner: 'Kommunstyrelsen; nämnderna och bolagen lämnar sina delar',
    produces: 'Mål och ekonomi analyserade, uppdragen beskrivna; nämnder och bolag kan föredra sina resultat',
    goesTo: [{ body: 'fullmaktige', by: monthEnd(year, s.arsredovisningKfMonth) }],
  });
}

export const followupSteps = (ctx: CycleContext): Step[] => [
  ...manadsrapporter(ctx),
  ...namndrapporter(ctx),
  delarsrapport(ctx),
  arsredovisning(ctx),
];
