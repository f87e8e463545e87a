// Indicators in a browser: a controller sets a target and enters values for Hemtjänst Flen's
// continuity indicator, and sees the goal's status and its parent's change along the red thread,
// with the reason ("Varför?") naming what the status rests on. Axe on every page visited.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible as axe, launch } from './browser.js';

const base = inject('baseUrl');
const GOAL = 'En brukare möter högst tolv olika medarbetare under 14 dagar';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Axe once a dialog has finished opening: mid-fade, its text would fail the contrast check. */
async function expectAccessible(page: Page) {
  // Endless animations (a spinner) are left out: only the ones that end are waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
  await axe(page);
}

/** The status word of the first status tag in `scope` (the icon before it is decoration). */
async function statusIn(scope: Locator): Promise<string> {
  const tag = scope.locator('.assessment-tag').first();
  await tag.waitFor();
  return ((await tag.textContent()) ?? '').replace(/^[^\p{L}]+/u, '').trim();
}

/** The goal's own status on its red-thread page ("Måluppfyllelse 2026"). */
const goalStatus = (page: Page) => statusIn(page.getByRole('region', { name: /^Måluppfyllelse \d{4}$/ }));

async function enterValue(page: Page, period: string, value: string) {
  await page.getByRole('button', { name: 'Registrera värde' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Registrera värde' }).waitFor();
  await dialog.getByLabel(/^Enhet/).selectOption({ label: 'Hemtjänst Flen' });
  await dialog.getByLabel(/^Period/).fill(period);
  await dialog.getByLabel(/^Värde/).fill(value);
  await dialog.getByLabel(/^Kommentar/).fill(`Uppföljning ${period}`);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Spara värdet' }).click();
  await page.getByText(new RegExp(`Värdet ${value} för Hemtjänst Flen, .* är sparat\\.`)).waitFor();
  await expectAccessible(page);
}

describe('indicators in a browser', () => {
  it('turns entered values into a goal status that rolls up the red thread', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').fill('controller@flen.example');
    await page.getByLabel('Lösenord').fill('styr-demo-controller');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
    await page.getByRole('region', { name: 'Målens status i år' }).waitFor();
    await expectAccessible(page);

    // The 2026 verksamhetsplan of Hemtjänst Flen, from "Mål och plan".
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mål och plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål och plan' }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2026');
    await page
      .getByRole('table', { name: 'Verksamhetsplaner som gäller 2026' })
      .getByRole('row', { name: /Hemtjänst Flen/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: /Hemtjänst Flen/ }).waitFor();
    const planUrl = page.url();
    const card = page.getByRole('article', { name: GOAL });
    await card.waitFor();
    await expectAccessible(page);

    // The indicator the goal is measured by.
    await card.getByRole('link', { name: /Antal olika medarbetare/ }).click();
    await page.getByRole('heading', { level: 1, name: /Antal olika medarbetare/ }).waitFor();
    const indicatorUrl = page.url();
    await expectAccessible(page);

    // Fewer different staff is better: the direction must say so.
    const direction = page
      .locator('.facts div')
      .filter({ hasText: /^Riktning/ })
      .locator('dd');
    if ((await direction.textContent()) !== 'Lägre är bättre') {
      await page.getByRole('button', { name: 'Ändra indikatorn' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Riktning/).selectOption({ label: 'Lägre är bättre' });
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await page.getByText(/Indikatorn ”.*” är ändrad\./).waitFor();
      await expect.poll(() => direction.textContent()).toBe('Lägre är bättre');
    }

    // A target of at most 12 for 2026; a missing value is explained at its field first.
    await page.getByRole('button', { name: 'Nytt målvärde' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Nytt målvärde' }).waitFor();
    await dialog.getByLabel(/^Enhet/).selectOption({ label: 'Hemtjänst Flen' });
    await dialog.getByLabel(/^Period/).fill('2026');
    await dialog.getByRole('button', { name: 'Spara målvärdet' }).click();
    await dialog.getByText('Fyll i fältet.').first().waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);
    await dialog.getByLabel(/^Målvärde/).fill('12');
    await dialog.getByRole('button', { name: 'Spara målvärdet' }).click();
    await page.getByText('Målvärdet 12 för Hemtjänst Flen, 2026, är sparat.').waitFor();
    await page
      .getByRole('table', { name: /^Målvärden och basvärden/ })
      .getByRole('row', { name: /Hemtjänst Flen/ })
      .waitFor();
    await expectAccessible(page);

    await enterValue(page, '2026-T1', '11');
    // The trend now has a value, told in a sentence and a table next to the chart.
    const trend = page.getByRole('region', { name: 'Utveckling över tid' });
    await trend.getByText(/Hemtjänst Flen låg tertial 1 2026 på 11\./).waitFor();
    await trend.getByRole('img').waitFor();
    await trend.getByRole('button', { name: /Ladda ner CSV/ }).waitFor();
    await expectAccessible(page);

    // Back on the plan: the goal is achieved, and "Varför?" says why.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Hemtjänst Flen/ }).waitFor();
    await expect.poll(() => statusIn(card)).toBe('Uppfyllt');
    await card.getByText('Varför?').click();
    await card.getByText(/Utfallet 11; målvärdet är högst 12\./).waitFor();
    await expectAccessible(page);

    // The goal in the red thread, then the goal it serves one level up, with its status.
    await card.getByRole('link', { name: /Visa röda tråden/ }).click();
    await page.getByRole('heading', { level: 1, name: GOAL }).waitFor();
    await expect.poll(() => goalStatus(page)).toBe('Uppfyllt');
    await expectAccessible(page);
    const up = page
      .getByRole('region', { name: 'Vägen upp till visionen' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') });
    const parentLink = up.last().getByRole('link');
    const parentTitle = (await parentLink.textContent()) ?? '';
    await parentLink.click();
    await page.getByRole('heading', { level: 1, name: parentTitle }).waitFor();
    const parentUrl = page.url();
    const before = await goalStatus(page);
    expect(before).not.toBe('Ej bedömt');
    const why = page.getByRole('region', { name: /^Måluppfyllelse/ });
    await why.getByText('Varför?').click();
    const childPart = why.getByRole('listitem').filter({ hasText: GOAL });
    await expect.poll(() => statusIn(childPart)).toBe('Uppfyllt');
    await expectAccessible(page);

    // A second tertial far above the target: the goal is not achieved, and its parent follows.
    await page.goto(indicatorUrl);
    await page.getByRole('heading', { level: 1, name: /Antal olika medarbetare/ }).waitFor();
    await enterValue(page, '2026-T2', '16');
    await page
      .getByRole('table', { name: /^Värden för/ })
      .getByRole('row', { name: /tertial 2 2026/ })
      .waitFor();

    await page.goto(planUrl);
    await page.getByRole('heading', { level: 1, name: /Hemtjänst Flen/ }).waitFor();
    await expect.poll(() => statusIn(card)).toBe('Ej uppfyllt');
    await expectAccessible(page);

    await page.goto(parentUrl);
    await page.getByRole('heading', { level: 1, name: parentTitle }).waitFor();
    await page
      .getByRole('region', { name: /^Måluppfyllelse/ })
      .getByText('Varför?')
      .click();
    await expect.poll(() => statusIn(childPart)).toBe('Ej uppfyllt');
    const after = await goalStatus(page);
    expect(after).not.toBe('Uppfyllt');
    if (before === 'Uppfyllt') expect(after).not.toBe(before);
    await expectAccessible(page);
    await context.close();
  });
});
