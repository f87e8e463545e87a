// Reminders in a browser: the outbox as the admin (run the sweep), the notifications page and
// the header's unread count as a förvaltningschef (mark one read), and the calendar link page
// (make a link, fetch the iCalendar feed without a session, revoke it). Axe on every page.
// Touches only the förvaltningschef's own notifications and calendar links, which no other test uses.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible as axe, launch } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
  await axe(page);
}

async function login(page: Page, email: string, password: string) {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
}

describe('reminders in a browser', () => {
  it('lets the admin run the sweep and read the outbox', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'admin@flen.example', 'styr-demo-admin');
    await page.getByRole('link', { name: /^Aviseringar/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    await page.getByRole('link', { name: /Utkorgen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Utkorg' }).waitFor();
    // The administrator also finds the outbox in the main menu, marked as the page shown.
    await expect(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utkorg' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await page.getByText(/Ingen e-postserver är inställd/).waitFor();
    await page.getByRole('button', { name: 'Skicka påminnelser nu' }).click();
    await page.getByText(/^Klart: \d+ nya påminnelser/).waitFor();
    await expectAccessible(page);

    // The reminder days: a wrong value is named at its field; the defaults saved as they are.
    const before = page.getByLabel(/^Dagar före sista dag/);
    await expect(before.inputValue()).resolves.toBe('14, 3');
    await before.fill('14, x');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('link', { name: 'Skriv hela dagar med kommatecken emellan, t.ex. 14, 3.' }).waitFor();
    await expectAccessible(page);
    await before.fill('14, 3');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Inställningarna är sparade. De gäller från nästa körning.').waitFor();
    await context.close();
  });

  it('shows a person’s notifications with the unread count, and marks one read', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'forvaltningschef@flen.example', 'styr-demo-manager');
    await page.goto(`${base}/aviseringar`);
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: /olästa av/ });
    await status.waitFor();
    // Only the administrator has the outbox in the menu; the menu itself is there.
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Årshjul' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Utkorg' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    const api = await (await page.request.get(`${base}/api/notifications`)).json();
    expect(await status.textContent()).toBe(`${api.unread} olästa av ${api.total} ${api.total === 1 ? 'avisering' : 'aviseringar'}.`);
    // The demo's tasks are those of 2026: on a day with none near its due date there is nothing
    // to mark, and the page says so.
    if (api.unread === 0) {
      await page.getByText(/Du har inga (olästa )?aviseringar/).waitFor();
      return;
    }
    await page.getByRole('link', { name: new RegExp(`^Aviseringar.*\\(${api.unread} oläst`) }).waitFor();
    await page
      .getByRole('button', { name: /^Markera som läst/ })
      .first()
      .click();
    await status.filter({ hasText: `${api.unread - 1} olästa av` }).waitFor();
    await page.getByRole('button', { name: 'Visa bara olästa' }).click();
    await expect(page.getByRole('button', { name: 'Visa bara olästa' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expectAccessible(page);
    await context.close();
  });

  it('gives a calendar link that Outlook can fetch without a session, until it is revoked', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'forvaltningschef@flen.example', 'styr-demo-manager');
    await page.goto(`${base}/aviseringar`);
    await page.getByRole('link', { name: 'Prenumerera på årshjulet i Outlook' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjulet i din kalender' }).waitFor();
    await page
      .getByText(/Lägg till kalender → Från Internet/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: /^Skapa länk\s*: Din egen kalender/ }).click();
    const field = page.getByLabel('Länk att prenumerera på');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(new RegExp(`^${base}/api/calendar/feeds/[A-Za-z0-9_-]{43}\\.ics$`));
    await expectAccessible(page);

    // A calendar program has no cookie: a fresh request context.
    const outside = await browser.newContext();
    const feed = await outside.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

    await page.getByRole('button', { name: /^Återkalla\s*: Din egen kalender/ }).click();
    await page.getByRole('row', { name: /Din egen kalender.*Ingen länk/ }).waitFor();
    expect((await outside.request.get(url)).status()).toBe(404);
    await outside.close();
    await context.close();
  });
});
