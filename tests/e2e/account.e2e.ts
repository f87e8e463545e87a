// A person changes their own password: the policy's refusal is tied to its field, the change
// keeps this session and the new password signs in — with axe on the way. Amira Hassan, a
// demo employee no other browser test signs in as, so the change does not disturb them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch } from './browser.js';

const base = inject('baseUrl');
const email = 'amira.hassan@flen.example';
const newPassword = 'tre blåa kaffekoppar på taket';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(password: string) {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
}

async function fill(current: string, next: string) {
  // The labels carry the required mark; the fields' ids are stable.
  await page.locator('#account-current').fill(current);
  await page.locator('#account-new').fill(next);
  await page.locator('#account-repeat').fill(next);
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
}

describe('changing one’s own password in a browser', () => {
  it('refuses a common password at its field, then changes it and keeps the session', async () => {
    await signIn('styr-demo-staff');
    await page.getByRole('link', { name: 'Byt lösenord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    await expectAccessible(page);

    await fill('styr-demo-staff', 'password1234');
    await page
      .getByText(/Lösenordet/)
      .first()
      .waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);

    await fill('styr-demo-staff', newPassword);
    await page.getByText('Ditt lösenord är bytt').waitFor();
    await expectAccessible(page);
    // Still signed in here: the start page answers without a new sign-in.
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
  });

  it('signs in with the new password and no longer with the old', async () => {
    await page.context().clearCookies();
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill('styr-demo-staff');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-postadress eller lösenord').first().waitFor();
    await signIn(newPassword);
  });
});
