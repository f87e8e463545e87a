import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseMeetingsCsv, parseMeetingsIcal } from './meetingImport.js';

const organs = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Kommunfullmäktige', shortName: 'KF' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Kommunstyrelsen', shortName: 'KS' },
  { id: '33333333-3333-4333-8333-333333333333', name: 'Socialnämnden', shortName: null },
];
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
  }
  throw new Error('not refused');
};

describe('parseMeetingsCsv', () => {
  it('reads ; or , with quotes, organ by name, short name or id, and a missing title as the organ', () => {
    const text = 'Organ,Datum,Titel\r\nks,2027-02-02,"Sammanträde, februari"\r\n33333333-3333-4333-8333-333333333333,2027-02-16,\r\n';
    expect(parseMeetingsCsv(text, organs, 2027)).toEqual([
      { line: 2, orgUnitId: organs[1]?.id, heldOn: '2027-02-02', title: 'Sammanträde, februari', externalUid: null },
      { line: 3, orgUnitId: organs[2]?.id, heldOn: '2027-02-16', title: 'Socialnämnden', externalUid: null },
    ]);
  });

  it('names every bad line and field, and a missing header', () => {
    const e = refusal(() => parseMeetingsCsv('organ;datum\nKS;2027-13-01\n;2027-01-10\nKS;2027-03-01\nKS;2027-03-01', organs, 2027));
    expect(e.fields).toEqual([
      { field: 'rad 2: datum', message: '"2027-13-01" är inget datum; skriv ÅÅÅÅ-MM-DD.' },
      { field: 'rad 3: organ', message: 'Organet saknas.' },
      { field: 'rad 5: datum', message: 'Samma organ och datum står redan på rad 4.' },
    ]);
    expect(refusal(() => parseMeetingsCsv('namn;dag\nKS;2027-01-01', organs, 2027)).fields[0]?.field).toBe('rad 1');
    expect(refusal(() => parseMeetingsCsv('organ;datum\n', organs, 2027)).message).toMatch(/inga sammanträden/);
  });
});

describe('parseMeetingsIcal', () => {
  const ics = (events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//SV', ...events, 'END:VCALENDAR'].join('\r\n');
  it('takes the organ from CATEGORIES or the longest name in SUMMARY, and the local date of DTSTART', () => {
    const text = ics([
      'BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Stockholm:20270920T180000\r\nSUMMARY:KF\r\nEND:VEVENT',
      'BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20270921\r\nSUMMARY:Möte\r\nCATEGORIES:Socialnämnden\r\nEND:VEVENT',
    ]);
    expect(parseMeetingsIcal(text, organs, 2027).map((m) => [m.orgUnitId, m.heldOn, m.externalUid, m.line])).toEqual([
      [organs[0]?.id, '2027-09-20', 'a', 4],
      [organs[2]?.id, '2027-09-21', 'b', 9],
    ]);
  });

  it('refuses a date outside the year, an unknown organ and text that is no calendar', () => {
    const text = ics(['BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20280105\r\nSUMMARY:Kommunstyrelsen\r\nEND:VEVENT']);
    expect(refusal(() => parseMeetingsIcal(text, organs, 2027)).fields).toEqual([
      { field: 'rad 4: DTSTART', message: 'Datumet 2028-01-05 ligger inte i 2027, året som läses in.' },
    ]);
    expect(refusal(() => parseMeetingsIcal(text.replace('Kommunstyrelsen', 'Bygglovsgruppen'), organs, 2028)).fields[0]?.field).toBe(
      'rad 4: SUMMARY',
    );
    expect(refusal(() => parseMeetingsIcal('organ;datum', organs, 2028)).fields[0]?.field).toBe('fil');
  });
});
