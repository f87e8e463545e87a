// The translations: the shared file plus one file per later area (annual cycle, budget), each
// holding whole top-level sections, so work on one area does not touch another's strings.
import budgetEn from './areas/budget.en.json' with { type: 'json' };
import budgetSv from './areas/budget.sv.json' with { type: 'json' };
import calendarEn from './areas/calendar.en.json' with { type: 'json' };
import calendarSv from './areas/calendar.sv.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import svBase from './sv.json' with { type: 'json' };

export const sv = { ...svBase, ...calendarSv, ...budgetSv };
export const en = { ...enBase, ...calendarEn, ...budgetEn };
