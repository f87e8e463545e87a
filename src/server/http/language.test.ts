// Server messages follow the caller's language: the generic messages (error codes, zod's own
// validation texts) answer in English when Accept-Language prefers it; Swedish stays the default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../core/language.js';
import { testApp } from '../testing/harness.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({ demo: false });
});
afterAll(() => t.close());

// The setup token has no message of its own for its length: zod's generic text answers.
const tooLong = {
  token: 'x'.repeat(300),
  municipalityCode: '0482',
  municipalityName: 'Flen',
  name: 'A',
  email: 'a@b.se',
  password: 'x'.repeat(12),
};

describe('messages in the caller language', () => {
  it('answers a validation failure in English when the caller prefers English', async () => {
    const res = await t.call('POST', '/api/setup', { body: tooLong, headers: { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('The details are not valid. Correct the marked fields.');
    expect(res.body.error.fields).toEqual([{ field: 'token', message: 'Too big: expected string to have <=200 characters' }]);
  });

  it('keeps Swedish by default and for Swedish callers, and keeps a field message of our own', async () => {
    for (const headers of [{}, { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.8' }] as Record<string, string>[]) {
      const res = await t.call('POST', '/api/setup', { body: tooLong, headers });
      expect(res.body.error.message).toBe('Uppgifterna är inte giltiga. Rätta de markerade fälten.');
      expect(res.body.error.fields[0].message).toMatch(/^För stor/);
    }
    const own = await t.call('POST', '/api/auth/login', {
      body: { municipality: '', email: 'a@b.se', password: 'x' },
      headers: { 'accept-language': 'en' },
    });
    expect(own.body.error.fields[0].message).toBe('Välj en kommun.');
  });

  it('answers the generic refusals in English too', async () => {
    const res = await t.call('GET', '/api/auth/me', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('You need to sign in.');
  });

  it('reads Accept-Language by its weights', () => {
    expect(preferredLanguage(undefined)).toBe('sv');
    expect(preferredLanguage('en')).toBe('en');
    expect(preferredLanguage('en-US,en;q=0.9')).toBe('en');
    expect(preferredLanguage('sv;q=0.9,en;q=0.5')).toBe('sv');
    expect(preferredLanguage('de,en;q=0.8,sv;q=0.9')).toBe('sv');
    expect(preferredLanguage('fr')).toBe('sv');
  });
});
