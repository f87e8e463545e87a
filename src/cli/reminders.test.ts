// `styr reminders sweep` as a function: the same idempotent sweep, its report, and a bad date refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as swedishToday } from '../server/calendar/tasks.js';
import { addTask, unitByName } from '../server/reminders/fixtures.js';
import { setMailSettings } from '../server/reminders/mail.js';
import { testApp } from '../server/testing/harness.js';
import { sweepOutput } from './reminders.js';

let t: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  setMailSettings({ smtpUrl: null, from: 'Styr <styr@test>', appUrl: 'https://styr.test' });
  t = await testApp();
  await t.db.deleteFrom('calendar_task').execute();
  await addTask(t.db, await unitByName(t.db, 'Socialnämnden'), swedishToday(), 3);
});
afterAll(async () => {
  setMailSettings(null);
  await t.close();
});

describe('styr reminders sweep', () => {
  it('reports in Swedish, as JSON, and sends nothing twice', async () => {
    const text = await sweepOutput(t.database, { municipality: '0482' });
    expect(text).toMatch(/^Påminnelser \d{4}-\d{2}-\d{2} \(1 kommun\):\n {2}2 nya påminnelser av 1 ej klara uppgifter/);
    expect(text).toMatch(/2 lagda i utkorgen \(ingen SMTP\)/);
    const again = JSON.parse(await sweepOutput(t.database, { json: true }));
    expect(again).toMatchObject({ municipalities: 1, remindersCreated: 0, tasksConsidered: 1 });
  });

  it('refuses a date that does not exist and an unknown municipality', async () => {
    await expect(sweepOutput(t.database, { date: '2026-02-30' })).rejects.toThrow(/--date ska vara ett datum/);
    await expect(sweepOutput(t.database, { municipality: '9999' })).rejects.toThrow(/Kommunen "9999" finns inte/);
  });
});
