// The scenario's model as the edit form holds it: numbers as typed (decimal comma, spaces),
// lists as rows. `fromDraft` turns it back into the model the API takes and checks what only
// the typing can get wrong (not a number, not whole kronor); the server checks every rule again.
// Field keys are the paths the server names in its errors (`config.priorities.0.motivation`),
// so a refusal lands at its field.
import type { TFunction } from 'i18next';
import { parseDecimal } from '../../../parseInput.js';
import type { ScenarioDetail } from '../allocationApi.js';

type Config = ScenarioDetail['config'];

export interface VerksamhetDraft {
  verksamhet: string;
  previousKr: string;
  demographyBands: string;
}
export interface NamndDraft {
  key: string;
  name: string;
  wageSharePct: string;
  efficiencyPct: string;
  verksamheter: VerksamhetDraft[];
  volumeAdjustments: { amountKr: string; reason: string }[];
}
/** A rent change, a general grant or a political priority: a nämnd, an amount and why. */
export interface AmountDraft {
  namnd: string;
  amountKr: string;
  text: string;
}
export type AmountList = 'rentChanges' | 'generalGrants' | 'priorities';
export const textKey = { rentChanges: 'reason', generalGrants: 'reason', priorities: 'motivation' } as const;

export interface PriceTagDraft {
  verksamhet: string;
  ageBand: string;
  krPerInhabitant: string;
}

export interface Draft {
  populationRule: Config['populationRule'];
  forecastSeries: string;
  /** The model's age bands, comma separated as a person writes them. */
  ageBands: string;
  priceTags: PriceTagDraft[];
  pricePct: string;
  wagePct: string;
  wageHeldCentrally: boolean;
  centralNamnd: string;
  namnder: NamndDraft[];
  rentChanges: AmountDraft[];
  generalGrants: AmountDraft[];
  priorities: AmountDraft[];
}

const list = (text: string) =>
  text
    .split(/[,;]/)
    .map((b) => b.trim())
    .filter(Boolean);
const num = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 }).format(n);

export function toDraft(c: Config): Draft {
  return {
    populationRule: c.populationRule,
    forecastSeries: c.forecastSeries,
    ageBands: c.ageBands.join(', '),
    priceTags: c.priceTags.map((p) => ({ verksamhet: p.verksamhet, ageBand: p.ageBand, krPerInhabitant: num(p.krPerInhabitant) })),
    pricePct: num(c.indices.pricePct),
    wagePct: num(c.indices.wagePct),
    wageHeldCentrally: c.indices.wageHeldCentrally,
    centralNamnd: c.centralNamnd ?? '',
    namnder: c.namnder.map((n) => ({
      key: n.key,
      name: n.name,
      wageSharePct: num(n.wageSharePct),
      efficiencyPct: num(n.efficiencyPct),
      verksamheter: n.verksamheter.map((v) => ({
        verksamhet: v.verksamhet,
        previousKr: num(v.previousKr),
        demographyBands: v.demographyBands.join(', '),
      })),
      volumeAdjustments: n.volumeAdjustments.map((a) => ({ amountKr: num(a.amountKr), reason: a.reason })),
    })),
    rentChanges: c.rentChanges.map((r) => ({ namnd: r.namnd, amountKr: num(r.amountKr), text: r.reason })),
    generalGrants: c.generalGrants.map((g) => ({ namnd: g.namnd ?? '', amountKr: num(g.amountKr), text: g.reason })),
    priorities: c.priorities.map((p) => ({ namnd: p.namnd, amountKr: num(p.amountKr), text: p.motivation })),
  };
}

export type Errors = Record<string, string>;

/** The model from the form, or what keeps it from being one, per field path. */
export function fromDraft(d: Draft, base: Config, t: TFunction): { config: Config; errors: Errors } {
  const errors: Errors = {};
  const number = (path: string, text: string) => {
    const n = parseDecimal(text);
    if (n === null || Number.isNaN(n)) {
      errors[path] = t('allocationEdit.notNumber');
      return 0;
    }
    return n;
  };
  const kr = (path: string, text: string) => {
    const n = number(path, text);
    if (!errors[path] && !Number.isInteger(n)) errors[path] = t('allocationEdit.wholeKr');
    return n;
  };
  const required = (path: string, text: string, message: string) => {
    if (text.trim() === '') errors[path] = message;
    return text.trim();
  };
  const amounts = <K extends AmountList>(list: K) =>
    d[list].map((r, i) => ({
      namnd: list === 'generalGrants' ? r.namnd : required(`config.${list}.${i}.namnd`, r.namnd, t('allocationEdit.chooseNamnd')),
      amountKr: kr(`config.${list}.${i}.amountKr`, r.amountKr),
      [textKey[list]]: required(`config.${list}.${i}.${textKey[list]}`, r.text, t(`allocationEdit.${list}.missing`)),
    }));
  const config: Config = {
    ...base,
    populationRule: d.populationRule,
    forecastSeries: d.forecastSeries.trim(),
    ageBands: list(d.ageBands),
    priceTags: d.priceTags.map((p, i) => ({
      verksamhet: required(`config.priceTags.${i}.verksamhet`, p.verksamhet, t('allocationEdit.verksamhetMissing')),
      ageBand: required(`config.priceTags.${i}.ageBand`, p.ageBand, t('allocationEdit.ageBandMissing')),
      krPerInhabitant: number(`config.priceTags.${i}.krPerInhabitant`, p.krPerInhabitant),
    })),
    indices: {
      pricePct: number('config.indices.pricePct', d.pricePct),
      wagePct: number('config.indices.wagePct', d.wagePct),
      wageHeldCentrally: d.wageHeldCentrally,
    },
    centralNamnd: d.centralNamnd || null,
    namnder: d.namnder.map((n, i) => {
      const at = `config.namnder.${i}`;
      return {
        key: n.key,
        name: n.name,
        wageSharePct: number(`${at}.wageSharePct`, n.wageSharePct),
        efficiencyPct: number(`${at}.efficiencyPct`, n.efficiencyPct),
        verksamheter: n.verksamheter.map((v, j) => ({
          verksamhet: required(`${at}.verksamheter.${j}.verksamhet`, v.verksamhet, t('allocationEdit.verksamhetMissing')),
          previousKr: kr(`${at}.verksamheter.${j}.previousKr`, v.previousKr),
          demographyBands: list(v.demographyBands),
        })),
        volumeAdjustments: n.volumeAdjustments.map((a, j) => ({
          amountKr: kr(`${at}.volumeAdjustments.${j}.amountKr`, a.amountKr),
          reason: required(`${at}.volumeAdjustments.${j}.reason`, a.reason, t('allocationEdit.reasonMissing')),
        })),
      };
    }),
    rentChanges: amounts('rentChanges') as Config['rentChanges'],
    generalGrants: (amounts('generalGrants') as { namnd: string; amountKr: number; reason: string }[]).map((g) => ({
      ...g,
      namnd: g.namnd || null,
    })),
    priorities: amounts('priorities') as Config['priorities'],
  };
  return { config, errors };
}

/** The form's fields, each with its id and a label that says where it is, for the error summary. */
export function fieldsOf(d: Draft, t: TFunction): Record<string, { id: string; label: string }> {
  const out: Record<string, { id: string; label: string }> = {};
  const add = (path: string, label: string) => {
    out[path] = { id: fieldId(path), label };
  };
  add('config.populationRule', t('allocationEdit.populationRule'));
  add('config.forecastSeries', t('allocationEdit.forecastSeries'));
  add('config.ageBands', t('allocationEdit.ageBands'));
  d.priceTags.forEach((_, i) => {
    const row = t('allocationEdit.priceTagNo', { n: i + 1 });
    add(`config.priceTags.${i}.verksamhet`, `${row}: ${t('allocationEdit.verksamhet')}`);
    add(`config.priceTags.${i}.ageBand`, `${row}: ${t('allocationEdit.ageBand')}`);
    add(`config.priceTags.${i}.krPerInhabitant`, `${row}: ${t('allocationEdit.krPerInhabitant')}`);
  });
  add('config.indices.pricePct', t('allocationEdit.pricePct'));
  add('config.indices.wagePct', t('allocationEdit.wagePct'));
  add('config.centralNamnd', t('allocationEdit.centralNamnd'));
  d.namnder.forEach((n, i) => {
    const at = `config.namnder.${i}`;
    add(`${at}.wageSharePct`, `${n.name}: ${t('allocationEdit.wageSharePct')}`);
    add(`${at}.efficiencyPct`, `${n.name}: ${t('allocationEdit.efficiencyPct')}`);
    n.verksamheter.forEach((_, j) => {
      const row = `${n.name}, ${t('allocationEdit.verksamhetNo', { n: j + 1 })}`;
      add(`${at}.verksamheter.${j}.verksamhet`, `${row}: ${t('allocationEdit.verksamhet')}`);
      add(`${at}.verksamheter.${j}.previousKr`, `${row}: ${t('allocationEdit.previousKr')}`);
      add(`${at}.verksamheter.${j}.demographyBands`, `${row}: ${t('allocationEdit.demographyBands')}`);
    });
    n.volumeAdjustments.forEach((_, j) => {
      const row = `${n.name}, ${t('allocationEdit.volumeNo', { n: j + 1 })}`;
      add(`${at}.volumeAdjustments.${j}.amountKr`, `${row}: ${t('allocationEdit.amountKr')}`);
      add(`${at}.volumeAdjustments.${j}.reason`, `${row}: ${t('allocationEdit.reason')}`);
    });
  });
  for (const list of ['rentChanges', 'generalGrants', 'priorities'] as const)
    d[list].forEach((_, i) => {
      const row = t(`allocationEdit.${list}.row`, { n: i + 1 });
      add(`config.${list}.${i}.namnd`, `${row}: ${t('allocationEdit.namnd')}`);
      add(`config.${list}.${i}.amountKr`, `${row}: ${t('allocationEdit.amountKr')}`);
      add(`config.${list}.${i}.${textKey[list]}`, `${row}: ${t(`allocationEdit.${list}.text`)}`);
    });
  return out;
}

export const fieldId = (path: string) => `alloc-${path.replace(/^config\./, '').replace(/\./g, '-')}`;
