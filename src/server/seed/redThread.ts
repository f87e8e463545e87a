// The red thread of the demo municipality for 2026: vision → program → strategisk plan med budget
// → nämndplaner and the bolag's verksamhetsplaner → verksamhetsplaner of förvaltning, avdelning
// and enhet → the staff's utvecklingsplaner. It runs inside seedDemo's transaction and finds the
// units and people that seedDemo has just inserted by name (or e-mail).
//
// The six strategic areas are the strategic goals of "Färdplan Flen" (shared/data/flen); the
// Kolada ids come from the shared list of selected KPIs. Everything else (the vision text,
// programs, goals, uppdrag, dates, diarienummer) is invented for the demo: plausible, not fact.
//
// Two defects are left in on purpose so that the integrity list has something to show: one KF
// goal that a nämnd does not take up in its nämndplan, and one goal without an indicator.
import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import { asksDiarienummer, deciderOf } from '../../core/plans/adoption.js';
import { type GoalKind, goalKindsOf, type PlanKind, planOwnerKinds } from '../../core/plans/kinds.js';
import { checkLink, mustBeMeasured } from '../../core/plans/links.js';
import type { DB } from '../db/schema.js';

// ---------------------------------------------------------------------------------------------
// Units, as seedDemo names them.

const KF = 'Kommunfullmäktige';
const KS = 'Kommunstyrelsen';
const SBN = 'Samhällsbyggnadsnämnden';
const SN = 'Socialnämnden';
const BUKN = 'Barn-, utbildnings- och kulturnämnden';
const VN = 'Valnämnden';
const OF = 'Överförmyndaren';
const KLF = 'Kommunledningsförvaltningen';
const SBF = 'Samhällsbyggnadsförvaltningen';
const SOF = 'Socialförvaltningen';
const BUKF = 'Barn-, utbildnings- och kulturförvaltningen';
// Valnämnden and Överförmyndaren have no förvaltning of their own; the kansli serves them.
const KANSLI = 'Kansliavdelningen';
const FBAB = 'Flens Bostads AB';
const FKF = 'Flens Kommunfastigheter AB';
const FVA = 'Flen Vatten och Avfall AB';
const FIH = 'Flens Industrihus AB';
const UB = 'Unikabruket AB';

const YEAR = 2026;

// ---------------------------------------------------------------------------------------------
// Indicators. Names of Kolada KPIs follow Kolada's titles so that they are recognisable; the
// rest are the municipality's own measures (kolada null).

interface IndicatorSpec {
  name: string;
  unit: string;
  kolada?: string;
}

const indicators = {
  sjukfranvaro: { name: 'Sjukfrånvaro totalt bland anställda, kommun, andel (%)', unit: '%', kolada: 'N00090' },
  behorighetHemkommun: { name: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)', unit: '%', kolada: 'N15428' },
  behorighetKommunala: {
    name: 'Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)',
    unit: '%',
    kolada: 'N15436',
  },
  gymnasieexamen: { name: 'Gymnasieelever med examen inom 4 år, hemkommun, andel (%)', unit: '%', kolada: 'N17461' },
  braPlatsAttBo: {
    name: 'Medborgarundersökningen – kommunen är en bra plats att bo och leva på, andel (%)',
    unit: '%',
    kolada: 'N00667',
  },
  rekommendera: {
    name: 'Medborgarundersökningen – kan rekommendera andra att flytta till kommunen, andel (%)',
    unit: '%',
    kolada: 'N00670',
  },
  skoterVerksamheter: {
    name: 'Medborgarundersökningen – kommunen sköter sina olika verksamheter bra, andel (%)',
    unit: '%',
    kolada: 'N00668',
  },
  aretsResultat: { name: 'Årets resultat som andel av skatt och generella statsbidrag, kommun (%)', unit: '%', kolada: 'N03102' },
  invanare: { name: 'Invånare totalt, antal', unit: 'antal', kolada: 'N01951' },
  brukarHemtjanst: { name: 'Brukarbedömning hemtjänst äldreomsorg – helhetssyn, andel (%)', unit: '%', kolada: 'U21468' },
  brukarSarBo: { name: 'Brukarbedömning särskilt boende äldreomsorg – helhetssyn, andel (%)', unit: '%', kolada: 'U23471' },
  nkaAldreomsorg: { name: 'Nettokostnadsavvikelse äldreomsorg (%)', unit: '%', kolada: 'N20900' },
  nkaGrundskola: { name: 'Nettokostnadsavvikelse grundskola F-9 (%)', unit: '%', kolada: 'N15001' },
  nettokostnadAldreomsorg: { name: 'Nettokostnad äldreomsorg, kr/inv', unit: 'kr/inv', kolada: 'N20014' },
  nyaForetag: { name: 'Antal nystartade företag i kommunen', unit: 'antal' },
  forsorjningTillArbete: {
    name: 'Andel avslutade ärenden om försörjningsstöd där den enskilde gått till arbete eller studier',
    unit: '%',
  },
  deltagareArbete: { name: 'Andel deltagare i arbetsmarknadsinsatser som gått vidare till arbete eller studier', unit: '%' },
  utredningstid: { name: 'Andel barnavårdsutredningar avslutade inom fyra månader', unit: '%' },
  bostader: { name: 'Antal färdigställda bostäder', unit: 'antal' },
  vaxthusgas: { name: 'Växthusgasutsläpp från kommunkoncernens verksamheter', unit: 'ton CO2e' },
  fossilfriaFordon: { name: 'Andel fossilfria fordon i kommunens fordonsflotta', unit: '%' },
  hushallsavfall: { name: 'Insamlat hushållsavfall, kg per invånare', unit: 'kg/inv' },
  energi: { name: 'Energianvändning i fastighetsbeståndet', unit: 'kWh/m²' },
  handlaggningstidBygglov: { name: 'Handläggningstid för bygglov från komplett ansökan till beslut, median', unit: 'veckor' },
  valdeltagande: { name: 'Valdeltagande i val till kommunfullmäktige', unit: '%' },
  arsrakningar: { name: 'Andel årsräkningar granskade senast 30 juni', unit: '%' },
  // Kolada has a personalkontinuitet KPI, but it is not in the shared list; kept as our own.
  personalkontinuitet: { name: 'Antal olika medarbetare som en hemtjänsttagare möter under 14 dagar, median', unit: 'antal' },
  hembesok: { name: 'Antal genomförda hembesök om brandskydd', unit: 'antal' },
  insatstid: { name: 'Insatstid i Flens tätort, median', unit: 'minuter' },
  narvaro: { name: 'Andel elever med minst 90 procents närvaro', unit: '%' },
  uthyrningsgrad: { name: 'Uthyrningsgrad i industri- och verksamhetslokaler', unit: '%' },
  kulturskolan: { name: 'Antal elever i kulturskolan', unit: 'antal' },
} satisfies Record<string, IndicatorSpec>;

type IndicatorKey = keyof typeof indicators;

// ---------------------------------------------------------------------------------------------
// The shapes the plans are written in. Goals, strategic areas and uppdrag carry a `key` that
// later plans name in `serves`/`carries`; a parent must be written before its children.

/** A unit, a person (e-mail or name), or the manager of the plan's unit. */
type Owner = { unit: string } | { person: string } | 'manager';

interface GoalSpec {
  key: string;
  kind: GoalKind;
  title: string;
  description?: string;
  /** Keys of the goals (or strategic areas) the goal serves. */
  serves?: string[];
  measuredBy?: IndicatorKey[];
  /** Why the goal is followed up without an indicator. */
  qualitative?: string;
  targetYear?: number;
  /** KF goals: the nämnder and bolag that are given the goal. */
  assignedTo?: string[];
  owner?: Owner;
  /** The deliberate defect: a goal that must be measured but has neither indicator nor reason. */
  deliberatelyUnmeasured?: true;
}

interface AreaSpec {
  key: string;
  title: string;
  description: string;
}

interface AssignmentSpec {
  key: string;
  title: string;
  description?: string;
  dueOn: string;
  assignedTo: string[];
  /** Key of the KF uppdrag this one carries on. */
  carries?: string;
}

interface ActivitySpec {
  what: string;
  who: string;
  startsOn: string;
  dueOn: string;
  goal: string;
}

interface Decision {
  on: string;
  by: string;
  dnr: string;
}

interface PlanSpec {
  kind: PlanKind;
  unit: string;
  /** Utvecklingsplan: the employee (e-mail or name). */
  person?: string;
  title: string;
  summary?: string;
  area?: string;
  years: [number, number];
  /** Absent: the plan is a draft. */
  decision?: Decision;
  /** Owner of the goals unless a goal names its own; see the defaults in addPlan. */
  goalOwner?: Owner;
  areas?: AreaSpec[];
  goals: GoalSpec[];
  assignments?: AssignmentSpec[];
  activities?: ActivitySpec[];
}

const adopted = (on: string, by: string, dnr: string): Decision => ({ on, by, dnr });

// ---------------------------------------------------------------------------------------------
// Vision and programs (KF).

const vision: PlanSpec = {
  kind: 'vision',
  unit: KF,
  title: 'Vision Flen 2030',
  summary:
    'Flen – mitt i Sörmland, nära till allt. En trygg och levande kommun där människor och företag växer, där barn och unga ' +
    'har framtidstro och där vi tar ansvar för naturen och klimatet för kommande generationer.',
  years: [2020, 2030],
  decision: adopted('2019-11-28', 'Kommunfullmäktige', 'KS 2019/187'),
  goals: [],
};

const programs: PlanSpec[] = [
  {
    kind: 'program',
    unit: KF,
    title: 'Program för näringsliv och arbete 2023–2026',
    area: 'Näringsliv och arbete',
    summary:
      'Flen ska vara en kommun där det är enkelt att starta, driva och utveckla företag och där fler invånare kommer i arbete. ' +
      'Kommunen samverkar med näringslivet, Arbetsförmedlingen och regionen kring kompetensförsörjning och etableringar.',
    years: [2023, 2026],
    decision: adopted('2023-06-15', 'Kommunfullmäktige', 'KS 2023/64'),
    goalOwner: { unit: KS },
    goals: [
      { key: 'mb.foretag', kind: 'malbild', title: 'Fler företag startar, växer och etablerar sig i Flen', measuredBy: ['nyaForetag'] },
      {
        key: 'mb.arbete',
        kind: 'malbild',
        title: 'Fler Flenbor går från bidrag till arbete eller studier',
        measuredBy: ['forsorjningTillArbete'],
      },
      {
        key: 'mb.kompetens',
        kind: 'malbild',
        title: 'Arbetsgivarna i Flen hittar den kompetens de behöver',
        qualitative: 'Följs upp i den årliga dialogen med näringslivet; det finns ingen jämförbar indikator.',
      },
    ],
  },
  {
    kind: 'program',
    unit: KF,
    title: 'Program för miljö och klimat 2023–2026',
    area: 'Miljö och klimat',
    summary:
      'Kommunen ska minska sin klimatpåverkan, värna naturen och sjöarna och göra det lätt för invånare och företag att leva ' +
      'och verka hållbart. Kommunkoncernen går före.',
    years: [2023, 2026],
    decision: adopted('2023-09-28', 'Kommunfullmäktige', 'KS 2023/112'),
    goalOwner: { unit: KS },
    goals: [
      {
        key: 'mb.fossilfri',
        kind: 'malbild',
        title: 'Kommunkoncernens verksamheter och transporter är fossilfria år 2030',
        measuredBy: ['vaxthusgas', 'fossilfriaFordon'],
      },
      { key: 'mb.cirkular', kind: 'malbild', title: 'Avfallet minskar och mer återanvänds och återvinns', measuredBy: ['hushallsavfall'] },
      {
        key: 'mb.natur',
        kind: 'malbild',
        title: 'Naturen, sjöarna och kulturlandskapet värnas och är tillgängliga för alla',
        qualitative: 'Följs upp i naturvårdsprogrammets kvalitativa genomgång av skyddade områden och friluftsleder.',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Strategisk plan med budget 2026–2029 (KF): the six strategic goals of Färdplan Flen as
// strategic areas, KF's goals with the nämnder and bolag that are given them, and uppdrag.

const strategiskPlan: PlanSpec = {
  kind: 'strategisk_plan',
  unit: KF,
  title: 'Strategisk plan med budget 2026–2029',
  summary:
    'Kommunfullmäktiges styrning för budgetåret 2026 med plan för 2027–2029: strategiska områden enligt Färdplan Flen, ' +
    'mål med indikatorer, uppdrag samt drift- och investeringsramar.',
  years: [2026, 2029],
  decision: adopted('2025-09-25', 'Kommunfullmäktige', 'KS 2025/93'),
  // KS follows up KF's goals for fullmäktige (uppsiktsplikten).
  goalOwner: { unit: KS },
  areas: [
    { key: 'a.1', title: 'Hög sysselsättning och ett mångsidigt näringsliv', description: 'Färdplan Flen, strategiskt mål 6.1.' },
    {
      key: 'a.2',
      title: 'Utvecklande, lärande och hälsobefrämjande miljöer för alla barn och ungdomar',
      description: 'Färdplan Flen, strategiskt mål 6.2.',
    },
    { key: 'a.3', title: 'Attraktiva och trygga boende- och livsmiljöer', description: 'Färdplan Flen, strategiskt mål 6.3.' },
    {
      key: 'a.4',
      title: 'Vi värnar om vår miljö och utvecklar vårt kulturlandskap och våra orter med omtanke och med sikte på framtiden',
      description: 'Färdplan Flen, strategiskt mål 6.4.',
    },
    {
      key: 'a.5',
      title: 'Vi driver vår egen utveckling och påverkar utvecklingen i regionen',
      description: 'Färdplan Flen, strategiskt mål 6.5.',
    },
    {
      key: 'a.6',
      title: 'Effektiv och tillgänglig kommunal organisation kännetecknad av ett bra bemötande',
      description: 'Färdplan Flen, strategiskt mål 6.6.',
    },
  ],
  goals: [
    {
      key: 'kf.syssel',
      kind: 'strategic',
      title: 'Fler arbetstillfällen och fler Flenbor i arbete',
      // Also serves the program's målbilder: the strategic plan may link to program goals.
      serves: ['a.1', 'mb.foretag', 'mb.arbete'],
      measuredBy: ['nyaForetag', 'forsorjningTillArbete'],
      targetYear: 2029,
      assignedTo: [KS, FIH, UB],
    },
    {
      key: 'kf.forsorj',
      kind: 'result',
      title: 'Fler vuxna går från försörjningsstöd till arbete eller studier',
      serves: ['kf.syssel'],
      measuredBy: ['forsorjningTillArbete'],
      targetYear: 2026,
      assignedTo: [KS, SN],
    },
    {
      key: 'kf.skola',
      kind: 'strategic',
      title: 'Fler elever når behörighet till gymnasiet och fullföljer sin utbildning',
      serves: ['a.2'],
      measuredBy: ['behorighetHemkommun', 'gymnasieexamen'],
      targetYear: 2029,
      assignedTo: [BUKN],
    },
    {
      key: 'kf.barnunga',
      kind: 'result',
      title: 'Barn och unga i behov av stöd får tidiga och samordnade insatser',
      serves: ['kf.skola'],
      measuredBy: ['utredningstid'],
      targetYear: 2026,
      assignedTo: [SN, BUKN],
    },
    {
      key: 'kf.boende',
      kind: 'strategic',
      title: 'Flen växer med fler bostäder och trygga livsmiljöer i alla orter',
      serves: ['a.3'],
      measuredBy: ['bostader', 'braPlatsAttBo', 'invanare'],
      targetYear: 2029,
      assignedTo: [SBN, FBAB],
    },
    {
      key: 'kf.aldre',
      kind: 'strategic',
      title: 'Äldre känner sig trygga och är nöjda med sin vård och omsorg',
      serves: ['a.3'],
      measuredBy: ['brukarHemtjanst', 'brukarSarBo'],
      targetYear: 2029,
      assignedTo: [SN],
    },
    {
      key: 'kf.klimat',
      kind: 'strategic',
      title: 'Kommunkoncernens klimatpåverkan minskar',
      serves: ['a.4', 'mb.fossilfri'],
      measuredBy: ['vaxthusgas', 'fossilfriaFordon'],
      targetYear: 2029,
      assignedTo: [SBN, FBAB, FKF, FVA],
    },
    {
      key: 'kf.avfall',
      kind: 'result',
      title: 'Mängden hushållsavfall minskar och mer sorteras ut för återvinning',
      serves: ['kf.klimat'],
      measuredBy: ['hushallsavfall'],
      targetYear: 2026,
      assignedTo: [SBN, FVA],
    },
    {
      key: 'kf.region',
      kind: 'strategic',
      title: 'Flen är en attraktiv och drivande del av Sörmland och Mälardalen',
      serves: ['a.5'],
      measuredBy: ['rekommendera', 'invanare'],
      targetYear: 2029,
      assignedTo: [KS],
    },
    {
      key: 'kf.bemotande',
      kind: 'strategic',
      title: 'Invånare och företag möter en tillgänglig och rättssäker service och ett gott bemötande',
      serves: ['a.6'],
      measuredBy: ['skoterVerksamheter'],
      targetYear: 2026,
      assignedTo: [KS, SBN, SN, BUKN, VN, OF],
    },
    {
      key: 'kf.ekonomi',
      kind: 'strategic',
      title: 'En effektiv organisation med god ekonomisk hushållning',
      description: 'Årets resultat ska vara minst 2 procent av skatter och generella statsbidrag.',
      serves: ['a.6'],
      measuredBy: ['aretsResultat'],
      targetYear: 2026,
      assignedTo: [KS, SBN, SN, BUKN],
    },
    {
      key: 'kf.sjukfr',
      kind: 'result',
      title: 'Sjukfrånvaron bland kommunens medarbetare minskar',
      serves: ['kf.ekonomi'],
      measuredBy: ['sjukfranvaro'],
      targetYear: 2026,
      // Samhällsbyggnadsnämnden does not take this one up (see its nämndplan).
      assignedTo: [KS, SBN, SN, BUKN],
    },
  ],
  assignments: [
    {
      key: 'u.kompetens',
      title: 'Ta fram en gemensam plan för kompetensförsörjning inom vård, omsorg och skola',
      description: 'Planen ska omfatta rekrytering, validering och heltid som norm och redovisas till kommunstyrelsen.',
      dueOn: '2026-06-30',
      assignedTo: [SN, BUKN],
    },
    {
      key: 'u.hemgang',
      title: 'Utveckla samverkan med Region Sörmland för en trygg och effektiv hemgång från slutenvården',
      dueOn: '2026-10-31',
      assignedTo: [SN],
    },
    {
      key: 'u.bostad',
      title: 'Ta fram ett bostadsförsörjningsprogram för 2027–2030',
      dueOn: '2026-11-30',
      assignedTo: [KS, SBN],
    },
    {
      key: 'u.val',
      title: 'Genomför riktade insatser för ett ökat valdeltagande i valet 2026',
      dueOn: '2026-08-31',
      assignedTo: [VN],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Nämndplaner 2026: every nämnd and KS takes up the KF goals it was given (a goal may serve
// several) and carries KF's uppdrag on to its förvaltning.

const namndplaner: PlanSpec[] = [
  {
    kind: 'namndplan',
    unit: KS,
    title: 'Kommunstyrelsens nämndplan 2026',
    summary: 'Kommunstyrelsens mål för den egna verksamheten: näringsliv och arbetsmarknad, styrning och stöd till hela kommunen.',
    years: [YEAR, YEAR],
    decision: adopted('2025-11-05', 'Kommunstyrelsen', 'KS 2025/201'),
    goalOwner: { unit: KLF },
    goals: [
      {
        key: 'ks.tillvaxt',
        kind: 'strategic',
        title: 'Fler företag och fler Flenbor i arbete, i samverkan med regionen',
        serves: ['kf.syssel', 'kf.forsorj', 'kf.region'],
        measuredBy: ['nyaForetag', 'deltagareArbete'],
      },
      {
        key: 'ks.ekonomi',
        kind: 'result',
        title: 'Kommunens ekonomi är i balans och styrningen är tydlig och effektiv',
        serves: ['kf.ekonomi'],
        measuredBy: ['aretsResultat'],
      },
      {
        key: 'ks.medarbetare',
        kind: 'result',
        title: 'Friska medarbetare som ger invånarna ett gott bemötande',
        serves: ['kf.sjukfr', 'kf.bemotande'],
        measuredBy: ['sjukfranvaro', 'skoterVerksamheter'],
      },
    ],
    assignments: [
      {
        key: 'ks.u.bostad',
        carries: 'u.bostad',
        title: 'Samordna arbetet med bostadsförsörjningsprogrammet 2027–2030',
        dueOn: '2026-10-31',
        assignedTo: [KLF],
      },
    ],
  },
  {
    kind: 'namndplan',
    unit: SBN,
    title: 'Samhällsbyggnadsnämndens nämndplan 2026',
    summary: 'Planberedskap, bygglov, miljö, gator och parker och räddningstjänst för en växande och trygg kommun.',
    years: [YEAR, YEAR],
    decision: adopted('2025-10-23', 'Samhällsbyggnadsnämnden', 'SBN 2025/318'),
    goalOwner: { unit: SBF },
    // The deliberate defect: KF's goal on sjukfrånvaro (kf.sjukfr) is given to this nämnd, but
    // no goal below takes it up.
    goals: [
      {
        key: 'sbn.livsmiljo',
        kind: 'strategic',
        title: 'Planberedskap för fler bostäder och trygga livsmiljöer i alla orter',
        serves: ['kf.boende'],
        measuredBy: ['bostader', 'braPlatsAttBo'],
      },
      {
        key: 'sbn.klimat',
        kind: 'result',
        title: 'Nämndens verksamheter bidrar till minskad klimatpåverkan och mer återvinning',
        serves: ['kf.klimat', 'kf.avfall'],
        // The deliberate defect: no indicator and no reason why not.
        deliberatelyUnmeasured: true,
      },
      {
        key: 'sbn.service',
        kind: 'result',
        title: 'Snabb och rättssäker handläggning inom given ram',
        serves: ['kf.bemotande', 'kf.ekonomi'],
        measuredBy: ['handlaggningstidBygglov'],
      },
    ],
    assignments: [
      {
        key: 'sbn.u.bostad',
        carries: 'u.bostad',
        title: 'Ta fram underlag om planberedskap och markreserv till bostadsförsörjningsprogrammet',
        dueOn: '2026-09-30',
        assignedTo: [SBF],
      },
    ],
  },
  {
    kind: 'namndplan',
    unit: SN,
    title: 'Socialnämndens nämndplan 2026',
    summary: 'Vård och omsorg, individ- och familjeomsorg samt stöd och service till personer med funktionsnedsättning.',
    years: [YEAR, YEAR],
    decision: adopted('2025-10-22', 'Socialnämnden', 'SN 2025/145'),
    // Here the förvaltningschef in person owns the goals (the other nämnder name the förvaltning).
    goalOwner: { person: 'forvaltningschef@flen.example' },
    goals: [
      {
        key: 'sn.omsorg',
        kind: 'strategic',
        title: 'Äldre och personer med funktionsnedsättning får en trygg och värdig omsorg med hög kontinuitet',
        serves: ['kf.aldre', 'kf.bemotande'],
        measuredBy: ['brukarHemtjanst', 'brukarSarBo'],
      },
      {
        key: 'sn.egenforsorjning',
        kind: 'result',
        title: 'Fler blir självförsörjande och barn och unga får stöd i tid',
        serves: ['kf.forsorj', 'kf.barnunga'],
        measuredBy: ['forsorjningTillArbete', 'utredningstid'],
      },
      {
        key: 'sn.hallbar',
        kind: 'result',
        title: 'Verksamheten bedrivs inom ram och med friska medarbetare',
        serves: ['kf.ekonomi', 'kf.sjukfr'],
        measuredBy: ['sjukfranvaro', 'nkaAldreomsorg'],
      },
    ],
    assignments: [
      {
        key: 'sn.u.kompetens',
        carries: 'u.kompetens',
        title: 'Ta fram socialförvaltningens del av kompetensförsörjningsplanen',
        dueOn: '2026-05-31',
        assignedTo: [SOF],
      },
      {
        key: 'sn.u.hemgang',
        carries: 'u.hemgang',
        title: 'Ta fram rutiner för trygg hemgång tillsammans med Region Sörmland',
        dueOn: '2026-09-30',
        assignedTo: [SOF],
      },
    ],
  },
  {
    kind: 'namndplan',
    unit: BUKN,
    title: 'Barn-, utbildnings- och kulturnämndens nämndplan 2026',
    summary: 'Förskola, grundskola, gymnasium och vuxenutbildning, kultur och fritid.',
    years: [YEAR, YEAR],
    decision: adopted('2025-10-29', 'Barn-, utbildnings- och kulturnämnden', 'BUKN 2025/77'),
    goalOwner: { unit: BUKF },
    goals: [
      {
        key: 'bukn.larande',
        kind: 'strategic',
        title: 'Alla barn och elever utvecklas mot målen och fler når behörighet till gymnasiet',
        serves: ['kf.skola'],
        measuredBy: ['behorighetHemkommun', 'behorighetKommunala', 'gymnasieexamen'],
      },
      {
        key: 'bukn.tidigt',
        kind: 'result',
        title: 'Barn och elever i behov av stöd får det tidigt, i samverkan med socialtjänsten',
        serves: ['kf.barnunga'],
        qualitative:
          'Följs upp i elevhälsans och socialtjänstens gemensamma analys; de mått som finns visar inte hur tidigt stödet sätts in.',
      },
      {
        key: 'bukn.hallbar',
        kind: 'result',
        title: 'En hållbar arbetsmiljö, ett gott bemötande och en ekonomi i balans',
        serves: ['kf.ekonomi', 'kf.sjukfr', 'kf.bemotande'],
        measuredBy: ['sjukfranvaro', 'nkaGrundskola'],
      },
    ],
    assignments: [
      {
        key: 'bukn.u.kompetens',
        carries: 'u.kompetens',
        title: 'Ta fram förvaltningens del av kompetensförsörjningsplanen för förskola och skola',
        dueOn: '2026-05-31',
        assignedTo: [BUKF],
      },
    ],
  },
  {
    kind: 'namndplan',
    unit: VN,
    title: 'Valnämndens nämndplan 2026',
    summary: 'Valåret 2026: allmänna val den 13 september.',
    years: [YEAR, YEAR],
    decision: adopted('2025-11-12', 'Valnämnden', 'VN 2025/4'),
    goalOwner: { unit: KANSLI },
    goals: [
      {
        key: 'vn.val',
        kind: 'result',
        title: 'Valet 2026 genomförs rättssäkert och tillgängligt och valdeltagandet ökar',
        serves: ['kf.bemotande'],
        measuredBy: ['valdeltagande'],
      },
    ],
    assignments: [
      {
        key: 'vn.u.val',
        carries: 'u.val',
        title: 'Informera om valet i de valdistrikt där valdeltagandet var lägst 2022',
        dueOn: '2026-08-31',
        assignedTo: [KANSLI],
      },
    ],
  },
  {
    kind: 'namndplan',
    unit: OF,
    title: 'Överförmyndarens nämndplan 2026',
    summary: 'Tillsyn över gode män, förvaltare och förmyndare.',
    years: [YEAR, YEAR],
    decision: adopted('2025-11-14', 'Överförmyndaren', 'ÖF 2025/9'),
    goalOwner: { unit: KANSLI },
    goals: [
      {
        key: 'of.tillsyn',
        kind: 'result',
        title: 'Tillsynen över ställföreträdare är rättssäker och sker i tid',
        serves: ['kf.bemotande'],
        measuredBy: ['arsrakningar'],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// The bolag's verksamhetsplaner 2026, adopted by each styrelse against the KF goals given to it.

const bolagsplaner: PlanSpec[] = [
  {
    kind: 'bolag_verksamhetsplan',
    unit: FBAB,
    title: 'Verksamhetsplan 2026 för Flens Bostads AB',
    years: [YEAR, YEAR],
    decision: adopted('2025-12-10', 'Styrelsen för Flens Bostads AB', 'FBAB 2025/31'),
    goals: [
      {
        key: 'fbab.bostader',
        kind: 'result',
        title: 'Byggstart för 40 nya hyreslägenheter i Flen och Malmköping',
        serves: ['kf.boende'],
        measuredBy: ['bostader'],
      },
      {
        key: 'fbab.energi',
        kind: 'result',
        title: 'Energianvändningen i bostadsbeståndet minskar med 3 procent',
        serves: ['kf.klimat'],
        measuredBy: ['energi'],
      },
    ],
  },
  {
    kind: 'bolag_verksamhetsplan',
    unit: FKF,
    title: 'Verksamhetsplan 2026 för Flens Kommunfastigheter AB',
    years: [YEAR, YEAR],
    decision: adopted('2025-12-11', 'Styrelsen för Flens Kommunfastigheter AB', 'FKF 2025/18'),
    goals: [
      {
        key: 'fkf.energi',
        kind: 'result',
        title: 'Kommunens verksamhetslokaler blir energieffektivare och värms fossilfritt',
        serves: ['kf.klimat'],
        measuredBy: ['energi', 'vaxthusgas'],
      },
    ],
  },
  {
    kind: 'bolag_verksamhetsplan',
    unit: FVA,
    title: 'Verksamhetsplan 2026 för Flen Vatten och Avfall AB',
    years: [YEAR, YEAR],
    decision: adopted('2025-12-09', 'Styrelsen för Flen Vatten och Avfall AB', 'FVAB 2025/22'),
    goals: [
      {
        key: 'fva.avfall',
        kind: 'result',
        title: 'Fler hushåll sorterar ut matavfall och förpackningar och restavfallet minskar',
        serves: ['kf.avfall', 'kf.klimat'],
        measuredBy: ['hushallsavfall'],
      },
    ],
  },
  {
    kind: 'bolag_verksamhetsplan',
    unit: FIH,
    title: 'Verksamhetsplan 2026 för Flens Industrihus AB',
    years: [YEAR, YEAR],
    decision: adopted('2025-12-04', 'Styrelsen för Flens Industrihus AB', 'FIAB 2025/11'),
    goals: [
      {
        key: 'fih.lokaler',
        kind: 'result',
        title: 'Företag som vill etablera sig eller växa i Flen hittar ändamålsenliga lokaler',
        serves: ['kf.syssel'],
        measuredBy: ['uthyrningsgrad'],
      },
    ],
  },
  {
    kind: 'bolag_verksamhetsplan',
    unit: UB,
    title: 'Verksamhetsplan 2026 för Unikabruket AB',
    years: [YEAR, YEAR],
    decision: adopted('2025-12-04', 'Styrelsen för Unikabruket AB', 'UAB 2025/7'),
    goals: [
      {
        key: 'ub.arbetstillfallen',
        kind: 'result',
        title: 'Bolagets lokaler och verksamhet bidrar till nya arbetstillfällen i Flen',
        serves: ['kf.syssel'],
        measuredBy: ['uthyrningsgrad', 'nyaForetag'],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Verksamhetsplaner 2026: each förvaltning against its nämndplan; the avdelningar of
// Socialförvaltningen and Barn-, utbildnings- och kulturförvaltningen against their
// förvaltning; a few enheter against their avdelning, or their förvaltning where the
// avdelning has no plan of its own. Goals are owned by the unit's manager.

const verksamhetsplan = (unit: string, decision: Decision, goals: GoalSpec[], activities?: ActivitySpec[]): PlanSpec => ({
  kind: 'verksamhetsplan',
  unit,
  title: `Verksamhetsplan ${YEAR} – ${unit}`,
  years: [YEAR, YEAR],
  decision,
  goals,
  activities,
});

const forvaltningsplaner: PlanSpec[] = [
  verksamhetsplan(KLF, adopted('2025-12-15', 'Kommunchef', 'KS 2025/236'), [
    {
      key: 'klf.tillvaxt',
      kind: 'result',
      title: 'Ett samordnat näringslivs- och arbetsmarknadsarbete som ger fler jobb',
      serves: ['ks.tillvaxt'],
      measuredBy: ['nyaForetag', 'deltagareArbete'],
    },
    {
      key: 'klf.styrning',
      kind: 'result',
      title: 'Stöd i ekonomi, HR och kommunikation som gör det lätt för chefer att leda',
      serves: ['ks.ekonomi', 'ks.medarbetare'],
      measuredBy: ['aretsResultat', 'sjukfranvaro'],
    },
  ]),
  verksamhetsplan(SBF, adopted('2025-12-16', 'Förvaltningschef, Samhällsbyggnadsförvaltningen', 'SBN 2025/352'), [
    {
      key: 'sbf.bostader',
      kind: 'result',
      title: 'Detaljplaner för minst 100 nya bostäder antas under 2026',
      serves: ['sbn.livsmiljo'],
      measuredBy: ['bostader'],
    },
    {
      key: 'sbf.trygghet',
      kind: 'result',
      title: 'Färre bränder och olyckor i hem och offentliga miljöer',
      serves: ['sbn.livsmiljo'],
      measuredBy: ['insatstid'],
    },
    {
      key: 'sbf.klimat',
      kind: 'result',
      title: 'Kommunens fordon och arbetsmaskiner drivs fossilfritt',
      serves: ['sbn.klimat'],
      measuredBy: ['fossilfriaFordon'],
    },
    {
      key: 'sbf.service',
      kind: 'result',
      title: 'Bygglov beslutas inom fem veckor från komplett ansökan',
      serves: ['sbn.service'],
      measuredBy: ['handlaggningstidBygglov'],
    },
  ]),
  verksamhetsplan(SOF, adopted('2025-12-12', 'Förvaltningschef, Socialförvaltningen', 'SN 2025/171'), [
    {
      key: 'sof.omsorg',
      kind: 'result',
      title: 'Trygg omsorg med hög kontinuitet för äldre och personer med funktionsnedsättning',
      serves: ['sn.omsorg'],
      measuredBy: ['brukarHemtjanst', 'brukarSarBo', 'personalkontinuitet'],
    },
    {
      key: 'sof.egenforsorjning',
      kind: 'result',
      title: 'Fler når egen försörjning och barn och unga får stöd i tid',
      serves: ['sn.egenforsorjning'],
      measuredBy: ['forsorjningTillArbete', 'utredningstid'],
    },
    {
      key: 'sof.hallbar',
      kind: 'result',
      title: 'Verksamheten bedrivs inom ram, med heltid som norm och lägre sjukfrånvaro',
      serves: ['sn.hallbar'],
      measuredBy: ['sjukfranvaro', 'nkaAldreomsorg'],
    },
  ]),
  verksamhetsplan(BUKF, adopted('2025-12-17', 'Förvaltningschef, Barn-, utbildnings- och kulturförvaltningen', 'BUKN 2025/91'), [
    {
      key: 'bukf.larande',
      kind: 'result',
      title: 'Fler elever når kunskapskraven och behörighet till gymnasiet',
      serves: ['bukn.larande'],
      measuredBy: ['behorighetKommunala', 'gymnasieexamen'],
    },
    {
      key: 'bukf.tidigt',
      kind: 'result',
      title: 'Elevhälsan arbetar förebyggande och sätter in stöd tidigt',
      serves: ['bukn.tidigt'],
      measuredBy: ['narvaro'],
    },
    {
      key: 'bukf.hallbar',
      kind: 'result',
      title: 'En hållbar arbetsmiljö för barn, elever och medarbetare inom given ram',
      serves: ['bukn.hallbar'],
      measuredBy: ['sjukfranvaro', 'nkaGrundskola'],
    },
  ]),
];

const avdelningsplaner: PlanSpec[] = [
  verksamhetsplan('Vård och omsorg', adopted('2026-01-16', 'Avdelningschef, Vård och omsorg', 'SN 2026/8'), [
    {
      key: 'vo.kontinuitet',
      kind: 'result',
      title: 'Färre olika medarbetare per brukare i hemtjänsten och trygga, nöjda boende',
      serves: ['sof.omsorg'],
      measuredBy: ['personalkontinuitet', 'brukarHemtjanst', 'brukarSarBo'],
    },
    {
      key: 'vo.hallbar',
      kind: 'result',
      title: 'Lägre sjukfrånvaro och en verksamhet inom budget',
      serves: ['sof.hallbar'],
      measuredBy: ['sjukfranvaro', 'nettokostnadAldreomsorg'],
    },
  ]),
  verksamhetsplan('Individ- och familjeomsorg', adopted('2026-01-19', 'Avdelningschef, Individ- och familjeomsorg', 'SN 2026/9'), [
    {
      key: 'ifo.tidigt',
      kind: 'result',
      title: 'Barnavårdsutredningar blir klara i tid och stödet kommer tidigt',
      serves: ['sof.egenforsorjning'],
      measuredBy: ['utredningstid'],
    },
    {
      key: 'ifo.arbete',
      kind: 'result',
      title: 'Fler med försörjningsstöd går vidare till arbete eller studier',
      serves: ['sof.egenforsorjning'],
      measuredBy: ['forsorjningTillArbete'],
    },
  ]),
  verksamhetsplan('Stöd och service', adopted('2026-01-19', 'Avdelningschef, Stöd och service', 'SN 2026/10'), [
    {
      key: 'lss.delaktighet',
      kind: 'result',
      title: 'Den enskilde har inflytande över sin vardag och sitt stöd',
      serves: ['sof.omsorg'],
      qualitative: 'Följs upp genom brukarintervjuer med bildstöd; enkäter fungerar dåligt för målgruppen.',
    },
    {
      key: 'lss.hallbar',
      kind: 'result',
      title: 'Heltid som norm och en ekonomi i balans',
      serves: ['sof.hallbar'],
      measuredBy: ['sjukfranvaro'],
    },
  ]),
  verksamhetsplan('Förskola', adopted('2026-01-21', 'Verksamhetschef förskola', 'BUKN 2026/6'), [
    {
      key: 'fsk.sprak',
      kind: 'result',
      title: 'Alla barn utvecklar sitt språk och sin lust att lära',
      serves: ['bukf.larande'],
      qualitative: 'Följs upp i förskolornas systematiska kvalitetsarbete; det finns ingen jämförbar indikator för förskolan.',
    },
    {
      key: 'fsk.halsa',
      kind: 'result',
      title: 'Sjukfrånvaron i förskolan minskar',
      serves: ['bukf.hallbar'],
      measuredBy: ['sjukfranvaro'],
    },
  ]),
  verksamhetsplan('Grundskola', adopted('2026-01-21', 'Verksamhetschef grundskola', 'BUKN 2026/7'), [
    {
      key: 'gr.behorighet',
      kind: 'result',
      title: 'Minst 85 procent av eleverna i åk 9 är behöriga till yrkesprogram',
      serves: ['bukf.larande'],
      measuredBy: ['behorighetKommunala'],
    },
    {
      key: 'gr.narvaro',
      kind: 'result',
      title: 'Fler elever är närvarande i skolan',
      serves: ['bukf.tidigt'],
      measuredBy: ['narvaro'],
    },
  ]),
  verksamhetsplan('Gymnasium och vuxenutbildning', adopted('2026-01-22', 'Verksamhetschef, Gymnasium och vuxenutbildning', 'BUKN 2026/8'), [
    {
      key: 'gy.examen',
      kind: 'result',
      title: 'Fler elever tar examen inom fyra år',
      serves: ['bukf.larande'],
      measuredBy: ['gymnasieexamen'],
    },
  ]),
  verksamhetsplan('Kultur och fritid', adopted('2026-01-22', 'Kultur- och fritidschef', 'BUKN 2026/9'), [
    {
      key: 'kof.kulturskola',
      kind: 'result',
      title: 'Fler barn och unga deltar i kulturskolan och biblioteken',
      serves: ['bukf.larande'],
      measuredBy: ['kulturskolan'],
    },
  ]),
];

const enhetsplaner: PlanSpec[] = [
  // The enhet of medarbetare@flen.example.
  verksamhetsplan(
    'Hemtjänst Flen',
    adopted('2026-01-27', 'Enhetschef, Hemtjänst Flen', 'SN 2026/15'),
    [
      {
        key: 'htf.kontinuitet',
        kind: 'result',
        title: 'En brukare möter högst tolv olika medarbetare under 14 dagar',
        serves: ['vo.kontinuitet'],
        measuredBy: ['personalkontinuitet'],
      },
      {
        key: 'htf.nojdhet',
        kind: 'result',
        title: 'Minst 90 procent av brukarna är nöjda med hemtjänsten som helhet',
        serves: ['vo.kontinuitet'],
        measuredBy: ['brukarHemtjanst'],
      },
      {
        key: 'htf.halsa',
        kind: 'result',
        title: 'Sjukfrånvaron i arbetsgruppen är under 8 procent',
        serves: ['vo.hallbar'],
        measuredBy: ['sjukfranvaro'],
      },
    ],
    [
      {
        what: 'Dela in hemtjänsten i fasta team per geografiskt område',
        who: 'Therese Holmström med teamledarna',
        startsOn: '2026-01-15',
        dueOn: '2026-04-30',
        goal: 'htf.kontinuitet',
      },
      {
        what: 'Varje brukare får en kontaktman och en genomförandeplan som följs upp var sjätte månad',
        who: 'Kontaktmännen',
        startsOn: '2026-02-01',
        dueOn: '2026-12-31',
        goal: 'htf.nojdhet',
      },
      {
        what: 'Hälsofrämjande schemaplanering där alla medarbetare är med',
        who: 'Schemagruppen',
        startsOn: '2026-03-01',
        dueOn: '2026-09-30',
        goal: 'htf.halsa',
      },
    ],
  ),
  verksamhetsplan(
    'Lindgårdens särskilda boende, Flen',
    adopted('2026-01-29', 'Enhetschef, Lindgårdens särskilda boende', 'SN 2026/16'),
    [
      {
        key: 'lg.trygghet',
        kind: 'result',
        title: 'De boende känner sig trygga och är nöjda med sitt boende',
        serves: ['vo.kontinuitet'],
        measuredBy: ['brukarSarBo'],
      },
      {
        key: 'lg.halsa',
        kind: 'result',
        title: 'Sjukfrånvaron minskar till under 8 procent',
        serves: ['vo.hallbar'],
        measuredBy: ['sjukfranvaro'],
      },
    ],
    [
      {
        what: 'Fast omsorgspersonal per avdelning även kvällar och helger',
        who: 'Malin Hallberg',
        startsOn: '2026-02-01',
        dueOn: '2026-05-31',
        goal: 'lg.trygghet',
      },
      {
        what: 'Måltidsråd med de boende varje kvartal',
        who: 'Undersköterskorna på varje avdelning',
        startsOn: '2026-01-15',
        dueOn: '2026-12-15',
        goal: 'lg.trygghet',
      },
      {
        what: 'Arbetsplatsträffar om arbetsmiljö och friskvård varje månad',
        who: 'Enhetschefen och skyddsombudet',
        startsOn: '2026-01-01',
        dueOn: '2026-12-31',
        goal: 'lg.halsa',
      },
    ],
  ),
  verksamhetsplan(
    'IFO Barn och unga',
    adopted('2026-01-30', 'Enhetschef, IFO Barn och unga', 'SN 2026/17'),
    [
      {
        key: 'bu.utredning',
        kind: 'result',
        title: 'Minst 90 procent av barnavårdsutredningarna avslutas inom fyra månader',
        serves: ['ifo.tidigt'],
        measuredBy: ['utredningstid'],
      },
      {
        key: 'bu.samverkan',
        kind: 'result',
        title: 'Tidig samverkan med förskola och skola kring barn som väcker oro',
        serves: ['ifo.tidigt'],
        qualitative: 'Följs upp i den gemensamma analysen med elevhälsan.',
      },
    ],
    [
      {
        what: 'Veckovisa ärendedragningar med fokus på utredningstid',
        who: 'Ida Lind',
        startsOn: '2026-01-15',
        dueOn: '2026-03-31',
        goal: 'bu.utredning',
      },
      {
        what: 'Samverkansmöten med rektorerna i Flen varje termin',
        who: 'Socialsekreterarna och rektorerna',
        startsOn: '2026-02-01',
        dueOn: '2026-12-15',
        goal: 'bu.samverkan',
      },
    ],
  ),
  verksamhetsplan(
    'Orrestaskolan, Flen',
    adopted('2026-01-30', 'Rektor, Orrestaskolan', 'BUKN 2026/14'),
    [
      {
        key: 'or.behorighet',
        kind: 'result',
        title: 'Minst 85 procent av eleverna i åk 9 är behöriga till gymnasiet',
        serves: ['gr.behorighet'],
        measuredBy: ['behorighetKommunala'],
      },
      {
        key: 'or.narvaro',
        kind: 'result',
        title: 'Minst 90 procent av eleverna har minst 90 procents närvaro',
        serves: ['gr.narvaro'],
        measuredBy: ['narvaro'],
      },
    ],
    [
      {
        what: 'Studiestöd efter skoltid i matematik och svenska för åk 7–9',
        who: 'Lärarna i åk 7–9',
        startsOn: '2026-01-20',
        dueOn: '2026-06-12',
        goal: 'or.behorighet',
      },
      {
        what: 'Närvaroteam som följer upp frånvaro samma dag',
        who: 'Elevhälsan och mentorerna',
        startsOn: '2026-01-08',
        dueOn: '2026-12-18',
        goal: 'or.narvaro',
      },
      {
        what: 'Kollegialt lärande om bedömning och återkoppling',
        who: 'Cecilia Wikander',
        startsOn: '2026-08-17',
        dueOn: '2026-12-18',
        goal: 'or.behorighet',
      },
    ],
  ),
  // Räddningstjänst has no plan of its own: the brandstation links to the förvaltning's goals.
  verksamhetsplan(
    'Brandstation Flen',
    adopted('2026-01-26', 'Räddningschef', 'SBN 2026/22'),
    [
      {
        key: 'bsf.forebygg',
        kind: 'result',
        title: 'Alla hushåll i Flens tätort erbjuds hembesök om brandskydd under mandatperioden',
        serves: ['sbf.trygghet'],
        measuredBy: ['hembesok'],
      },
      {
        key: 'bsf.insats',
        kind: 'result',
        title: 'Första styrka är på plats inom tio minuter i Flens tätort',
        serves: ['sbf.trygghet'],
        measuredBy: ['insatstid'],
      },
    ],
    [
      {
        what: 'Hembesök om brandskydd i Flens centrum och Orrestaområdet',
        who: 'Skiftlagen',
        startsOn: '2026-03-01',
        dueOn: '2026-10-31',
        goal: 'bsf.forebygg',
      },
      {
        what: 'Övning i rökdykning och insatsledning varje månad',
        who: 'Stefan Dahl',
        startsOn: '2026-01-01',
        dueOn: '2026-12-31',
        goal: 'bsf.insats',
      },
      {
        what: 'Brandskyddsinformation i årskurs 5 i Flens skolor',
        who: 'Viktor Holm',
        startsOn: '2026-09-01',
        dueOn: '2026-11-30',
        goal: 'bsf.forebygg',
      },
    ],
  ),
  // Näringsliv och arbetsmarknad has no plan of its own either.
  verksamhetsplan(
    'Arbetsmarknadsenheten',
    adopted('2026-01-28', 'Avdelningschef, Näringsliv och arbetsmarknad', 'KS 2026/18'),
    [
      {
        key: 'ame.jobb',
        kind: 'result',
        title: 'Minst 40 procent av deltagarna går vidare till arbete eller studier',
        serves: ['klf.tillvaxt'],
        measuredBy: ['deltagareArbete'],
      },
      {
        key: 'ame.praktik',
        kind: 'result',
        title: 'Fler lokala arbetsgivare tar emot deltagare för praktik',
        serves: ['klf.tillvaxt'],
        qualitative: 'Följs upp genom samverkansavtalen med arbetsgivarna; antalet säger lite om kvaliteten.',
      },
    ],
    [
      {
        what: 'Jobbspår inom vård och omsorg tillsammans med Socialförvaltningen och Vuxenutbildningen',
        who: 'Sara Jansson',
        startsOn: '2026-02-01',
        dueOn: '2026-06-30',
        goal: 'ame.jobb',
      },
      {
        what: 'Besöka 30 lokala företag för att hitta praktikplatser',
        who: 'Arbetsmarknadskonsulenterna',
        startsOn: '2026-01-15',
        dueOn: '2026-11-30',
        goal: 'ame.praktik',
      },
    ],
  ),
];

// ---------------------------------------------------------------------------------------------
// Utvecklingsplaner 2026 for the staff of the enheter above: each employee's contribution to
// the enhet's goals and their own development, agreed in the medarbetarsamtal.

interface Medarbetarsamtal {
  unit: string;
  name: string;
  /** Only for the well-known login; the others are found by name. */
  email?: string;
  /** Without a decision the plan is a draft the employee is still writing. */
  decision?: Decision;
  contributions: { title: string; serves: string[] }[];
  development: string;
}

const medarbetarsamtal: Medarbetarsamtal[] = [
  {
    unit: 'Hemtjänst Flen',
    name: 'Jessica Andersson',
    email: 'medarbetare@flen.example',
    // Still a draft: the demo employee can go on writing it (the others are agreed and adopted).
    decision: undefined,
    contributions: [
      {
        title: 'Som kontaktman planera besöken tillsammans med mina brukare så att de möter få och kända ansikten',
        serves: ['htf.kontinuitet', 'htf.nojdhet'],
      },
      { title: 'Vara med i schemagruppen och bidra till en hälsosam arbetsplats', serves: ['htf.halsa'] },
    ],
    development: 'Gå utbildningen till specialistundersköterska inom demensvård',
  },
  {
    unit: 'Hemtjänst Flen',
    name: 'Ahmed Yusuf',
    decision: adopted('2026-02-13', 'Enhetschef, Hemtjänst Flen', 'SN 2026/42'),
    contributions: [
      { title: 'Följa teamets planering och dokumentera varje besök så att kollegorna kan ta över', serves: ['htf.kontinuitet'] },
    ],
    development: 'Validera mina kunskaper och bli undersköterska',
  },
  {
    unit: 'Lindgårdens särskilda boende, Flen',
    name: 'Amira Hassan',
    decision: adopted('2026-02-17', 'Enhetschef, Lindgårdens särskilda boende', 'SN 2026/47'),
    contributions: [{ title: 'Som kontaktperson se till att mina boendes önskemål om vardagen följs', serves: ['lg.trygghet'] }],
    development: 'Fördjupa mig i palliativ vård genom regionens webbutbildning',
  },
  {
    unit: 'Lindgårdens särskilda boende, Flen',
    name: 'Lena Gustafsson',
    decision: adopted('2026-02-18', 'Enhetschef, Lindgårdens särskilda boende', 'SN 2026/48'),
    contributions: [{ title: 'Leda måltidsrådet på min avdelning', serves: ['lg.trygghet'] }],
    development: 'Gå handledarutbildning för att ta emot elever och nyanställda',
  },
  {
    unit: 'IFO Barn och unga',
    name: 'Elsa Nyström',
    decision: adopted('2026-02-20', 'Enhetschef, IFO Barn och unga', 'SN 2026/51'),
    contributions: [{ title: 'Planera mina utredningar så att de avslutas inom fyra månader', serves: ['bu.utredning'] }],
    development: 'Fördjupningsutbildning i BBIC (Barns behov i centrum)',
  },
  {
    unit: 'IFO Barn och unga',
    name: 'Hussein Ali',
    decision: adopted('2026-02-20', 'Enhetschef, IFO Barn och unga', 'SN 2026/52'),
    contributions: [{ title: 'Vara kontaktperson för samverkan med Orrestaskolan', serves: ['bu.samverkan'] }],
    development: 'Påbörja specialistutbildningen för socialsekreterare inom barn och unga',
  },
  {
    unit: 'Orrestaskolan, Flen',
    name: 'Oskar Lundin',
    decision: adopted('2026-02-24', 'Rektor, Orrestaskolan', 'BUKN 2026/31'),
    contributions: [{ title: 'Hålla studiestöd i matematik två eftermiddagar i veckan', serves: ['or.behorighet'] }],
    development: 'Läsa 7,5 hp specialpedagogik med inriktning mot matematiksvårigheter',
  },
  {
    unit: 'Orrestaskolan, Flen',
    name: 'Nora Sjögren',
    decision: adopted('2026-02-25', 'Rektor, Orrestaskolan', 'BUKN 2026/32'),
    contributions: [
      { title: 'Som mentor följa upp frånvaron i min klass samma dag', serves: ['or.narvaro'] },
      { title: 'Använda formativ bedömning i alla mina ämnen', serves: ['or.behorighet'] },
    ],
    development: 'Gå Skolverkets kurs om språk- och kunskapsutvecklande arbetssätt',
  },
  {
    unit: 'Brandstation Flen',
    name: 'Viktor Holm',
    decision: adopted('2026-02-09', 'Styrkeledare, Brandstation Flen', 'SBN 2026/35'),
    contributions: [
      { title: 'Göra hembesök om brandskydd med mitt skiftlag och hålla brandskyddsinformation i skolorna', serves: ['bsf.forebygg'] },
    ],
    development: 'Utbildning i räddningsledning (Räddningsledare A)',
  },
];

const utvecklingsplan = (m: Medarbetarsamtal): PlanSpec => {
  const slug = m.name.toLowerCase().replace(/[^a-zåäö]+/g, '-');
  return {
    kind: 'utvecklingsplan',
    unit: m.unit,
    person: m.email ?? m.name,
    title: `Utvecklingsplan ${YEAR} – ${m.name}`,
    years: [YEAR, YEAR],
    decision: m.decision,
    goals: [
      ...m.contributions.map((c, i): GoalSpec => ({ key: `up.${slug}.${i + 1}`, kind: 'contribution', ...c })),
      { key: `up.${slug}.utveckling`, kind: 'development', title: m.development },
    ],
  };
};

// ---------------------------------------------------------------------------------------------
// Looking up what seedDemo inserted.

interface UnitRow {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
}

async function loadOrganisation(trx: Transaction<DB>, m: string) {
  const units = await trx.selectFrom('org_unit').select(['id', 'kind', 'name', 'parent_id']).where('municipality_id', '=', m).execute();
  const people = await trx.selectFrom('person').select(['id', 'name', 'email']).where('municipality_id', '=', m).execute();
  const roles = await trx
    .selectFrom('role_assignment')
    .select(['person_id', 'org_unit_id', 'role'])
    .where('municipality_id', '=', m)
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const one = <T>(found: T[], what: string): T => {
    if (found.length !== 1) throw new Error(`Röda tråden i demon: ${found.length} träffar på ${what}.`);
    return found[0] as T;
  };
  return {
    unit: (name: string): UnitRow =>
      one(
        units.filter((u) => u.name === name),
        `enheten ${name}`,
      ),
    /** By e-mail when it has an @, otherwise by name. */
    person: (who: string) =>
      one(
        people.filter((p) => (who.includes('@') ? p.email === who : p.name === who)),
        `personen ${who}`,
      ),
    manager: (unitId: string) =>
      one(
        roles.filter((r) => r.org_unit_id === unitId && r.role === 'manager'),
        `chef för ${byId.get(unitId)?.name}`,
      ).person_id,
    /** The manager of the unit or, failing one, of the nearest unit above it. */
    nearestManager: (unitId: string): string | null => {
      for (let u = byId.get(unitId); u; u = u.parent_id ? byId.get(u.parent_id) : undefined) {
        const found = roles.find((r) => r.org_unit_id === u?.id && r.role === 'manager');
        if (found) return found.person_id;
      }
      return null;
    },
    hasRole: (personId: string, unitId: string, role: string) =>
      roles.some((r) => r.person_id === personId && r.org_unit_id === unitId && r.role === role),
    /** Whether `ancestorId` is `unitId` or one of the units above it. */
    isAtOrAbove: (ancestorId: string, unitId: string) => {
      for (let u = byId.get(unitId); u; u = u.parent_id ? byId.get(u.parent_id) : undefined) if (u.id === ancestorId) return true;
      return false;
    },
  };
}

type Organisation = Awaited<ReturnType<typeof loadOrganisation>>;

// ---------------------------------------------------------------------------------------------
// Building the rows in memory, checking every link on the way, then writing each table in one
// statement: seedDemo runs in many tests, and a few hundred single inserts would slow them down.

// In foreign-key order.
const tables = [
  'indicator',
  'plan',
  'strategic_area',
  'goal',
  'goal_link',
  'goal_assignee',
  'goal_indicator',
  'assignment',
  'assignment_assignee',
  'activity',
] as const;
type Rows = { [T in (typeof tables)[number]]: Insertable<DB[T]>[] };

/** What a key names: a goal or strategic area, with what checkLink needs to know of it. */
interface Node {
  type: 'goal' | 'strategic_area';
  lineageId: string;
  planKind: PlanKind;
  goalKind: GoalKind | null;
  unitId: string;
}

function builder(m: string, org: Organisation) {
  const rows = Object.fromEntries(tables.map((t) => [t, []])) as unknown as Rows;
  const nodes = new Map<string, Node>();
  const uppdrag = new Map<string, string>();

  const indicatorId = new Map<IndicatorKey, string>();
  for (const [key, spec] of Object.entries(indicators) as [IndicatorKey, IndicatorSpec][]) {
    const id = randomUUID();
    indicatorId.set(key, id);
    rows.indicator.push({ municipality_id: m, id, name: spec.name, unit: spec.unit, kolada_kpi: spec.kolada ?? null });
  }

  const known = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Röda tråden i demon: ${key} är inte definierat (än).`);
    return value;
  };
  const fresh = <T>(map: Map<string, T>, key: string, value: T): T => {
    if (map.has(key)) throw new Error(`Röda tråden i demon: ${key} finns redan.`);
    map.set(key, value);
    return value;
  };

  /**
   * Adds a plan with its content and returns its id. With `carriedFrom` (next year's plan made
   * from this year's) the goals and uppdrag keep the lineage ids their keys already have.
   */
  const decidingUnit = (kind: PlanKind, unitId: string) =>
    deciderOf[kind] === 'fullmaktige' ? org.unit(KF).id : deciderOf[kind] === 'owner' ? unitId : null;

  function addPlan(spec: PlanSpec, carriedFrom?: string): string {
    const unit = org.unit(spec.unit);
    if (!(planOwnerKinds[spec.kind] as readonly string[]).includes(unit.kind)) {
      throw new Error(`Röda tråden i demon: ${spec.title} kan inte ägas av ${unit.name}.`);
    }
    const personId = spec.person ? org.person(spec.person).id : null;
    if (personId && !org.hasRole(personId, unit.id, 'staff')) throw new Error(`${spec.person} arbetar inte på ${unit.name}.`);
    const planId = randomUUID();
    rows.plan.push({
      municipality_id: m,
      id: planId,
      series_id: randomUUID(),
      version_no: 1,
      kind: spec.kind,
      org_unit_id: unit.id,
      person_id: personId,
      title: spec.title,
      summary: spec.summary ?? '',
      area: spec.area ?? null,
      year_from: spec.years[0],
      year_to: spec.years[1],
      status: spec.decision ? 'adopted' : 'draft',
      decided_on: spec.decision?.on ?? null,
      decided_by: spec.decision?.by ?? null,
      // The deciding body as core/plans/adoption.ts has it: KF, the owning organ, or the manager
      // at or above the unit; a manager's decision is no ärende, so it has no diarienummer.
      decided_by_org_unit_id: spec.decision ? decidingUnit(spec.kind, unit.id) : null,
      decided_by_person_id: spec.decision && deciderOf[spec.kind] === 'manager' ? org.nearestManager(unit.id) : null,
      diarienummer: spec.decision && asksDiarienummer(spec.kind) ? spec.decision.dnr : null,
      carried_from_id: carriedFrom ?? null,
    });
    const here = { planKind: spec.kind, unitId: unit.id };

    (spec.areas ?? []).forEach((a, i) => {
      const lineageId = carriedFrom ? known(nodes, a.key).lineageId : randomUUID();
      if (!carriedFrom) fresh(nodes, a.key, { type: 'strategic_area', lineageId, goalKind: null, ...here });
      rows.strategic_area.push({
        municipality_id: m,
        plan_id: planId,
        lineage_id: lineageId,
        title: a.title,
        description: a.description,
        sort_order: i + 1,
      });
    });

    // The unit's manager owns the goals of a verksamhetsplan (the VD those of a bolag), the
    // employee those of an utvecklingsplan.
    const defaultOwner: Owner | null =
      spec.goalOwner ??
      (spec.kind === 'utvecklingsplan' && spec.person
        ? { person: spec.person }
        : spec.kind === 'verksamhetsplan' || spec.kind === 'bolag_verksamhetsplan'
          ? 'manager'
          : null);
    const goalIds = new Map<string, string>();
    spec.goals.forEach((g, i) => {
      if (!goalKindsOf[spec.kind].includes(g.kind)) throw new Error(`Röda tråden i demon: ${g.key} har fel sorts mål för planen.`);
      const lineageId = carriedFrom ? known(nodes, g.key).lineageId : randomUUID();
      if (!carriedFrom) fresh(nodes, g.key, { type: 'goal', lineageId, goalKind: g.kind, ...here });
      const id = fresh(goalIds, g.key, randomUUID());
      const owner = g.owner ?? defaultOwner;
      const ownerPerson = owner === 'manager' ? org.manager(unit.id) : owner && 'person' in owner ? org.person(owner.person).id : null;
      const ownerUnit = owner && owner !== 'manager' && 'unit' in owner ? org.unit(owner.unit).id : null;
      rows.goal.push({
        municipality_id: m,
        id,
        plan_id: planId,
        lineage_id: lineageId,
        kind: g.kind,
        title: g.title,
        description: g.description ?? '',
        qualitative_reason: g.qualitative ?? null,
        target_year: g.targetYear ?? null,
        owner_person_id: ownerPerson,
        owner_org_unit_id: ownerUnit,
        sort_order: i + 1,
      });

      for (const parentKey of g.serves ?? []) {
        const parent = known(nodes, parentKey);
        // The same rule the API applies; a seed that breaks it fails here, naming the rule.
        checkLink(
          { type: 'goal', planKind: spec.kind, goalKind: g.kind, orgUnitId: unit.id },
          { type: parent.type, planKind: parent.planKind, goalKind: parent.goalKind, orgUnitId: parent.unitId },
          org.isAtOrAbove(parent.unitId, unit.id),
        );
        rows.goal_link.push({ municipality_id: m, goal_id: id, parent_lineage_id: parent.lineageId, parent_type: parent.type });
      }
      const measured = (g.measuredBy?.length ?? 0) > 0 || !!g.qualitative;
      if (mustBeMeasured(g.kind) && !measured && !g.deliberatelyUnmeasured)
        throw new Error(`Röda tråden i demon: ${g.key} saknar indikator.`);
      for (const key of g.measuredBy ?? [])
        rows.goal_indicator.push({ municipality_id: m, goal_id: id, indicator_id: known(indicatorId, key) });
      for (const name of g.assignedTo ?? []) rows.goal_assignee.push({ municipality_id: m, goal_id: id, org_unit_id: org.unit(name).id });
    });

    (spec.assignments ?? []).forEach((a, i) => {
      const lineageId = carriedFrom ? known(uppdrag, a.key) : fresh(uppdrag, a.key, randomUUID());
      const id = randomUUID();
      rows.assignment.push({
        municipality_id: m,
        id,
        plan_id: planId,
        lineage_id: lineageId,
        title: a.title,
        description: a.description ?? '',
        due_on: a.dueOn,
        parent_lineage_id: a.carries ? known(uppdrag, a.carries) : null,
        sort_order: i + 1,
      });
      for (const name of a.assignedTo)
        rows.assignment_assignee.push({ municipality_id: m, assignment_id: id, org_unit_id: org.unit(name).id });
    });

    (spec.activities ?? []).forEach((a, i) => {
      rows.activity.push({
        municipality_id: m,
        plan_id: planId,
        goal_id: known(goalIds, a.goal),
        what: a.what,
        who: a.who,
        starts_on: a.startsOn,
        due_on: a.dueOn,
        sort_order: i + 1,
      });
    });
    return planId;
  }

  return { rows, addPlan };
}

/** Inserts the demo's red thread for 2026 (and a draft nämndplan for 2027) into Flens kommun. */
export async function seedRedThread(trx: Transaction<DB>, municipalityId: string): Promise<{ plans: number; goals: number }> {
  const { rows, addPlan } = builder(municipalityId, await loadOrganisation(trx, municipalityId));
  // Top down: a goal can only serve what is already there.
  for (const spec of [
    vision,
    ...programs,
    strategiskPlan,
    ...namndplaner,
    ...bolagsplaner,
    ...forvaltningsplaner,
    ...avdelningsplaner,
    ...enhetsplaner,
    ...medarbetarsamtal.map(utvecklingsplan),
  ]) {
    const planId = addPlan(spec);
    // Next year's nämndplan for Socialnämnden, begun as a draft from this year's: the same goals
    // (same lineage) and links, so the lifecycle has something to show.
    if (spec.kind === 'namndplan' && spec.unit === SN) {
      addPlan(
        {
          ...spec,
          title: `Socialnämndens nämndplan ${YEAR + 1}`,
          summary: `Utkast, utgår från nämndplanen ${YEAR}.`,
          years: [YEAR + 1, YEAR + 1],
          decision: undefined,
        },
        planId,
      );
    }
  }
  for (const table of tables) {
    const values = rows[table];
    if (values.length > 0)
      await trx
        .insertInto(table)
        .values(values as never)
        .execute();
  }
  return { plans: rows.plan.length, goals: rows.goal.length };
}
