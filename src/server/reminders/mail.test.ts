// E-mail with an SMTP server configured, against a local smtp-server: each reminder is sent
// once; a failed send is retried by the next sweep, and nothing is sent twice.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as swedishToday } from '../calendar/tasks.js';
import { testApp } from '../testing/harness.js';
import { addTask, unitByName } from './fixtures.js';
import { maxAttempts, setMailSettings } from './mail.js';
import { sweepReminders } from './sweep.js';

let t: Awaited<ReturnType<typeof testApp>>;
let server: SMTPServer;
const received: { to: string[]; subject: string; text: string }[] = [];
/** Addresses the server refuses while set: a mailbox that is down. */
const refuse = new Set<string>();
const today = swedishToday();

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (refuse.has(address.address)) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 }));
      cb();
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (d: Buffer) => {
        raw += d.toString('utf8');
      });
      stream.on('end', () => {
        const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, text: raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  setMailSettings({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Styr <styr@flen.example>', appUrl: 'https://styr.flen.example' });
  t = await testApp();
  await t.db.deleteFrom('calendar_task').execute();
  await addTask(t.db, await unitByName(t.db, 'Socialförvaltningen'), today, 3);
});
afterAll(async () => {
  setMailSettings(null);
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const outbox = () => t.db.selectFrom('outbox').selectAll().orderBy('to_address').execute();

describe('e-mail over SMTP', () => {
  it('sends each reminder once, records it sent, and retries a failed one on the next sweep', async () => {
    refuse.add('controller@flen.example');
    const first = await sweepReminders(t.db);
    expect(first).toMatchObject({ remindersCreated: 2, emailsSent: 1, emailsFailed: 1, emailsHeld: 0 });
    expect(received.map((m) => m.to)).toEqual([['forvaltningschef@flen.example']]);
    expect(received[0]?.text).toContain('https://styr.flen.example/aviseringar');
    let rows = await outbox();
    expect(rows.map((r) => [r.to_address, r.state, r.attempts])).toEqual([
      ['controller@flen.example', 'failed', 1],
      ['forvaltningschef@flen.example', 'sent', 1],
    ]);
    expect(rows[0]?.last_error).toMatch(/Mailbox unavailable/);

    // The mailbox is back: the next sweep sends the failed one and nothing else.
    refuse.clear();
    const second = await sweepReminders(t.db);
    expect(second).toMatchObject({ remindersCreated: 0, emailsSent: 1, emailsFailed: 0 });
    expect(received.map((m) => m.to[0])).toEqual(['forvaltningschef@flen.example', 'controller@flen.example']);
    rows = await outbox();
    expect(rows.every((r) => r.state === 'sent' && r.sent_at)).toBe(true);

    expect((await sweepReminders(t.db)).emailsSent).toBe(0);
    expect(received).toHaveLength(2);
  });

  it('stops retrying after the last attempt', async () => {
    await t.db.deleteFrom('calendar_task').execute();
    await addTask(t.db, await unitByName(t.db, 'Kommunledningsförvaltningen'), today, 14);
    refuse.add('emma.falk@flen.example');
    for (let i = 0; i < maxAttempts + 2; i++) await sweepReminders(t.db);
    const row = (await outbox()).find((r) => r.to_address === 'emma.falk@flen.example');
    expect(row).toMatchObject({ state: 'failed', attempts: maxAttempts });
    const admin = await t.loginAs('admin');
    const res = await t.call('GET', '/api/outbox', { cookie: admin });
    expect(res.body.smtpConfigured).toBe(true);
    expect(res.body.items.find((m: { to: string }) => m.to === 'emma.falk@flen.example')).toMatchObject({
      state: 'failed',
      attempts: maxAttempts,
    });
  });
});
