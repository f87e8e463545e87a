import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';
import { issueSetupToken } from './service.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({ demo: false });
});
afterAll(() => t.close());

const input = {
  municipalityCode: '0486',
  municipalityName: 'Strängnäs kommun',
  name: 'Första Admin',
  email: 'forsta@example.se',
  password: 'ett-riktigt-langt-losenord',
};

describe('the first administrator of a new installation', () => {
  it('is created once through the one-time link, and is then signed in as admin of the new KF', async () => {
    expect((await t.call('GET', '/api/setup')).body).toEqual({ needed: true });
    const bad = await t.call('POST', '/api/setup', { body: { ...input, token: 'fel-nyckel-som-inte-finns' } });
    expect(bad.status).toBe(403);
    const token = await issueSetupToken(t.db);
    const invalid = await t.call('POST', '/api/setup', { body: { ...input, municipalityCode: '48', token } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields[0].field).toBe('municipalityCode');
    const ok = await t.call('POST', '/api/setup', { body: { ...input, token } });
    expect(ok.status).toBe(204);
    const cookie = (ok.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const me = (await t.call('GET', '/api/auth/me', { cookie })).body;
    expect(me.municipality).toMatchObject({ code: '0486', name: 'Strängnäs kommun' });
    expect(me.roles).toEqual([expect.objectContaining({ role: 'admin', orgUnitName: 'Kommunfullmäktige' })]);
    expect((await t.call('GET', '/api/setup')).body).toEqual({ needed: false });
    const again = await t.call('POST', '/api/setup', { body: { ...input, municipalityCode: '0487', token } });
    expect(again.status).toBe(403);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'setup').execute();
    expect(audit).toHaveLength(1);
  });
});
