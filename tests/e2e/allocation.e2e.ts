// The allocation model in a browser: the administrator opens the 2027 model, copies June's
// scenario (so no other test's data changes), raises a price tag, and sees the line, the bridge
// step and the nämnd's frame change by exactly price × population; then the comparison page.
// Downloads the model's tables as Excel from each page and reads them back. Axe on every page visited.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible as axe, launch } from './browser.js';

const base = inject('baseUrl');
const BUKN = 'Barn-, utbildnings- och kulturnämnden';
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

/** "1 234 567", "+12 000", "−3 400", "525,5" → number. */
const num = (text: string | null) =>
  Number(
    (text ?? '')
      .replace(/[\s\u00a0+]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  );

async function openModel(page: Page) {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel('E-postadress').fill('admin@flen.example');
  await page.getByLabel('Lösenord').fill('styr-demo-admin');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
  await page.goto(`${base}/budget/fordelningsmodell?ar=2027`);
  await page.getByRole('heading', { level: 1, name: 'Fördelningsmodell' }).waitFor();
  await page.getByRole('table', { name: /Prislappar och belopp för 2027/ }).waitFor();
}

/** A copy of the scenario shown (June's base), so no other test's data changes; the page then shows it. */
async function copyShown(page: Page, name: string) {
  await page.getByLabel('Namn på det nya scenariot').fill(name);
  await page.getByRole('button', { name: 'Skapa scenario' }).click();
  await page.getByText(`Scenariot ${name} är skapat.`).waitFor();
  await expect.poll(() => page.getByLabel('Scenario', { exact: true }).locator('option:checked').textContent()).toBe(name);
}

/** Clicks a download link and reads the workbook it gives. */
async function downloaded(page: Page, link: string | RegExp) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  return book;
}

const rowsOf = (book: ExcelJS.Workbook, name: string) => {
  const out: unknown[][] = [];
  book.getWorksheet(name)?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('the allocation model in a browser', () => {
  it('downloads the scenario, a bridge, the comparison and the population as Excel with the page’s figures', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
    const page = await context.newPage();
    await openModel(page);
    const frames = page.getByRole('table', { name: /Nettoramar 2027/ });
    const frameOf = async (name: string) =>
      num(
        await frames
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
          .getByRole('cell')
          .nth(1)
          .textContent(),
      );
    const scenario = await downloaded(page, /^Ladda ner scenariot som Excel/);
    expect(scenario.worksheets.map((w) => w.name)).toEqual(['Ramar', 'Bryggor', 'Prislappar', 'Per verksamhet', 'Befolkning']);
    const sn = rowsOf(scenario, 'Ramar').find((r) => r[0] === 'Socialnämnden') as unknown[];
    expect(sn[2]).toBe(await frameOf('Socialnämnden'));

    const bridge = await downloaded(page, 'Ladda ner bryggan för Socialnämnden som Excel');
    const rows = rowsOf(bridge, 'Brygga');
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['Socialnämnden', 'Ny ram 2027', await frameOf('Socialnämnden')]);
    const table = page.getByRole('table', { name: 'Bryggan för Socialnämnden till 2027, kronor' });
    expect(rows.length - 1).toBe((await table.getByRole('row').count()) - 1);

    await page.getByRole('link', { name: 'Jämför två scenarier' }).click();
    await page.getByRole('table', { name: /Nya ramar 2027/ }).waitFor();
    const compare = await downloaded(page, 'Ladda ner jämförelsen som Excel');
    expect(rowsOf(compare, 'Ramar').at(-1)?.[0]).toBe('Summa');
    await expectAccessible(page);

    await page.goto(`${base}/budget/fordelningsmodell/befolkning?ar=2027`);
    await page.getByRole('table', { name: /antal personer per åldersgrupp/ }).waitFor();
    const population = await downloaded(page, 'Ladda ner all lagrad befolkning som Excel');
    expect(rowsOf(population, 'Befolkning')[0]).toEqual(['Slag', 'Prognos', 'Datum', 'Åldersgrupp', 'Antal', 'Källa']);
    await context.close();
  });

  it('changes a price tag and shows the new bridge and frame', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await openModel(page);
    await expectAccessible(page);

    const name = `E2E kopia ${Date.now()}`;
    await copyShown(page, name);

    const prices = page.getByRole('table', { name: /Prislappar och belopp för 2027/ });
    const row = prices
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Grundskola' }) })
      .filter({ hasText: '7-9' });
    const population = num(await row.getByRole('cell').nth(2).textContent());
    const amountBefore = num(await row.getByRole('cell').nth(3).textContent());
    const frames = page.getByRole('table', { name: /Nettoramar 2027/ });
    const frameCell = () =>
      frames
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: BUKN }) })
        .getByRole('cell')
        .nth(1);
    const frameBefore = num(await frameCell().textContent());
    const bridge = page.getByRole('table', { name: `Bryggan för ${BUKN} till 2027, kronor` });
    const stepCell = () =>
      bridge
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Prislappar och demografi' }) })
        .getByRole('cell')
        .first();
    const stepBefore = num(await stepCell().textContent());
    expect(population).toBeGreaterThan(0);

    const field = page.getByLabel('Prislapp för Grundskola, 7-9');
    const price = num(await field.inputValue());
    await field.fill(String(price + 10_000));
    await page.getByRole('button', { name: 'Spara prislappar' }).click();
    await page.getByText('Prislapparna är sparade och ramarna omräknade.').waitFor();

    const delta = Math.round(population * 10_000);
    await expect.poll(async () => num(await row.getByRole('cell').nth(3).textContent())).toBe(amountBefore + delta);
    expect(num(await stepCell().textContent())).toBe(stepBefore + delta);
    // The efficiency requirement is a share of the frame, so the frame moves by the step less that share.
    const frameAfter = num(await frameCell().textContent());
    expect(frameAfter).toBeGreaterThan(frameBefore + delta * 0.99);
    expect(frameAfter).toBeLessThanOrEqual(frameBefore + delta);
    await expect.poll(() => page.getByRole('img', { name: new RegExp(`Brygga för ${BUKN}`) }).count()).toBe(1);
    await expectAccessible(page);

    const invalid = page.getByLabel('Prislapp för Förskola, 1-5');
    await invalid.fill('-5');
    await page.getByRole('button', { name: 'Spara prislappar' }).click();
    await page.getByRole('link', { name: 'Prislapp för Förskola, 1-5: En prislapp får inte vara negativ.' }).waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Jämför två scenarier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor();
    await page.getByRole('table', { name: /Nya ramar 2027/ }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('adds a political priority with its motivation and shows it as a step of the bridge', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await openModel(page);
    const name = `E2E prioritering ${Date.now()}`;
    await copyShown(page, name);
    await page.getByRole('link', { name: new RegExp(`^Ändra modellen i ${name}`) }).click();
    await page.getByRole('heading', { level: 1, name: `Ändra ${name} (2027)` }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Lägg till prioritering' }).click();
    const row = page.getByRole('group', { name: 'Prioritering 1' });
    await row.getByLabel('Nämnd').selectOption({ label: 'Socialnämnden' });
    await row.getByLabel('Belopp, kr').fill('2 000 000');
    // Without a motivation the form refuses, naming the field in the error summary.
    await page.getByRole('button', { name: 'Spara modellen' }).click();
    await page.getByRole('link', { name: 'Prioritering 1: Motivering: Ange en motivering.' }).waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);

    const motivation = `Fler platser i hemtjänsten ${Date.now()}`;
    await row.getByLabel('Motivering').fill(motivation);
    await page.getByRole('button', { name: 'Spara modellen' }).click();
    await page.getByText('Modellen är sparad och ramarna omräknade.').waitFor();
    await expectAccessible(page);

    // Someone else saves in between: the form says so and reloads; it does not overwrite.
    const url = `${base}/api/allocation/scenarios/${new URL(page.url()).searchParams.get('scenario')}`;
    const current = await (await page.request.get(url)).json();
    const indices = { ...current.config.indices, pricePct: 2.1 };
    expect((await page.request.patch(url, { data: { version: current.version, config: { ...current.config, indices } } })).status()).toBe(
      200,
    );
    await page.getByLabel('Priskompensation, %').fill('2,2');
    await page.getByRole('button', { name: 'Spara modellen' }).click();
    await page.getByText(/Någon annan har ändrat uppgifterna sedan du öppnade dem/).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ladda om uppgifterna' }).click();
    await expect.poll(() => page.getByLabel('Priskompensation, %').inputValue()).toBe('2,1');

    await page.getByRole('link', { name: 'Se ramar och bryggor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fördelningsmodell' }).waitFor();
    const bridge = page.getByRole('table', { name: 'Bryggan för Socialnämnden till 2027, kronor' });
    const step = bridge.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Politisk prioritering' }) });
    await expect.poll(() => step.count()).toBe(1);
    expect(num(await step.getByRole('cell').first().textContent())).toBe(2_000_000);
    expect(await step.getByRole('cell').nth(1).textContent()).toBe(motivation);
    await expectAccessible(page);

    // Rename the copy, then remove it (it is not the base), asked first in a dialog.
    await page.getByLabel('Scenariots namn').fill(`${name} omdöpt`);
    await page.getByRole('button', { name: 'Byt namn' }).click();
    await page.getByText(`Scenariot heter nu ${name} omdöpt.`).waitFor();
    await page.getByRole('button', { name: 'Ta bort scenariot' }).click();
    const dialog = page.getByRole('dialog', { name: `Ta bort ${name} omdöpt?` });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ta bort scenariot' }).click();
    await page.getByText(`Scenariot ${name} omdöpt är borttaget.`).waitFor();
    await expect
      .poll(() => page.getByLabel('Scenario', { exact: true }).locator('option').allTextContents())
      .not.toContain(`${name} omdöpt`);

    await page.getByRole('link', { name: 'Befolkning och inläsning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Befolkning' }).waitFor();
    await page.getByRole('table', { name: /antal personer per åldersgrupp/ }).waitFor();
    await expectAccessible(page);

    // A forecast of a series of its own, so nothing another test reads changes.
    const series = `E2E ${Date.now()}`;
    const file = page.locator('#population-file');
    await file.setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from('datum,ålder,antal\n2040,x,1\n2040,5,-2\n') });
    await page.getByLabel('Slag').selectOption({ label: 'Prognos' });
    await page.getByLabel('Prognosens namn').fill(series);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('link', { name: /^Rad 2, kolumn ålder/ }).waitFor();
    await page.getByRole('link', { name: /^Rad 3, kolumn antal/ }).waitFor();
    await expectAccessible(page);

    await file.setInputFiles({
      name: 'prognos.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('datum,ålder,antal\n2040,0,101\n2040,1-5,517\n'),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Filen innehåller 2 rader').waitFor();
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText(`2 rader (Prognos ${series}) för 2040-12-31 är inlästa`).waitFor();
    const stored = page.getByRole('table', { name: `Prognos ${series}: antal personer per åldersgrupp och datum` });
    const band = stored.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1-5', exact: true }) });
    expect(await band.getByRole('cell').first().textContent()).toBe('517');
    await expectAccessible(page);
    await context.close();
  });
});
