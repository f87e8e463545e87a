// The planning ring: what is done in calendar year Y to plan budget year Y+1
// ("Planeringsprocess för strategisk plan med budget", DOMAIN.md "The annual cycle").
import { monthEnd, monthStart } from './dates.js';
import type { Step, StepId } from './schemas.js';
import type { CycleSettings } from './settings.js';

export interface CycleContext {
  year: number;
  settings: CycleSettings;
  electionYear: boolean;
}

interface Text {
  title: string;
  owner: string;
  produces: string;
}

/** From the first day of one month to the last of another; month 13 is January of Y+1. */
function planning(year: number, step: StepId, fromMonth: number, toMonth: number, text: Text): Step {
  return {
    step,
    title: text.title,
    start: monthStart(year, fromMonth),
    due: monthEnd(year, toMonth),
    budgetYear: year + 1,
    period: null,
    ring: 'planning',
    phase: 'P',
    owner: text.owner,
    produces: text.produces,
    goesTo: [],
  };
}

/** One step per meeting month: the ids repeat, each with its own dates, so the list stays flat. */
function budgetberedning({ year, settings: s }: CycleContext): Step[] {
  return [...s.budgetberedningMonths]
    .sort((a, b) => a - b)
    .map((m) =>
      planning(year, 'budgetberedning', m, m, {
        title: s.budgetberedningMonthsIfNeeded.includes(m) ? 'Budgetberedning (vid behov)' : 'Budgetberedning',
        owner: 'Budgetberedningen, ledd av kommunstyrelsens ordförande; ekonomichefen är processägare',
        produces: 'Underlag till förslaget till strategisk plan med budget',
      }),
    );
}

function kfAdoption({ year, settings: s, electionYear }: CycleContext): Step {
  // An election year moves the decision to the new fullmäktige, which takes office 15 October.
  const month = electionYear ? s.kfAdoptionMonthElectionYear : s.kfAdoptionMonth;
  return planning(year, 'kf_strategisk_plan', month, month, {
    title: 'Fullmäktige antar strategisk plan med budget',
    owner: electionYear ? 'De nyvalda kommunfullmäktige' : 'Kommunfullmäktige',
    produces: `Strategisk plan med budget för ${year + 1} och plan för ${year + 2}–${year + 4}`,
  });
}

export function planningSteps(ctx: CycleContext): Step[] {
  const { year, settings: s } = ctx;
  const step = (id: StepId, from: number, to: number, text: Text) => planning(year, id, from, to, text);
  return [
    step('omvarldsdag', s.omvarldsdagMonth, s.omvarldsdagMonth, texts.omvarldsdag),
    ...budgetberedning(ctx),
    step('planeringsforutsattningar', s.premisesSentMonth, s.premisesDueMonth, texts.planeringsforutsattningar),
    step('namnddialog', s.namnddialogMonth, s.namnddialogMonth, texts.namnddialog),
    step('preliminart_underlag', s.preliminaryProposalMonth, s.preliminaryProposalMonth, texts.preliminart_underlag),
    step('slutligt_forslag', s.finalProposalMonth, s.finalProposalMonth, texts.slutligt_forslag),
    kfAdoption(ctx),
    step('namndplan', s.namndplanStartMonth, s.namndplanDueMonth, { ...texts.namndplan, produces: `Nämndplan för ${year + 1}` }),
    step('verksamhetsplan', s.verksamhetsplanStartMonth, 12 + s.verksamhetsplanDueMonthNextYear, {
      ...texts.verksamhetsplan,
      produces: `Förvaltningens verksamhetsplan för ${year + 1}`,
    }),
  ];
}

const texts = {
  omvarldsdag: {
    title: 'Omvärldsdag',
    owner: 'Ekonomichefen; förvaltningsorganisationen bjuder in',
    produces: 'En gemensam bild av kommunens nuläge, omvärldsfaktorer och gemensamma utmaningar',
  },
  planeringsforutsattningar: {
    title: 'Planeringsförutsättningar',
    owner: 'Varje nämnd och bolag; behandlas i nämnden innan de lämnas till budgetberedningen',
    produces: 'Ekonomisk ställning och förändringar i omvärlden, plan för effektivisering och investeringsbehov – utan budgetäskanden',
  },
  namnddialog: {
    title: 'Nämnddialog',
    owner: 'Budgetberedningen med varje nämnds presidium och förvaltningschef, bolagens ordförande och VD',
    produces: 'En öppen dialog om nämndernas utmaningar och behov de närmaste åren',
  },
  preliminart_underlag: {
    title: 'Preliminärt underlag till strategisk plan',
    owner: 'Budgetberedningen',
    produces: 'Underlag utan politiska prioriteringar till nämnderna, så att arbetet med nämndplanen kan börja',
  },
  slutligt_forslag: {
    title: 'Slutligt förslag till strategisk plan med budget',
    owner: 'De politiskt styrande partierna; lämnas till kommunstyrelsen',
    produces: 'Strategiska områden med mål, indikatorer, förslag till uppdrag och ramar för drift och investering',
  },
  namndplan: { title: 'Nämndplan', owner: 'Varje nämnd, med stöd av förvaltningen', produces: '' },
  verksamhetsplan: { title: 'Verksamhetsplan', owner: 'Förvaltningschefen; tas fram parallellt med nämndplanen', produces: '' },
} satisfies Record<string, Text>;
