// The red thread in a browser: a controller adds a nämnd goal that serves a KF goal and finds it
// in the red-thread tree; an employee works on their utvecklingsplan. Axe on every page visited,
// a fresh browser context for each flow.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/logga-in`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
  await expectAccessible(page);
  return page;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

/** A version of the plan on screen that may still change: follow or make one if it is adopted. */
async function openWorkingVersion(page: Page) {
  const heading = page.getByRole('heading', { level: 2, name: 'Hantera planen' });
  await heading.waitFor();
  const working = page.getByRole('link', { name: /som är under arbete/ });
  const newVersion = page.getByRole('button', { name: 'Skapa ny version' });
  if (await working.count()) {
    await working.click();
  } else if (await newVersion.count()) {
    await newVersion.click();
    await page.getByText(/är skapad som utkast/).waitFor();
  }
  await page.getByText(/Versionen är (ett utkast|under beredning)/).waitFor();
  await expectAccessible(page);
}

describe('the red thread in a browser', () => {
  it('lets a controller add a nämnd goal serving a KF goal, then finds it in the red thread', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await signIn(context, 'controller@flen.example', 'styr-demo-controller');

    await nav(page).getByRole('link', { name: 'Mål och plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål och plan' }).waitFor();
    await page.getByRole('table', { name: /Nämndplaner som gäller/ }).waitFor();
    await expectAccessible(page);

    // The demo's draft nämndplan for 2027: a draft is in force for its year until one is adopted,
    // so a goal added to it shows in that year's red thread. (Waiting for the row itself, not
    // counting rows, since the table may still show the year before while 2027 loads.)
    await page.getByLabel('År', { exact: true }).selectOption('2027');
    await page
      .getByRole('table', { name: /Nämndplaner som gäller 2027/ })
      .getByRole('row', { name: /Socialnämnden/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: /nämndplan/i }).waitFor();
    await openWorkingVersion(page);
    const year = (await page.getByRole('link', { name: /^Röda tråden \d{4}$/ }).textContent())?.match(/\d{4}/)?.[0] ?? '';
    expect(year).toMatch(/^\d{4}$/);

    const title = `Kortare väntetid till hemtjänst ${Date.now()}`;
    await page.getByRole('button', { name: 'Nytt mål' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Nytt mål' }).waitFor();
    // Saving without a title is explained at the field and in the title.
    await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
    await dialog.getByText('Fyll i fältet.').first().waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);

    await dialog.getByLabel(/^Typ av mål/).selectOption({ label: 'Resultatmål' });
    await dialog.getByLabel(/^Mål Obligatoriskt/).fill(title);
    const parents = dialog.getByRole('group', { name: /Kopplas till/ });
    await parents.getByRole('checkbox').first().check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByText(`Målet ”${title}” är tillagt.`).waitFor();
    const card = page.getByRole('article', { name: title });
    await card.waitFor();
    await expect(card.getByText('Kopplas till').count()).resolves.toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: `Röda tråden ${year}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Röda tråden' }).waitFor();
    // react-aria renders the tree as a treegrid (each row one cell); either role will do.
    const tree = page.getByRole('treegrid').or(page.getByRole('tree'));
    await tree.waitFor();
    await expectAccessible(page);
    await page.getByLabel('Sök mål, område eller enhet').fill(title.slice(0, 40));
    const found = tree.getByRole('link', { name: title });
    await found.first().waitFor();
    await expectAccessible(page);

    // The goal's own page shows the way up to the vision.
    await found.first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vägen upp till visionen' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('offers an employee "Ny plan" only for their own utvecklingsplan', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await signIn(context, 'medarbetare@flen.example', 'styr-demo-staff');
    await page.goto(`${base}/mal-och-plan`);
    await page.getByRole('heading', { level: 1, name: 'Mål och plan' }).waitFor();
    await page.getByRole('button', { name: 'Ny plan' }).click();
    const dialog = page.getByRole('dialog');
    const kind = dialog.getByLabel(/^Typ av plan/);
    await kind.waitFor();
    // The placeholder and the one kind the server says an employee may create.
    expect((await kind.locator('option').allTextContents()).slice(1)).toEqual(['Utvecklingsplan']);
    await kind.selectOption({ label: 'Utvecklingsplan' });
    await expect.poll(() => dialog.getByLabel(/^Enhet/).inputValue()).not.toBe('');
    await expectAccessible(page);
    await context.close();
  });

  it('lets an employee add to their utvecklingsplan and see it', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await signIn(context, 'medarbetare@flen.example', 'styr-demo-staff');

    const own = page.getByRole('region', { name: 'Din utvecklingsplan' });
    const ownLink = own.getByRole('link').first();
    await ownLink.waitFor();
    if ((await ownLink.textContent()) === 'Mål och plan') {
      // No plan of one's own yet: make it, as the employee may.
      await ownLink.click();
      await page.getByRole('button', { name: 'Ny plan' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/^Typ av plan/).selectOption({ label: 'Utvecklingsplan' });
      await dialog.getByLabel(/^Rubrik/).fill('Min utvecklingsplan');
      await dialog.getByRole('button', { name: 'Skapa planen' }).click();
    } else {
      await ownLink.click();
    }
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Bidrag till mål och egen utveckling' }).waitFor();
    await expectAccessible(page);
    await openWorkingVersion(page);

    // A contribution of one's own is edited in place, when there is one.
    const edit = page
      .getByRole('article')
      .filter({ hasText: 'Bidrag till mål' })
      .getByRole('button', { name: /^Ändra/ });
    if (await edit.count()) {
      await edit.first().click();
      const dialog = page.getByRole('dialog');
      const field = dialog.getByLabel(/^Mål Obligatoriskt/);
      const changed = `${(await field.inputValue()).replace(/ \(uppdaterat\)$/, '')} (uppdaterat)`;
      await field.fill(changed);
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await page.getByText(`Målet ”${changed}” är ändrat.`).waitFor();
      await page.getByRole('article', { name: changed }).waitFor();
    }

    const title = `Lära mig mer om demens ${Date.now()}`;
    await page.getByRole('button', { name: 'Nytt mål' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Typ av mål/).selectOption({ label: 'Egen utveckling' });
    await dialog.getByText(/Egen utveckling kopplas inte till andra mål/).waitFor();
    await dialog.getByLabel(/^Mål Obligatoriskt/).fill(title);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByText(`Målet ”${title}” är tillagt.`).waitFor();
    await page.getByRole('article', { name: title }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
