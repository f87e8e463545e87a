// Demo municipality "Flens kommun" (kommunkod 0482), for trying Styr out and for tests.
//
// The structure follows the public facts in the shared data folder (shared/data/flen/flen_organisation_uppgifter.md):
// KF, KS, Samhällsbyggnadsnämnden, Socialnämnden, Barn-, utbildnings- och kulturnämnden,
// Valnämnd, Revision, Överförmyndare; the förvaltningar Kommunledningsförvaltningen,
// Socialförvaltningen and Barn-, utbildnings- och kulturförvaltningen; the bolag listed in the
// Strategisk plan med budget 2015. Everything below förvaltning level (avdelningar, enheter,
// schools, boenden) and every person is invented for the demo: plausible, not fact.
import type { Transaction } from 'kysely';
import type { OrgUnitKind, Role } from '../../core/org/kinds.js';
import { writeAudit } from '../audit/log.js';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/connection.js';
import type { DB } from '../db/schema.js';
import { seedActuals } from './actuals.js';
import { seedAllocation } from './allocation.js';
import { seedBudget } from './budget.js';
import { seedCalendar } from './calendar.js';
import { seedRedThread } from './redThread.js';
import { seedIndicatorValues } from './values.js';

/** One password per role, so a demo user can tell from the password what they may do. */
export const demoPasswords: Record<Role, string> = {
  elected: 'styr-demo-elected',
  manager: 'styr-demo-manager',
  staff: 'styr-demo-staff',
  controller: 'styr-demo-controller',
  registrar: 'styr-demo-registrar',
  auditor: 'styr-demo-auditor',
  admin: 'styr-demo-admin',
};

/** Logins the README documents; each is a person in the data below (the test checks that). */
export const demoLogins: { role: Role; email: string; description: string }[] = [
  { role: 'admin', email: 'admin@flen.example', description: 'Systemadministratör, kommunfullmäktige' },
  { role: 'elected', email: 'ordforande@flen.example', description: 'Kommunstyrelsens ordförande' },
  { role: 'manager', email: 'forvaltningschef@flen.example', description: 'Förvaltningschef, Socialförvaltningen' },
  { role: 'controller', email: 'controller@flen.example', description: 'Controller, Socialförvaltningen' },
  { role: 'registrar', email: 'registrator@flen.example', description: 'Registrator, kommunstyrelsen' },
  { role: 'auditor', email: 'revisor@flen.example', description: 'Förtroendevald revisor, Revisionen' },
  { role: 'staff', email: 'medarbetare@flen.example', description: 'Undersköterska, Hemtjänst Flen' },
];

export interface DemoResult {
  municipalityId: string;
  people: number;
  units: number;
  plans: number;
  goals: number;
}

const MUNICIPALITY = { code: '0482', name: 'Flens kommun' };

// Units and role assignments start with the nämnd organisation of the mandate period 2023–2026.
const SINCE = '2023-01-01';

interface PersonSpec {
  name: string;
  role: Role;
  title: string;
  /** Only for the well-known logins; everyone else gets firstname.lastname@flen.example. */
  email?: string;
}

interface UnitSpec {
  kind: OrgUnitKind;
  name: string;
  short?: string;
  people?: PersonSpec[];
  children?: UnitSpec[];
}

const person =
  (role: Role) =>
  (title: string, name: string, email?: string): PersonSpec => ({ role, title, name, email });
const elected = person('elected');
const manager = person('manager');
const staff = person('staff');
const controller = person('controller');
const registrar = person('registrar');
const auditor = person('auditor');
const admin = person('admin');

const enhet = (name: string, ...people: PersonSpec[]): UnitSpec => ({ kind: 'enhet', name, people });

/** A bolag is represented by its styrelse's ordförande and its VD. */
const bolag = (name: string, ordforande: string, vd: string): UnitSpec => ({
  kind: 'bolag',
  name,
  people: [elected('Styrelseordförande', ordforande), manager('VD', vd)],
});

const flen: UnitSpec = {
  kind: 'fullmaktige',
  name: 'Kommunfullmäktige',
  short: 'KF',
  people: [
    admin('Systemadministratör', 'Karin Sjöberg', 'admin@flen.example'),
    elected('Ordförande', 'Lars Holmgren'),
    elected('1:e vice ordförande', 'Birgitta Ek'),
    elected('2:e vice ordförande', 'Göran Nyberg'),
    elected('Ledamot', 'Eva Lundqvist'),
    elected('Ledamot', 'Mohammed Haddad'),
    elected('Ledamot', 'Sofia Wallin'),
  ],
  children: [
    {
      kind: 'revision',
      name: 'Revisionen',
      people: [
        auditor('Ordförande, förtroendevald revisor', 'Bengt Forsberg'),
        auditor('Vice ordförande, förtroendevald revisor', 'Inger Mattsson'),
        auditor('Förtroendevald revisor', 'Maria Hedlund', 'revisor@flen.example'),
      ],
    },
    {
      kind: 'kommunstyrelse',
      name: 'Kommunstyrelsen',
      short: 'KS',
      people: [
        elected('Ordförande, kommunalråd', 'Annika Strand', 'ordforande@flen.example'),
        elected('1:e vice ordförande', 'Johan Petersson'),
        elected('2:e vice ordförande, oppositionsråd', 'Helena Björk'),
        elected('Ledamot', 'Ali Karimi'),
        elected('Ledamot', 'Ulla Engström'),
        registrar('Registrator', 'Linnea Sundberg', 'registrator@flen.example'),
      ],
      children: [
        {
          kind: 'forvaltning',
          name: 'Kommunledningsförvaltningen',
          short: 'KLF',
          people: [manager('Kommunchef', 'Magnus Lindberg'), controller('Controller', 'Emma Falk')],
          children: [
            {
              kind: 'avdelning',
              name: 'Ekonomiavdelningen',
              people: [manager('Ekonomichef', 'Peter Sandström')],
              children: [enhet('Redovisning'), enhet('Upphandling')],
            },
            {
              kind: 'avdelning',
              name: 'HR-avdelningen',
              people: [manager('HR-chef', 'Camilla Nord')],
              children: [enhet('Lön och pension')],
            },
            {
              kind: 'avdelning',
              name: 'Kansliavdelningen',
              people: [manager('Kanslichef', 'Fredrik Axelsson')],
              children: [enhet('Kommunikation'), enhet('Kontaktcenter')],
            },
            {
              kind: 'avdelning',
              name: 'Näringsliv och arbetsmarknad',
              people: [manager('Avdelningschef', 'Tobias Hellström')],
              children: [enhet('Näringslivsenheten'), enhet('Arbetsmarknadsenheten', manager('Enhetschef', 'Sara Jansson'))],
            },
          ],
        },
      ],
    },
    {
      kind: 'namnd',
      name: 'Samhällsbyggnadsnämnden',
      short: 'SBN',
      people: [
        elected('Ordförande', 'Kent Olofsson'),
        elected('Vice ordförande', 'Marie Lindström'),
        elected('Ledamot', 'Daniel Öberg'),
        registrar('Nämndsekreterare', 'Jenny Blom'),
      ],
      children: [
        {
          // The facts file counts four förvaltningar but names only three; this one is the
          // likely fourth, not confirmed.
          kind: 'forvaltning',
          name: 'Samhällsbyggnadsförvaltningen',
          short: 'SBF',
          people: [manager('Förvaltningschef', 'Anders Wikström'), controller('Controller', 'Hanna Lund')],
          children: [
            {
              kind: 'avdelning',
              name: 'Plan och bygg',
              people: [manager('Avdelningschef', 'Elin Söderberg')],
              children: [enhet('Bygglov'), enhet('Fysisk planering')],
            },
            {
              kind: 'avdelning',
              name: 'Miljö',
              people: [manager('Miljöchef', 'Oskar Bergqvist')],
              children: [enhet('Miljö- och hälsoskydd'), enhet('Livsmedelskontroll')],
            },
            {
              kind: 'avdelning',
              name: 'Gata och park',
              people: [manager('Avdelningschef', 'Roger Karlsson')],
              children: [enhet('Gata och trafik'), enhet('Park och skog')],
            },
            {
              kind: 'avdelning',
              name: 'Räddningstjänst',
              people: [manager('Räddningschef', 'Mats Eklund')],
              children: [
                enhet('Brandstation Flen', manager('Styrkeledare', 'Stefan Dahl'), staff('Brandman', 'Viktor Holm')),
                enhet('Brandstation Malmköping'),
              ],
            },
          ],
        },
      ],
    },
    {
      kind: 'namnd',
      name: 'Socialnämnden',
      short: 'SN',
      people: [
        elected('Ordförande', 'Gunilla Hansson'),
        elected('Vice ordförande', 'Erik Lindgren'),
        elected('Ledamot', 'Fatima Ahmadi'),
        registrar('Nämndsekreterare', 'Moa Ekström'),
      ],
      children: [
        {
          kind: 'forvaltning',
          name: 'Socialförvaltningen',
          short: 'SOF',
          people: [
            manager('Förvaltningschef', 'Charlotte Bergman', 'forvaltningschef@flen.example'),
            controller('Controller', 'Jonas Palm', 'controller@flen.example'),
          ],
          children: [
            {
              kind: 'avdelning',
              name: 'Vård och omsorg',
              people: [manager('Avdelningschef', 'Kristina Norberg')],
              children: [
                enhet(
                  'Lindgårdens särskilda boende, Flen',
                  manager('Enhetschef', 'Malin Hallberg'),
                  staff('Undersköterska', 'Amira Hassan'),
                  staff('Undersköterska', 'Lena Gustafsson'),
                ),
                enhet('Solgläntans särskilda boende, Malmköping', manager('Enhetschef', 'Patrik Sjödin')),
                enhet('Björkhagens särskilda boende, Hälleforsnäs'),
                enhet(
                  'Hemtjänst Flen',
                  manager('Enhetschef', 'Therese Holmström'),
                  staff('Undersköterska', 'Jessica Andersson', 'medarbetare@flen.example'),
                  staff('Vårdbiträde', 'Ahmed Yusuf'),
                ),
                enhet('Hemtjänst Malmköping och Sparreholm', manager('Enhetschef', 'Linda Persson')),
                enhet('Hemtjänst Hälleforsnäs och Mellösa'),
                enhet('Hemsjukvård'),
              ],
            },
            {
              kind: 'avdelning',
              name: 'Individ- och familjeomsorg',
              short: 'IFO',
              people: [manager('Avdelningschef', 'Niklas Borg')],
              children: [
                enhet(
                  'IFO Barn och unga',
                  manager('Enhetschef', 'Ida Lind'),
                  staff('Socialsekreterare', 'Elsa Nyström'),
                  staff('Socialsekreterare', 'Hussein Ali'),
                ),
                enhet('IFO Vuxen'),
                enhet('Försörjningsstöd', manager('Enhetschef', 'Sanna Viklund')),
              ],
            },
            {
              kind: 'avdelning',
              name: 'Stöd och service',
              short: 'LSS',
              people: [manager('Avdelningschef', 'Annelie Strömberg')],
              children: [
                enhet('Gruppbostad Ekbacken, Flen', manager('Enhetschef', 'Jimmy Ekman')),
                enhet('Gruppbostad Rönnen, Malmköping'),
                enhet('Daglig verksamhet'),
                enhet('Personlig assistans'),
              ],
            },
          ],
        },
      ],
    },
    {
      kind: 'namnd',
      name: 'Barn-, utbildnings- och kulturnämnden',
      short: 'BUKN',
      people: [
        elected('Ordförande', 'Håkan Sundqvist'),
        elected('Vice ordförande', 'Louise Berglund'),
        elected('Ledamot', 'Rasmus Åkesson'),
        registrar('Nämndsekreterare', 'Petra Lindholm'),
      ],
      children: [
        {
          kind: 'forvaltning',
          name: 'Barn-, utbildnings- och kulturförvaltningen',
          short: 'BUKF',
          people: [manager('Förvaltningschef', 'Mikael Ström'), controller('Ekonom', 'Sofie Holmberg')],
          children: [
            {
              kind: 'avdelning',
              name: 'Förskola',
              people: [manager('Verksamhetschef förskola', 'Maria Ekholm')],
              children: [
                enhet('Förskolan Tallbacken, Flen', manager('Rektor', 'Johanna Lindqvist')),
                enhet('Förskolan Solrosen, Malmköping'),
                enhet('Förskolan Myran, Sparreholm'),
                enhet('Förskolan Ekorren, Hälleforsnäs'),
                enhet('Förskolan Lärkan, Mellösa'),
              ],
            },
            {
              kind: 'avdelning',
              name: 'Grundskola',
              people: [manager('Verksamhetschef grundskola', 'Henrik Blomqvist')],
              children: [
                enhet(
                  'Orrestaskolan, Flen',
                  manager('Rektor', 'Cecilia Wikander'),
                  staff('Lärare', 'Oskar Lundin'),
                  staff('Lärare', 'Nora Sjögren'),
                ),
                enhet('Stenhammarskolan, Flen'),
                enhet('Malmaskolan, Malmköping', manager('Rektor', 'Anton Berglöf')),
                enhet('Bruksskolan, Hälleforsnäs'),
                enhet('Sparreholms skola'),
                enhet('Mellösa skola'),
              ],
            },
            {
              kind: 'avdelning',
              name: 'Gymnasium och vuxenutbildning',
              people: [manager('Verksamhetschef', 'Susanne Eriksson')],
              children: [enhet('Gymnasieskolan'), enhet('Vuxenutbildning och SFI')],
            },
            {
              kind: 'avdelning',
              name: 'Kultur och fritid',
              people: [manager('Kultur- och fritidschef', 'David Lundberg')],
              children: [enhet('Biblioteken'), enhet('Kulturskolan'), enhet('Fritidsgårdar'), enhet('Idrott och friluftsliv')],
            },
          ],
        },
      ],
    },
    // Nämnder that the facts name but that have no förvaltning of their own.
    {
      kind: 'namnd',
      name: 'Valnämnden',
      people: [
        elected('Ordförande', 'Sven Hedberg'),
        elected('Vice ordförande', 'Agneta Lövgren'),
        registrar('Nämndsekreterare', 'Karl Wennberg'),
      ],
    },
    {
      kind: 'namnd',
      name: 'Överförmyndaren',
      people: [
        elected('Överförmyndare', 'Barbro Sandberg'),
        elected('Ersättare för överförmyndaren', 'Lennart Åström'),
        registrar('Nämndsekreterare', 'Maja Sjöstrand'),
      ],
    },
    // The bolag of the 2015 plan. Sörmland Vatten AB, also listed there, and Framtidsbruket are
    // left out: the facts file does not say how Flen owns them.
    bolag('Flens Bostads AB', 'Roland Bäckström', 'Cecilia Åkerlund'),
    bolag('Flens Kommunfastigheter AB', 'Ingrid Falkenberg', 'Thomas Nordin'),
    bolag('Flen Vatten och Avfall AB', 'Kjell Rydberg', 'Anna Carlsson'),
    bolag('Flens Industrihus AB', 'Birgit Öhman', 'Henrik Lilja'),
    bolag('Unikabruket AB', 'Stig Wahlberg', 'Josefin Berg'),
  ],
};

/** "Göran Nyberg" -> "goran.nyberg@flen.example": addresses stay ASCII so anyone can type them. */
function emailOf(name: string): string {
  const parts = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/);
  return `${parts[0]}.${parts[parts.length - 1]}@flen.example`;
}

interface Seeding {
  trx: Transaction<DB>;
  municipalityId: string;
  /** Password hash per role, computed once per distinct password. */
  hashOf: (role: Role) => string;
}

/** Inserts a unit, its placement, its people and then its subtree; returns what it inserted. */
async function insertUnit(s: Seeding, spec: UnitSpec, parentId: string | null): Promise<{ units: number; people: number }> {
  const m = s.municipalityId;
  const { id } = await s.trx
    .insertInto('org_unit')
    .values({ municipality_id: m, kind: spec.kind, name: spec.name, short_name: spec.short ?? null, parent_id: parentId, opened_on: SINCE })
    .returning('id')
    .executeTakeFirstOrThrow();
  await s.trx
    .insertInto('org_unit_placement')
    .values({ municipality_id: m, org_unit_id: id, parent_id: parentId, valid_from: SINCE, valid_to: null })
    .execute();

  const count = { units: 1, people: 0 };
  for (const p of spec.people ?? []) {
    const row = await s.trx
      .insertInto('person')
      .values({ municipality_id: m, name: p.name, email: p.email ?? emailOf(p.name), password_hash: s.hashOf(p.role) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await s.trx
      .insertInto('role_assignment')
      .values({ municipality_id: m, person_id: row.id, org_unit_id: id, role: p.role, title: p.title, valid_from: SINCE })
      .execute();
    count.people++;
  }
  for (const child of spec.children ?? []) {
    const sub = await insertUnit(s, child, id);
    count.units += sub.units;
    count.people += sub.people;
  }
  return count;
}

/** Loads Flens kommun into a migrated database; refuses when it is already there. */
export async function seedDemo(database: Database): Promise<DemoResult> {
  // argon2 is deliberately slow: hash each distinct password once, before the transaction
  // opens, so the transaction is not held open while hashing.
  const passwords = [...new Set(Object.values(demoPasswords))];
  const hashes = new Map(await Promise.all(passwords.map(async (p) => [p, await hashPassword(p)] as const)));
  const hashOf = (role: Role) => hashes.get(demoPasswords[role]) as string;

  return database.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('municipality').select('id').where('code', '=', MUNICIPALITY.code).executeTakeFirst();
    if (existing) {
      throw new Error(`Demokommunen ${MUNICIPALITY.name} (kommunkod ${MUNICIPALITY.code}) är redan inläst.`);
    }
    const { id: municipalityId } = await trx.insertInto('municipality').values(MUNICIPALITY).returning('id').executeTakeFirstOrThrow();
    const { units, people } = await insertUnit({ trx, municipalityId, hashOf }, flen, null);
    await writeAudit(trx, {
      municipalityId,
      actorId: null,
      action: 'seed',
      entityType: 'municipality',
      entityId: municipalityId,
      after: { units, people },
    });
    const { plans, goals } = await seedRedThread(trx, municipalityId);
    await seedIndicatorValues(trx, municipalityId);
    await seedCalendar(trx, municipalityId);
    await seedAllocation(trx, municipalityId);
    await seedBudget(trx, municipalityId);
    await seedActuals(trx, municipalityId);
    return { municipalityId, units, people, plans, goals };
  });
}
