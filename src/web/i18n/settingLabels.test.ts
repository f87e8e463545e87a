// Every setting of the annual cycle and of the reminders is named in both languages, so a new
// setting in core cannot reach a form without a label the reader understands.
import { describe, expect, it } from 'vitest';
import { cycleSettingsSchema, settingLabels } from '../../core/calendar/settings.js';
import { reminderSettingsSchema } from '../../core/reminders/settings.js';
import calendarEn from './areas/calendar.en.json' with { type: 'json' };
import calendarSv from './areas/calendar.sv.json' with { type: 'json' };
import remindersEn from './areas/reminders.en.json' with { type: 'json' };
import remindersSv from './areas/reminders.sv.json' with { type: 'json' };

const cycleKeys = Object.keys(cycleSettingsSchema.shape).sort();
const reminderKeys = Object.keys(reminderSettingsSchema.shape);
const filled = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

describe('labels of the annual cycle’s settings', () => {
  for (const [lang, labels] of [
    ['sv', calendarSv.calendarSettings.labels],
    ['en', calendarEn.calendarSettings.labels],
  ] as const) {
    it(`name every setting, and nothing else, in ${lang}`, () => {
      expect(Object.keys(labels).sort()).toEqual(cycleKeys);
      for (const k of cycleKeys) expect(filled((labels as Record<string, unknown>)[k]), k).toBe(true);
    });
  }

  it('say in Swedish what the server’s messages say', () => {
    expect(calendarSv.calendarSettings.labels).toEqual(settingLabels);
  });

  it('are English in English', () => {
    const en = calendarEn.calendarSettings.labels as Record<string, string>;
    for (const k of cycleKeys) expect(en[k], k).not.toBe((settingLabels as Record<string, string>)[k]);
  });
});

describe('labels of the reminder settings', () => {
  for (const [lang, section] of [
    ['sv', remindersSv.remindersSettings],
    ['en', remindersEn.remindersSettings],
  ] as const) {
    it(`name and explain every setting in ${lang}`, () => {
      const s = section as Record<string, unknown>;
      for (const k of reminderKeys) {
        expect(filled(s[k]), k).toBe(true);
        expect(filled(s[`${k}Help`]), `${k}Help`).toBe(true);
      }
    });
  }
});
