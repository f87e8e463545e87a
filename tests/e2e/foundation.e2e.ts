// The critical flow of the foundation: sign in, walk the organisation tree, edit a unit,
// find the change in the audit log — with axe on every page on the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ locale: 'sv-SE' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(email: string, password: string) {
  await page.goto(`${base}/`);
  await page.waitForURL(/\/logga-in/);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('the foundation in a browser', () => {
  it('refuses a wrong password with a message and a "Fel:" title', async () => {
    await signIn('admin@flen.example', 'fel-losenord-igen');
    await page.getByText('Fel e-postadress eller lösenord').first().waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);
  });

  it('signs in and shows the start page', async () => {
    await page.getByLabel('Lösenord').fill('styr-demo-admin');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const area of ['Mål och plan', 'Indikatorer', 'Årshjul', 'Budget', 'Uppföljning', 'Ärenden', 'Intern kontroll', 'Organisation']) {
      await expect(nav.getByText(area, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await expectAccessible(page);
  });

  it('walks the organisation tree by keyboard and opens a unit', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisation' }).click();
    const tree = page.getByRole('treegrid').or(page.getByRole('tree'));
    await tree.first().waitFor();
    await expectAccessible(page);
    await tree.first().locator('[role=row],[role=treeitem]').first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const first = await focused();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe(first);
    await page.getByLabel('Filtrera på namn').fill('Socialförvaltningen');
    await page
      .getByRole('link', { name: /Socialförvaltningen/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Socialförvaltningen' }).waitFor();
    await page.getByRole('table', { name: /Personer och roller/ }).waitFor();
    await expectAccessible(page);
  });

  it('edits the unit, and a bad edit is explained field by field', async () => {
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel(/^Namn/).fill('');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Fyll i fältet.').first().waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);
    await dialog.getByLabel(/^Namn/).fill('Socialförvaltningen i Flen');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Enheten är ändrad.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Socialförvaltningen i Flen' }).waitFor();
    await expectAccessible(page);
  });

  it('finds the change in the audit log with before and after', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    await page.getByLabel('Typ av objekt').selectOption('org_unit');
    await page.getByLabel('Händelse').selectOption('update');
    await page.getByRole('button', { name: 'Visa' }).click();
    const table = page.getByRole('table', { name: /Händelser/ });
    await table.getByText('Socialförvaltningen i Flen').first().waitFor();
    await expectAccessible(page);
    await table.locator('summary').first().click();
    await table.getByText('Socialförvaltningen', { exact: true }).first().waitFor();
    await expectAccessible(page);
  });

  it('lists people and switches to English', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: /Main/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Svenska' }).click();
  });

  it('signs out and the session is gone', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/logga-in/);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });
});
