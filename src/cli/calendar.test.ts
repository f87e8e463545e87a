// `styr calendar`: in process for the output, once as a real process for the wiring.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualCycle } from '../core/calendar/cycle.js';
import { testApp } from '../server/testing/harness.js';
import { calendarOutput } from './calendar.js';

describe('styr calendar YEAR', () => {
  it('prints the cycle as JSON with exactly the fields of the interface, in order', async () => {
    const out = JSON.parse(await calendarOutput('2026', { json: true }));
    expect(Object.keys(out)).toEqual(['year', 'electionYear', 'electionDay', 'steps']);
    expect(out).toMatchObject({ year: 2026, electionYear: true, electionDay: '2026-09-13' });
    for (const s of out.steps) expect(Object.keys(s).slice(0, 6)).toEqual(['step', 'title', 'start', 'due', 'budgetYear', 'period']);
    expect(out).toEqual(JSON.parse(JSON.stringify(annualCycle(2026))));
    const kf = out.steps.find((s: { step: string }) => s.step === 'kf_strategisk_plan');
    expect(kf).toMatchObject({ start: '2026-11-01', due: '2026-11-30', budgetYear: 2027, period: null });
  });

  it('prints a readable Swedish list by month', async () => {
    const text = await calendarOutput('2027', {});
    expect(text).toMatch(/^Årshjulet 2027\nInget valår\.\nPlanering av budgetår 2028 och uppföljning av 2027\./);
    expect(text).toMatch(/\nseptember 2027\n(.*\n)*? {2}30 sep +Fullmäktige antar strategisk plan med budget/);
    expect(text).toMatch(/Nämndrapport 2 \(uppföljning U; 1 jun – 30 jun; period 1 jan – 31 maj; KS senast 31 aug\)/);
    expect(text).toMatch(/\njanuari 2028\n/);
  });

  it('refuses a year that is not one of 2000–2100', async () => {
    await expect(calendarOutput('1999', {})).rejects.toThrow(/2000–2100, inte "1999"/);
    await expect(calendarOutput('tjugo', { json: true })).rejects.toThrow(/årtal/);
  });

  describe('with --municipality', () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    beforeAll(async () => {
      t = await testApp();
    });
    afterAll(() => t.close());

    it('accepts a municipality that exists, by code, and names it', async () => {
      // The municipality's cycle lands on its meetings (the demo has 2027's); the shape stays the interface's.
      const cycle = JSON.parse(await calendarOutput('2027', { municipality: '0482', json: true }, t.database));
      expect(Object.keys(cycle)).toEqual(Object.keys(annualCycle(2027)));
      expect(cycle.steps.map((s: { step: string }) => s.step).sort()).toEqual(
        annualCycle(2027)
          .steps.map((s) => s.step)
          .sort(),
      );
      expect(cycle.steps.find((s: { step: string }) => s.step === 'kf_strategisk_plan').due).toBe('2027-09-20');
      expect(cycle.steps.find((s: { step: string }) => s.step === 'arsredovisning')).toMatchObject({
        due: '2027-03-09',
        goesTo: [{ body: 'fullmaktige', by: '2027-04-19' }],
      });
      expect(await calendarOutput('2027', { municipality: '0482' }, t.database)).toMatch(/^Årshjulet 2027, Flens kommun\n/);
    });

    it('refuses one that does not', async () => {
      await expect(calendarOutput('2027', { municipality: '9999' }, t.database)).rejects.toThrow(/Kommunen "9999" finns inte/);
    });
  });

  it('runs as a real process without a database', () => {
    const bin = join(import.meta.dirname, '../../bin/styr.mjs');
    const ok = spawnSync(process.execPath, [bin, 'calendar', '2030', '--json'], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ year: 2030, electionYear: true, electionDay: '2030-09-08' });
    const bad = spawnSync(process.execPath, [bin, 'calendar', '2101'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/2000–2100/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
