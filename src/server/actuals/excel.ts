// The outcome table as an Excel workbook: the same figures as the page, from computeOutcome.
import ExcelJS from 'exceljs';
import type { OutcomeReport } from '../../core/actuals/outcome.js';

const monthNames = [
  'Januari',
  'Februari',
  'Mars',
  'April',
  'Maj',
  'Juni',
  'Juli',
  'Augusti',
  'September',
  'Oktober',
  'November',
  'December',
];
const KR = '# ##0;-# ##0';

export async function outcomeWorkbook(r: OutcomeReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Styr';
  const ws = wb.addWorksheet(`Utfall ${r.year}`);
  ws.addRow([`Utfall mot budget ${r.year}: ${r.name}`]).font = { bold: true, size: 13 };
  ws.addRow([
    r.throughMonth
      ? `Utfall t.o.m. ${monthNames[r.throughMonth - 1]?.toLowerCase()}. Belopp i kronor, nettokostnad.`
      : 'Inget utfall inläst.',
  ]);
  ws.addRow([]);
  const head = ws.addRow([
    'Månad',
    'Budget',
    'Utfall',
    'Ackumulerad budget',
    'Ackumulerat utfall',
    'Avvikelse (utfall − budget, ack.)',
    'Investeringar',
  ]);
  head.font = { bold: true };
  for (const m of r.months)
    ws.addRow([monthNames[m.month - 1], m.budgetKr, m.outcomeKr, m.accBudgetKr, m.accOutcomeKr, m.deviationKr, m.investmentKr]);
  ws.addRow([]);
  ws.addRow(['Årsbudget', r.budgetKr]);
  ws.addRow(['Helårsprognos', r.forecastKr]);
  ws.addRow(['Avvikelse (prognos − budget)', r.deviationKr]);
  if (r.children.length) {
    ws.addRow([]);
    ws.addRow(['Enhet', 'Årsbudget', 'Budget hittills', 'Utfall hittills', 'Helårsprognos', 'Avvikelse (prognos − budget)']).font = {
      bold: true,
    };
    for (const c of r.children) ws.addRow([c.name, c.budgetKr, c.budgetToDateKr, c.outcomeToDateKr, c.forecastKr, c.deviationKr]);
  }
  ws.getColumn(1).width = 34;
  for (let i = 2; i <= 7; i++) {
    ws.getColumn(i).width = 20;
    ws.getColumn(i).numFmt = KR;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
