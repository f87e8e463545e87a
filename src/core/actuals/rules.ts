// How a ledger line counts: its account decides operating (drift) cost or revenue, investment,
// financing or nothing, by account ranges configured per municipality; its responsibility code
// (ansvar) decides the org unit through the municipality's mapping table.
import { fail, type FieldError } from '../errors.js';

export const accountCategories = ['drift_revenue', 'drift_cost', 'investment', 'financing', 'ignore'] as const;
export type AccountCategory = (typeof accountCategories)[number];

export const accountCategoryName: Record<AccountCategory, string> = {
  drift_revenue: 'driftintäkt',
  drift_cost: 'driftkostnad',
  investment: 'investering',
  financing: 'finansiering (skatter, statsbidrag, finansnetto)',
  ignore: 'räknas inte',
};

export interface AccountRule {
  from: string;
  to: string;
  category: AccountCategory;
}

/** Kommun-Bas (SKR's normal chart for municipalities): class 1 assets, of which 10–12 are the
 * intangible and tangible fixed assets investments are booked on; 3 revenue; 4 costs of goods
 * and services, 5 personnel, 6–7 other operating costs; 8 taxes, general grants and finance.
 * Balance accounts 13–29 and internal class 9 do not count in a unit's outcome. */
export const kommunBasRules: AccountRule[] = [
  { from: '1000', to: '1299', category: 'investment' },
  { from: '3000', to: '3999', category: 'drift_revenue' },
  { from: '4000', to: '7999', category: 'drift_cost' },
  { from: '8000', to: '8999', category: 'financing' },
];

/** The first digits of an account, as long as the rule's bounds ("30106" → "3010"). */
const head = (account: string, len: number) => account.slice(0, len).padEnd(len, '0');

/** The first rule whose range holds the account; an account no rule names does not count. */
export function categoryOf(account: string, rules: readonly AccountRule[]): AccountCategory {
  for (const r of rules) {
    const a = head(account, r.from.length);
    if (a >= r.from && a <= r.to) return r.category;
  }
  return 'ignore';
}

/** The range's bounds on ten digits, so ranges written with different lengths compare ("30"–"39" is 3000000000–3999999999). */
const span = (r: AccountRule) => [r.from.padEnd(10, '0'), r.to.padEnd(10, '9')] as const;

/** Every problem with the municipality's own rules, each at its field: digits, equal length,
 * from ≤ to, and no two ranges that overlap. Overlaps are refused rather than settled by order,
 * so an account's category never depends on which row someone happened to put first. */
export function accountRuleProblems(rules: readonly AccountRule[]): FieldError[] {
  const fields: FieldError[] = [];
  const usable: number[] = [];
  rules.forEach((r, i) => {
    const row = i + 1;
    if (!/^\d{1,10}$/.test(r.from))
      fields.push({ field: `rules.${i}.from`, message: `Rad ${row}: från ska vara ett kontonummer (1–10 siffror).` });
    else if (!/^\d{1,10}$/.test(r.to))
      fields.push({ field: `rules.${i}.to`, message: `Rad ${row}: till ska vara ett kontonummer (1–10 siffror).` });
    else if (r.from.length !== r.to.length)
      fields.push({ field: `rules.${i}.to`, message: `Rad ${row}: från (${r.from}) och till (${r.to}) ska ha lika många siffror.` });
    else if (r.from > r.to) fields.push({ field: `rules.${i}.to`, message: `Rad ${row}: till (${r.to}) är mindre än från (${r.from}).` });
    else {
      const [from, to] = span(r);
      const other = usable.find((j) => {
        const [f, t] = span(rules[j] as AccountRule);
        return from <= t && f <= to;
      });
      if (other !== undefined) {
        const o = rules[other] as AccountRule;
        fields.push({
          field: `rules.${i}.from`,
          message: `Rad ${row}: ${r.from}–${r.to} överlappar rad ${other + 1} (${o.from}–${o.to}). Ett konto får bara höra till ett intervall.`,
        });
      } else usable.push(i);
    }
  });
  return fields;
}

/** The rules if usable; otherwise a validation error naming every wrong field. */
export function checkAccountRules(rules: readonly AccountRule[]): AccountRule[] {
  const fields = accountRuleProblems(rules);
  if (fields.length) throw fail('validation', 'Kontointervallen går inte att använda. Rätta de markerade raderna.', { fields });
  return [...rules];
}

/** The unit an ansvar code belongs to, or null while nobody has mapped it. */
export const unitOfAnsvar = (code: string, mapping: ReadonlyMap<string, string | null>) => mapping.get(code) ?? null;
