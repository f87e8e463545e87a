// The annual cycle in a browser: the wheel of 2026, a step opened from the wheel with the
// keyboard, a task marked done by the controller of the förvaltning that serves the nämnd, and
// the list, month, meetings and settings pages. Axe on every page visited. Uses only the calendar
// tasks of Socialnämnden, which no other e2e file touches.
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

describe('the annual cycle in a browser', () => {
  it('opens the wheel, opens a step from it and marks a task done', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').fill('controller@flen.example');
    await page.getByLabel('Lösenord').fill('styr-demo-controller');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Årshjul' }).click();
    await page.getByRole('heading', { level: 1, name: /^Årshjulet \d{4}$/ }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2026');
    await page.getByRole('heading', { level: 1, name: 'Årshjulet 2026' }).waitFor();
    const wheel = page.getByRole('figure', { name: 'Årshjulet 2026 som hjul' });
    await wheel.waitFor();
    // The election year shows the election and the new term.
    await expect(wheel.getByRole('link', { name: 'Allmänna val 2026-09-13, nya fullmäktige från 2026-10-15' }).count()).resolves.toBe(1);
    // KF adopts the budget on its November meeting in the election year.
    await expect(
      wheel.getByRole('link', { name: 'Fullmäktige antar strategisk plan med budget (planering), klart 2026-11-23' }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page);

    // Open nämndrapport 4 from the wheel with the keyboard.
    const marker = wheel.getByRole('link', { name: /^Nämndrapport 4 \(uppföljning\), klart/ });
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nämndrapport 4' }).waitFor();
    expect(page.url()).toMatch(/\/arshjul\/2026\/steg\/namndrapport_4%3A2026$/);
    const tasks = page.getByRole('table', { name: /uppgifter/ });
    const row = tasks.getByRole('row', { name: /Socialnämnden/ });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toBe('2026-11-25');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Markera klar: Socialnämnden' }).click();
    await page.getByText('Socialnämnden: Klar.').waitFor();
    await row.getByText('av Jonas Palm').waitFor();
    expect(await row.getByText('Klar', { exact: true }).count()).toBe(1);
    // Another nämnd's task is not the controller's to change.
    expect(
      await tasks
        .getByRole('row', { name: /Samhällsbyggnadsnämnden/ })
        .getByRole('button')
        .count(),
    ).toBe(0);
    await expectAccessible(page);

    // The list and the month views.
    await page.getByRole('link', { name: 'Tillbaka till årshjulet 2026' }).click();
    await page.getByRole('tab', { name: 'Lista' }).click();
    await page.getByRole('table', { name: 'Årshjulets steg 2026, i datumordning' }).getByRole('link', { name: 'Omvärldsdag' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('tab', { name: 'Månad' }).click();
    await page.getByRole('combobox', { name: 'Månad', exact: true }).selectOption({ label: 'april' });
    await page
      .getByRole('table', { name: 'Steg som pågår i april 2026' })
      .getByRole('link', { name: 'Planeringsförutsättningar' })
      .waitFor();
    await expectAccessible(page);

    // Meetings and settings, linked from the wheel page.
    await page.getByRole('link', { name: 'Sammanträden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammanträden' }).waitFor();
    await page
      .getByRole('table', { name: /sammanträden 2026/ })
      .getByRole('row', { name: /Kommunfullmäktige/ })
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Tillbaka till årshjulet 2026' }).click();
    await page.getByRole('link', { name: 'Inställningar för årshjulet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar för årshjulet' }).waitFor();
    await page.getByRole('table', { name: 'Årshjulets inställningar' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets an admin import a sammanträdesplan (all or nothing) and refuses an impossible setting', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${base}/logga-in`);
    await page.getByLabel('E-postadress').fill('admin@flen.example');
    await page.getByLabel('Lösenord').fill('styr-demo-admin');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();

    // 2029: a year no other e2e file touches.
    await page.goto(`${base}/arshjul/sammantraden?ar=2029`);
    await page.getByRole('heading', { level: 1, name: 'Sammanträden' }).waitFor();
    await page.getByText('Inga sammanträden är inlagda för 2029.').waitFor();
    await expectAccessible(page);
    const content = page.getByLabel(/^Filens innehåll/);
    await content.fill('organ;datum;titel\nKF;2029-09-17;Fullmäktige\nFritidsnämnden;2029-04-18;\nKS;2029-02-30;');
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText(/^Filen lästes inte in: rad 3: organ: .* \(och 1 fel till\)\. Inget sparades\.$/).waitFor();
    const errors = page.getByRole('listitem');
    await errors
      .filter({ hasText: 'rad 3: organ: Det finns inget fullmäktige, ingen kommunstyrelse eller nämnd som heter "Fritidsnämnden".' })
      .waitFor();
    await errors.filter({ hasText: 'rad 4: datum: "2029-02-30" är inget datum; skriv ÅÅÅÅ-MM-DD.' }).waitFor();
    await expectAccessible(page);
    expect(await page.getByText('Inga sammanträden är inlagda för 2029.').count()).toBe(1);

    await content.fill('organ;datum;titel\nKF;2029-09-17;Fullmäktige\nSocialnämnden;2029-04-18;\nKS;2029-05-08;');
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText('Filen är inläst: 3 sammanträden, 3 nya, 0 ändrade, 0 oförändrade.').waitFor();
    const table = page.getByRole('table', { name: '3 sammanträden 2029' });
    await table.getByRole('row', { name: /Socialnämnden 2029-04-18/ }).waitFor();
    await expectAccessible(page);

    // The step lands on the imported meeting.
    await page.goto(`${base}/arshjul/2029?visa=lista`);
    await page
      .getByRole('table', { name: 'Årshjulets steg 2029, i datumordning' })
      .getByRole('row', { name: /Fullmäktige antar strategisk plan med budget .*2029-09-17/ })
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Inställningar för årshjulet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar för årshjulet' }).waitFor();
    const due = page.getByLabel(/^Månad då nämndplanen senast ska vara fastställd/);
    await due.fill('10');
    await page.getByRole('button', { name: 'Spara' }).click();
    const message =
      'Nämndplanen kan inte fastställas i oktober, före fullmäktiges beslut om strategisk plan med budget i november ett valår.';
    await page.getByRole('link', { name: `Månad då nämndplanen senast ska vara fastställd: ${message}` }).waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);
    await context.close();
  });
});
