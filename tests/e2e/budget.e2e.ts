// The budget in a browser: Socialförvaltningen's controller opens budget 2027 (KF's adopted
// version in force), follows Socialnämnden's frame to its internal distribution, sees what is
// not distributed per level, uploads a sheet with a bad cell (the cell is named, nothing is
// stored), edits the distribution so every level meets the frame and puts it back as it was.
// Then the comparison, investment, grant and balance pages. Axe on every page visited.
// Changes only Socialnämnden's 2027 distribution, which no other test reads, and restores it.
// The central controller makes a frame proposal from the 2027 allocation scenario: a new draft
// amendment (never in force, so no other test's figures move) and follows a nämnd's bridge link,
// which lands on (scrolls to and focuses) that nämnd's bridge. Expected figures come from the API.
import ExcelJS from 'exceljs';
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

/** "612 000 000" (sv-SE, with no-break spaces) → 612000000. */
const kr = (text: string | null) => Number((text ?? '').replace(/[^\d−-]/g, '').replace('−', '-'));

/** KF's adopted operating frame 2027 per nämnd name, and the June scenario's, through the API. */
async function demoFrames(page: Page) {
  const json = async (path: string) => (await page.request.get(`${base}/api${path}`)).json();
  const versions = (await json('/budget/versions?year=2027')).versions as { id: string; kind: string }[];
  const adopted = await json(`/budget/versions/${versions.find((v) => v.kind === 'adopted')?.id}`);
  const names = new Map((adopted.bodies as { id: string; name: string }[]).map((b) => [b.id, b.name]));
  const frames = new Map<string, number>(
    (adopted.frames as { orgUnitId: string; kind: string; year: number; amountKr: number }[])
      .filter((f) => f.kind === 'operating' && f.year === 2027)
      .map((f) => [names.get(f.orgUnitId) as string, f.amountKr]),
  );
  const scenarios = (await json('/allocation/scenarios?year=2027')).items as { id: string; isBase: boolean }[];
  const june = await json(`/allocation/scenarios/${scenarios.find((x) => x.isBase)?.id}`);
  const juneKr = new Map<string, number>((june.result.namnder as { name: string; newKr: number }[]).map((n) => [n.name, n.newKr]));
  return { adopted: frames, june: juneKr };
}

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Fördelning');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('budget in a browser', () => {
  it('shows the frames, the distribution with what is not distributed, per-cell upload errors, and an edit', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'controller@flen.example', 'styr-demo-controller');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Budget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    await page.goto(`${base}/budget?ar=2027`);
    const versions = page.getByRole('table', { name: 'Budgetversioner för 2027' });
    await versions.getByRole('row', { name: /Strategisk plan med budget 2027–2030.*Gällande/ }).waitFor();
    const frames = page.getByRole('table', { name: 'Driftram (netto) i kronor, Strategisk plan med budget 2027–2030' });
    const sn = frames.getByRole('row', { name: /^Socialnämnden/ });
    expect(kr(await sn.getByRole('cell').first().textContent())).toBe((await demoFrames(page)).adopted.get('Socialnämnden'));
    await page.getByRole('link', { name: 'Resursfördelningsmodellen' }).waitFor();
    await expectAccessible(page);

    await sn.getByRole('link', { name: 'Socialnämnden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fördelning: Socialnämnden' }).waitFor();
    const levels = page.getByRole('table', { name: /Socialnämnden 2027: summa per nivå/ });
    const enhet = levels.getByRole('row', { name: /^Enhet/ });
    await enhet.waitFor();
    expect(kr(await enhet.getByRole('cell').nth(1).textContent())).toBe(1_500_000);
    const tree = page.getByRole('table', { name: /Socialnämnden 2027: belopp per enhet/ });
    const vo = tree.getByRole('row', { name: /^Vård och omsorg/ });
    expect(kr(await vo.getByRole('cell').last().textContent())).toBe(1_500_000);
    await expectAccessible(page);

    // A sheet with a bad amount: the cell is named and nothing is stored.
    await page.getByLabel('Excel-fil (.xlsx)').setInputFiles({
      name: 'fordelning.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet([
        ['Enhet', 'Nivå', 'Belopp (kr)', 'Id'],
        ['Hemsjukvård', 'enhet', 'fyrtio miljoner', null],
      ]),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('alert').getByText('C2: inte ett heltal').waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expectAccessible(page);
    expect(kr(await enhet.getByRole('cell').nth(1).textContent())).toBe(1_500_000);

    // Give Hemsjukvård the 1,5 mnkr Vård och omsorg kept: every level now meets the frame.
    const hemsjukvard = kr(
      await tree
        .getByRole('row', { name: /^Hemsjukvård/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    );
    expect(hemsjukvard).toBeGreaterThan(0);
    const edit = async (amount: number) => {
      await page.getByRole('button', { name: 'Ändra fördelningen' }).click();
      await page.getByLabel('Belopp för Hemsjukvård').fill(String(amount));
      await page.getByRole('button', { name: 'Spara fördelningen' }).click();
      await page.getByText('Fördelningen är sparad.').waitFor();
    };
    await edit(hemsjukvard + 1_500_000);
    await expect.poll(async () => kr(await enhet.getByRole('cell').nth(1).textContent())).toBe(0);
    await expectAccessible(page);
    await edit(hemsjukvard);
    await expect.poll(async () => kr(await enhet.getByRole('cell').nth(1).textContent())).toBe(1_500_000);
    await context.close();
  });

  it('makes a frame proposal from the allocation scenario and links each nämnd to its bridge', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'emma.falk@flen.example', 'styr-demo-controller');
    await page.goto(`${base}/budget?ar=2027`);
    await page.getByRole('button', { name: 'Skapa ramförslag från scenario' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ramförslag för 2027 från resursfördelningsmodellen' });
    await expect.poll(() => dialog.getByLabel('Namn').inputValue()).toMatch(/^Ramförslag från /);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Skapa ramförslaget' }).click();
    await page.getByText(/^Versionen Ramförslag från .* är skapad som utkast\.$/).waitFor();
    await page.getByText(/^Driftramarna för 2027 kommer från scenariot /).waitFor();
    const frames = page.getByRole('table', { name: /^Driftram \(netto\) i kronor, Ramförslag från / });
    const sn = frames.getByRole('row', { name: /^Socialnämnden/ });
    const cells = sn.getByRole('cell');
    // The version's frame for the budget year is the scenario's, shown beside it.
    const proposed = kr(await cells.first().textContent());
    expect(proposed).toBeGreaterThan(0);
    expect(kr(await cells.nth(4).textContent())).toBe(proposed);
    await expectAccessible(page);

    const snId = (await sn.getByRole('link', { name: 'Socialnämnden', exact: true }).getAttribute('href'))?.split('/').pop()?.split('?')[0];
    await sn.getByRole('link', { name: 'Bryggan för Socialnämnden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fördelningsmodell' }).waitFor();
    expect(page.url()).toContain('scenario=');
    expect(new URL(page.url()).hash).toBe(`#brygga-${snId}`);
    await expect.poll(async () => kr(await page.getByTestId(`frame-${snId}`).textContent())).toBe(proposed);
    // The link lands on Socialnämnden's bridge: focus is on its section, which is in view.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`brygga-${snId}`);
    const bridge = page.getByRole('region', { name: 'Socialnämnden', exact: true });
    expect(await bridge.getAttribute('id')).toBe(`brygga-${snId}`);
    const top = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, `brygga-${snId}`);
    // Scrolled to its start (within a pixel: the layout has fractional pixels).
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight / 2));
    await expectAccessible(page);
    await context.close();
  });

  it('shows the comparison of versions, the investment plan, the grants and the balance requirement', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await login(page, 'ordforande@flen.example', 'styr-demo-elected');
    await page.goto(`${base}/budget/versioner?ar=2027`);
    const diff = page.getByRole('table', {
      name: /Driftram \(netto\) i kronor: Preliminärt underlag juni 2026 jämfört med Strategisk plan/,
    });
    const sn = diff.getByRole('row', { name: /^Socialnämnden/ });
    await sn.waitFor();
    // June's underlag is the June scenario; KF adopted more (August's priority and KF's own change).
    const { adopted, june } = await demoFrames(page);
    const change = (adopted.get('Socialnämnden') as number) - (june.get('Socialnämnden') as number);
    expect(change).toBeGreaterThan(0);
    expect(await sn.getByRole('cell').nth(2).textContent()).toMatch(/^\+[\d\s]+$/);
    expect(kr(await sn.getByRole('cell').nth(2).textContent())).toBe(change);
    await expectAccessible(page);

    await page.goto(`${base}/budget/investeringar?ar=2027`);
    const vs = page.getByRole('table', { name: /Planerade investeringar mot ramarna/ });
    await vs.getByRole('row', { name: /^2027/ }).getByText('Inom ramen').waitFor();
    await expectAccessible(page);

    await page.goto(`${base}/budget/statsbidrag?ar=2027`);
    await page
      .getByRole('table', { name: 'Riktade statsbidrag 2027' })
      .getByText('Inget projekt är moget för ansökan under 2027.')
      .waitFor();
    await expectAccessible(page);

    await page.goto(`${base}/budget/balanskrav`);
    const obligations = page.getByRole('table', { name: /Negativa resultat/ });
    await obligations.getByRole('row', { name: /^2025/ }).getByText('Återställs enligt plan 2028').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
