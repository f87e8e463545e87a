// Impossible settings are refused with a Swedish message that names the setting.
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { defaultSettings } from './settings.js';
import { validateSettings } from './validate.js';

function refusal(change: object): AppError {
  try {
    validateSettings({ ...defaultSettings, ...change });
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`accepted ${JSON.stringify(change)}`);
}

describe('cycle settings', () => {
  it('default to the specification and accept them', () => {
    expect(validateSettings({})).toEqual(defaultSettings);
    expect(validateSettings(undefined)).toMatchObject({ kfAdoptionMonth: 9, kfAdoptionMonthElectionYear: 11, premisesDueMonth: 4 });
    expect(validateSettings({ manadsrapportMonths: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] }).manadsrapportMonths).toHaveLength(11);
  });

  it('refuses KF adopting the plan before the final proposal', () => {
    const err = refusal({ kfAdoptionMonth: 7 });
    expect(err.code).toBe('validation');
    expect(err.fields).toEqual([
      { field: 'kfAdoptionMonth', message: expect.stringMatching(/i juli, före det slutliga förslaget i augusti/) },
    ]);
    expect(err.message).toMatch(/^Månad då fullmäktige antar strategisk plan med budget \(kfAdoptionMonth\): /);
  });

  it('refuses a nämndplan due before KF has adopted the plan, in an election year too', () => {
    expect(refusal({ namndplanDueMonth: 10 }).fields[0]).toMatchObject({
      field: 'namndplanDueMonth',
      message: expect.stringMatching(/valår/),
    });
  });

  it('refuses planeringsförutsättningar due after the nämnddialog that rests on them', () => {
    expect(refusal({ premisesDueMonth: 6 }).fields[0]).toMatchObject({
      field: 'premisesDueMonth',
      message: expect.stringMatching(/Nämnddialogen i maj/),
    });
  });

  it('refuses what the law forbids: budget after November, the old fullmäktige deciding in an election year, a late delårsrapport', () => {
    expect(refusal({ kfAdoptionMonthElectionYear: 12, namndplanDueMonth: 12 }).fields[0]?.message).toMatch(/före utgången av november/);
    expect(refusal({ kfAdoptionMonthElectionYear: 9 }).fields[0]?.message).toMatch(/nyvalda fullmäktige/);
    expect(refusal({ delarsrapportKfMonth: 11 }).fields[0]).toMatchObject({
      field: 'delarsrapportKfMonth',
      message: expect.stringMatching(/inom två månader.*10-31/),
    });
    expect(refusal({ namndrapportPeriodEnds: ['03-31', '05-31', '09-30', '10-30'] }).fields[0]?.message).toMatch(/högst två tredjedelar/);
  });

  it('refuses a month outside 1–12 and a date outside the year, naming the field', () => {
    expect(refusal({ finalProposalMonth: 13 }).fields).toEqual([{ field: 'finalProposalMonth', message: 'Ange en månad 1–12.' }]);
    expect(refusal({ budgetberedningMonths: [1, 0] }).fields[0]?.field).toBe('budgetberedningMonths.1');
    expect(refusal({ namndrapportPeriodEnds: ['02-30', '05-31', '08-31', '10-30'] }).fields[0]?.message).toMatch(
      /02-30 \(nämndrapport 1\) är inget datum/,
    );
    expect(refusal({ namndrapportPeriodEnds: ['02-29', '05-31', '08-31', '10-30'] }).fields[0]?.field).toBe('namndrapportPeriodEnds');
    expect(refusal({ manadsrapportDueDay: 31 }).fields[0]?.message).toMatch(/dag 28/);
  });

  it('refuses reports adopted before their period ends or sent on before they are adopted', () => {
    expect(refusal({ namndrapportMonths: [3, 6, 9, 11] }).fields[0]?.message).toMatch(/nämndrapport 1 i mars, innan perioden slutar 03-31/);
    expect(refusal({ namndrapportKsMonths: [5, 5, 10, 12] }).fields[0]?.message).toMatch(
      /Nämndrapport 2 kan inte nå kommunstyrelsen i maj/,
    );
    expect(
      refusal({ namndrapportPeriodEnds: ['05-31', '03-31', '08-31', '10-30'] }).fields.some((f) => /sluta efter/.test(f.message)),
    ).toBe(true);
  });

  it('refuses a misspelt setting instead of silently using the default', () => {
    expect(refusal({ kfAdoptionMonht: 9 }).fields[0]).toEqual({ field: 'kfAdoptionMonht', message: 'Det finns ingen sådan inställning.' });
  });
});
