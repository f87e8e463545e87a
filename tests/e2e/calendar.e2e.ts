// The annual cycle in a browser: the wheel of 2026, a step opened from the wheel with the
// keyboard, a task marked done by the controller of the förvaltning that serves the nämnd, and
// the list, month, meetings and settings pages; an admin imports a sammanträdesplan for 2029 and
// creates the tasks of 2031, then moves a KF meeting of 2031 in the edit dialog (a stale edit is
// refused and reloaded); the controller's start page lists their next tasks. Axe on every page
// visited. Uses only the calendar tasks of Socialnämnden and the years 2029 and 2031, which no
// other e2e file touches. Every wait is for a
// state (a locator, expect.poll), never for a time, so a slow machine only makes it slower.
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

async function login(page: Page, role: 'controller' | 'admin') {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill(`${role}@flen.example`);
  await page.getByLabel('Lösenord').fill(`styr-demo-${role}`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
}

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
    await login(page, 'controller');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Årshjul' }).click();
    await page.getByRole('heading', { level: 1, name: /^Årshjulet \d{4}$/ }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2026');
    await page.getByRole('heading', { level: 1, name: 'Årshjulet 2026' }).waitFor();
    const wheel = page.getByRole('figure', { name: 'Årshjulet 2026 som hjul' });
    await wheel.waitFor();
    // The election year shows the election and the new term (waitFor is strict: exactly one).
    await wheel.getByRole('link', { name: 'Allmänna val 2026-09-13, nya fullmäktige från 2026-10-15' }).waitFor();
    // KF adopts the budget on its November meeting in the election year.
    await wheel.getByRole('link', { name: 'Fullmäktige antar strategisk plan med budget (planering), klart 2026-11-23' }).waitFor();
    // The year's tasks, which a controller of a förvaltning sees but does not create (the
    // summary shows only once both the tasks and the caller's rights are known).
    await page.getByText(/^\d+ uppgifter, \d+ klara\. Uppgifterna följer sammanträdena/).waitFor();
    expect(await page.getByRole('button', { name: /uppgifter/ }).count()).toBe(0);
    await expectAccessible(page);

    // Open nämndrapport 4 from the wheel with the keyboard.
    const marker = wheel.getByRole('link', { name: /^Nämndrapport 4 \(uppföljning\), klart/ });
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nämndrapport 4' }).waitFor();
    expect(page.url()).toMatch(/\/arshjul\/2026\/steg\/namndrapport_4%3A2026$/);
    const tasks = page.getByRole('table', { name: /uppgifter/ });
    const row = tasks.getByRole('row', { name: /Socialnämnden/ });
    await expect.poll(() => row.getByRole('cell').first().textContent()).toBe('2026-11-25');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Markera klar: Socialnämnden' }).click();
    await page.getByText('Socialnämnden: Klar.').waitFor();
    await row.getByText('av Jonas Palm').waitFor();
    await row.getByText('Klar', { exact: true }).waitFor();
    // Another nämnd's task is not the controller's to change.
    const other = tasks.getByRole('row', { name: /Samhällsbyggnadsnämnden/ });
    await other.waitFor();
    expect(await other.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('shows the list, the month, the meetings and the settings', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'controller');
    await page.goto(`${base}/arshjul/2026`);
    await page.getByRole('heading', { level: 1, name: 'Årshjulet 2026' }).waitFor();

    // The list and the month views.
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
    await page.getByText(/^Årets uppgifter följer sammanträdena\./).waitFor();
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

    // In English the settings are named in English, not by the server's Swedish labels.
    await page.evaluate(() => localStorage.setItem('styr.language', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings of the annual cycle' }).waitFor();
    await page
      .getByRole('table', { name: 'Settings of the annual cycle' })
      .getByRole('rowheader', { name: 'Month the council adopts the strategic plan with budget', exact: true })
      .waitFor();
    expect(await page.getByText('Månad för omvärldsdagen').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('lets an admin import a sammanträdesplan (all or nothing) and refuses an impossible setting', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'admin');

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
    await expect.poll(() => page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);
    await context.close();
  });

  it('lets an admin create the tasks of a year that has none, and shows how many', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'admin');
    // 2031: a year no other e2e file touches, and far from today's reminders.
    await page.goto(`${base}/arshjul/2031`);
    await page.getByRole('heading', { level: 1, name: 'Årshjulet 2031' }).waitFor();
    await page.getByText('Uppgifterna för 2031 är inte skapade än.', { exact: false }).waitFor();
    await page.getByRole('figure', { name: 'Årshjulet 2031 som hjul' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skapa uppgifter för året' }).click();
    const done = page.getByText(/^Uppgifterna för 2031 är skapade: \d+ nya\.$/);
    await done.waitFor();
    const created = Number((await done.textContent())?.match(/(\d+) nya/)?.[1]);
    expect(created).toBeGreaterThan(50);
    await page.getByText(`${created} uppgifter, 0 klara.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Uppdatera årets uppgifter' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  // Last in the file: it makes sure 2031 has tasks, which the test above creates through the page.
  it('moves a meeting in the edit dialog, refusing a stale edit, and shows how many tasks followed', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'admin');
    expect((await page.request.post(`${base}/api/calendar/2031/tasks`)).status()).toBe(200);
    await page.goto(`${base}/arshjul/sammantraden?ar=2031`);
    await page.getByRole('heading', { level: 1, name: 'Sammanträden' }).waitFor();

    // A KF meeting in September 2031: fullmäktige's adoption of the budget moves onto it.
    await page.locator('#meeting-organ').selectOption({ label: 'Kommunfullmäktige' });
    await page.locator('#meeting-date').fill('2031-09-15');
    await page.getByRole('button', { name: 'Lägg in', exact: true }).click();
    await page.getByText('Kommunfullmäktige 2031-09-15 är inlagt. 1 uppgift som inte var klar flyttades med.').waitFor();

    await page.getByRole('button', { name: 'Ändra Kommunfullmäktige 2031-09-15' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra sammanträde: Kommunfullmäktige' });
    await dialog.waitFor();
    await expectAccessible(page);

    // Someone else changes the title meanwhile: the dialog's version is stale.
    const listed = await (await page.request.get(`${base}/api/calendar/meetings?year=2031`)).json();
    const kf = listed.items.find((m: { heldOn: string }) => m.heldOn === '2031-09-15');
    const other = await page.request.put(`${base}/api/calendar/meetings/${kf.id}`, {
      data: { orgUnitId: kf.orgUnitId, heldOn: kf.heldOn, title: 'KF, ändrad av någon annan', version: kf.version },
    });
    expect(other.status()).toBe(200);
    await dialog.getByLabel(/^Datum/).fill('2031-09-22');
    await dialog.getByRole('button', { name: 'Spara ändringen' }).click();
    await dialog.getByText(/^Någon annan har ändrat uppgifterna/).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ladda om uppgifterna' }).click();
    await expect.poll(() => dialog.getByLabel(/^Rubrik/).inputValue()).toBe('KF, ändrad av någon annan');
    expect(await dialog.getByLabel(/^Datum/).inputValue()).toBe('2031-09-15');

    await dialog.getByLabel(/^Datum/).fill('2031-09-22');
    await dialog.getByRole('button', { name: 'Spara ändringen' }).click();
    await page.getByText('Kommunfullmäktige 2031-09-22 är sparat. 1 uppgift som inte var klar flyttades med.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: '1 sammanträde 2031' })
      .getByRole('row', { name: /Kommunfullmäktige 2031-09-22 KF, ändrad/ })
      .waitFor();
    await expectAccessible(page);

    // The step follows the meeting; deleting the meeting sends it back to the month's end.
    await page.goto(`${base}/arshjul/2031?visa=lista`);
    const steps = page.getByRole('table', { name: 'Årshjulets steg 2031, i datumordning' });
    await steps.getByRole('row', { name: /Fullmäktige antar strategisk plan med budget .*2031-09-22/ }).waitFor();
    await expectAccessible(page);
    await page.goto(`${base}/arshjul/sammantraden?ar=2031`);
    await page.getByRole('button', { name: 'Ta bort Kommunfullmäktige 2031-09-22' }).click();
    await page.getByText('Kommunfullmäktige 2031-09-22 är borttaget. 1 uppgift som inte var klar flyttades med.').waitFor();
    await page.getByText('Inga sammanträden är inlagda för 2031.', { exact: false }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lists the signed-in controller’s next tasks on the start page, each linking to its step', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'controller');
    const section = page.getByRole('region', { name: 'Mina uppgifter i årshjulet' });
    const table = section.getByRole('table', { name: 'Dina 5 närmaste uppgifter, efter datum' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(6);
    await section.getByText(/^\d+ uppgifter som inte är klara för dina enheter\./).waitFor();
    await section.getByRole('link', { name: 'Till årshjulet' }).waitFor();
    await expectAccessible(page);
    const first = table.getByRole('rowheader').first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: name.replace(/ \d{4}(-\d{2})?$/, '') }).waitFor();
    expect(page.url()).toMatch(/\/arshjul\/\d{4}\/steg\//);
    await expectAccessible(page);
    await context.close();
  });
});
