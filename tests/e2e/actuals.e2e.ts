// Actuals in a browser: a controller sees KF's outcome near its budget to date, opens outcome
// against budget for a hemtjänst unit, sees the months from the demo ledger, enters a year-end
// forecast and sees the deviation (forecast − budget) in words; the import and mapping pages as
// the admin. Axe on every page visited.
// Uses only Hemtjänst Malmköping och Sparreholm's 2026 forecast and Daglig verksamhet's 2029 annual
// budget, which no other test touches; the account rules are only saved unchanged (Kommun-Bas).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible as axe, launch } from './browser.js';

const base = inject('baseUrl');
const UNIT = 'Hemtjänst Malmköping och Sparreholm';
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

const kr = (text: string | null) => Number((text ?? '').replace(/[^\d-−]/g, '').replace('−', '-'));

describe('actuals in a browser', () => {
  it('shows outcome against budget, takes a forecast and shows the deviation', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'controller@flen.example', 'styr-demo-controller');
    await page.goto(`${base}/budget/utfall?ar=2026`);
    await page.getByRole('heading', { level: 1, name: 'Utfall mot budget' }).waitFor();
    await page.getByRole('table', { name: /Budget och utfall per månad för Kommunfullmäktige 2026/ }).waitFor();
    await expectAccessible(page);
    // The demo ledger budgets each nämnd's frame and its outcome runs near it: KF is not "underspent".
    await expect.poll(async () => page.getByTestId('actuals-budget-source').textContent()).toBe('huvudbokens budget (#PBUDGET)');
    const [outcome, toDate] = ((await page.locator('.actuals-facts dd').nth(2).textContent()) ?? '').split('(').map(kr);
    expect(Math.abs((outcome as number) / (toDate as number) - 1)).toBeLessThan(0.04);

    // Options are indented by their depth in the tree; pick by the unit's id.
    const value = await page.locator('#actuals-unit option', { hasText: UNIT }).getAttribute('value');
    await page.getByLabel('Enhet', { exact: true }).selectOption(value as string);
    const table = page.getByRole('table', { name: new RegExp(`per månad för ${UNIT} 2026`) });
    await table.waitFor();
    // October has outcome from the demo ledger, November not yet.
    const october = table.getByRole('row', { name: /^Oktober/ });
    expect(kr(await october.getByRole('cell').nth(1).textContent())).toBeGreaterThan(1_000_000);
    expect(
      await table
        .getByRole('row', { name: /^November/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('–');
    await page.getByRole('img', { name: /Linjediagram: ackumulerad budget/ }).waitFor();
    await expectAccessible(page);

    const budget = kr(await page.locator('.actuals-facts dd').first().textContent());
    const forecast = budget + 750_000;
    await page.getByLabel(/^Prognos för helåret/).fill(forecast.toLocaleString('sv-SE'));
    await page.getByLabel(/^Kommentar/).fill('Fler brukare under hösten.');
    await page.getByRole('button', { name: 'Spara prognosen' }).click();
    await page.getByText('Prognosen är sparad.').waitFor();
    const deviation = page.getByTestId('actuals-deviation');
    await expect.poll(async () => deviation.textContent()).toMatch(/underskott/);
    expect(kr(await deviation.textContent())).toBe(750_000);
    await expectAccessible(page);

    // A wrong amount is named at the field, nothing is saved.
    await page.getByLabel(/^Prognos för helåret/).fill('tolv miljoner');
    await page.getByRole('button', { name: 'Spara prognosen' }).click();
    await page.getByText('Skriv prognosen i hela kronor, till exempel 12 500 000.').first().waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets the admin see the import page and the unmapped codes', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'admin@flen.example', 'styr-demo-admin');
    await page.goto(`${base}/budget/utfall/import`);
    await page.getByRole('heading', { level: 1, name: 'Läs in huvudboken' }).waitFor();
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByText('Välj en fil att läsa in.').waitFor();
    await expectAccessible(page);
    // A malformed file is refused with its line and reason.
    await page.getByLabel(/^Fil \(SIE eller CSV\)/).setInputFiles({
      name: 'trasig.se',
      mimeType: 'text/plain',
      buffer: Buffer.from('#SIETYP 4\n#VER A 1 20260101\n{\n#TRANS 5010 {1 "1"}\n}\n'),
    });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByText('rad 4: #TRANS saknar belopp').first().waitFor();
    await expectAccessible(page);

    await page.goto(`${base}/budget/utfall/ansvar`);
    await page.getByRole('heading', { level: 1, name: 'Ansvarskoder och enheter' }).waitFor();
    await page.getByRole('table', { name: 'Ansvarskoder som väntar på en enhet' }).getByRole('row', { name: /3390/ }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('takes an annual budget where no other source exists, and names a wrong amount', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'controller@flen.example', 'styr-demo-controller');
    await page.goto(`${base}/budget/utfall?ar=2029`);
    await page.getByRole('heading', { level: 1, name: 'Utfall mot budget' }).waitFor();
    const value = await page.locator('#actuals-unit option', { hasText: 'Daglig verksamhet' }).getAttribute('value');
    await page.getByLabel('Enhet', { exact: true }).selectOption(value as string);
    await page.getByRole('heading', { level: 2, name: 'Daglig verksamhet 2029' }).waitFor();
    await page.getByLabel(/^Årsbudget 2029/).fill('tolv miljoner');
    await page.getByRole('button', { name: 'Spara årsbudgeten' }).click();
    await page.getByRole('link', { name: /Årsbudget 2029 \(kr\): Skriv årsbudgeten i hela kronor/ }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^Årsbudget 2029/).fill('12 000 000');
    await page.getByRole('button', { name: 'Spara årsbudgeten' }).click();
    await page.getByText('Årsbudgeten är sparad.').waitFor();
    await expect.poll(async () => page.getByTestId('actuals-budget-source').textContent()).toBe('årsbudget inlagd här');
    expect(kr(await page.locator('.actuals-facts dd').first().textContent())).toBe(12_000_000);
    const table = page.getByRole('table', { name: /per månad för Daglig verksamhet 2029/ });
    expect(
      kr(
        await table
          .getByRole('row', { name: /^Januari/ })
          .getByRole('cell')
          .first()
          .textContent(),
      ),
    ).toBe(1_000_000);
    await expectAccessible(page);
    await context.close();
  });

  it('refuses overlapping account ranges at the field and tells a stale editor to reload', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'admin@flen.example', 'styr-demo-admin');
    await page.goto(`${base}/budget/utfall/kontoregler`);
    await page.getByRole('heading', { level: 1, name: 'Kontoregler' }).waitFor();
    await page.getByRole('group', { name: 'Intervall 4' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lägg till intervall' }).click();
    const added = page.getByRole('group', { name: 'Intervall 5' });
    await added.getByLabel(/^Från konto/).fill('3500');
    await added.getByLabel(/^Till konto/).fill('4999');
    await added.getByLabel(/^Räknas som/).selectOption('drift_cost');
    await page.getByRole('button', { name: 'Spara kontoreglerna' }).click();
    const link = page.getByRole('link', { name: /^Från konto, intervall 5: Rad 5: 3500–4999 överlappar rad 2 \(3000–3999\)/ });
    await link.waitFor();
    await expectAccessible(page);
    await link.click();
    await expect
      .poll(async () => page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent))
      .toBe('Intervall 5');

    // Someone else saves first (the same Kommun-Bas ranges): this form is now stale.
    const other = await context.newPage();
    await other.goto(`${base}/budget/utfall/kontoregler`);
    await other.getByRole('button', { name: 'Fyll i Kommun-Bas' }).click();
    await other.getByRole('button', { name: 'Spara kontoreglerna' }).click();
    await other.getByText('Kontoreglerna är sparade.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ta bort intervall 5' }).click();
    await page.getByRole('button', { name: 'Spara kontoreglerna' }).click();
    await page.getByText('Någon annan har ändrat uppgifterna', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ladda om uppgifterna' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
