// The edit form's draft: a stored model goes through the form unchanged, typed numbers are read
// the Swedish way, and what only typing can get wrong is named by the server's field path.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../core/allocation/bridge.js';
import { augustConfig } from '../../../../server/seed/allocationData.js';
import { fieldsOf, fromDraft, toDraft } from './draft.js';

const t = ((key: string) => key) as unknown as TFunction;
const config = parseConfig(augustConfig((name) => `id-${name}`));

describe('the edit form draft', () => {
  it('gives back the stored model when nothing is changed', () => {
    const { config: back, errors } = fromDraft(toDraft(config), config, t);
    expect(errors).toEqual({});
    expect(back).toEqual(config);
  });

  it('reads "2,5", "−1 000 000" and bands as typed, and names fields that are not numbers or whole kronor', () => {
    const d = toDraft(config);
    const [first, second] = d.namnder;
    if (!first?.verksamheter[0] || !second?.verksamheter[0] || !d.priorities[1] || !d.generalGrants[0]) throw new Error('demo changed');
    d.pricePct = '2,5';
    d.priorities[0] = { namnd: 'id-Socialnämnden', amountKr: '−1 000 000', text: ' Färre platser ' };
    first.verksamheter[0].demographyBands = '19-64; 65-79';
    let r = fromDraft(d, config, t);
    expect(r.errors).toEqual({});
    expect(r.config.indices.pricePct).toBe(2.5);
    expect(r.config.priorities[0]).toEqual({ namnd: 'id-Socialnämnden', amountKr: -1_000_000, motivation: 'Färre platser' });
    expect(r.config.namnder[0]?.verksamheter[0]?.demographyBands).toEqual(['19-64', '65-79']);

    d.wagePct = 'tre';
    second.verksamheter[0].previousKr = '12,5';
    d.priorities[1].text = '';
    d.generalGrants[0].namnd = '';
    r = fromDraft(d, config, t);
    expect(Object.keys(r.errors).sort()).toEqual([
      'config.indices.wagePct',
      'config.namnder.1.verksamheter.0.previousKr',
      'config.priorities.1.motivation',
    ]);
    expect(r.config.generalGrants[0]?.namnd).toBeNull();
    for (const path of Object.keys(r.errors)) expect(fieldsOf(d, t)[path]?.id).toMatch(/^alloc-/);
  });
});
