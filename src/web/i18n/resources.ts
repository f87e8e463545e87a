// The translations: the shared file plus one file per later area (annual cycle, reminders,
// allocation model, budget, actuals), each holding whole top-level sections, so work on one
// area does not touch another's strings.
import actualsEn from './areas/actuals.en.json' with { type: 'json' };
import actualsSv from './areas/actuals.sv.json' with { type: 'json' };
import allocationEn from './areas/allocation.en.json' with { type: 'json' };
import allocationSv from './areas/allocation.sv.json' with { type: 'json' };
import budgetEn from './areas/budget.en.json' with { type: 'json' };
import budgetSv from './areas/budget.sv.json' with { type: 'json' };
import calendarEn from './areas/calendar.en.json' with { type: 'json' };
import calendarSv from './areas/calendar.sv.json' with { type: 'json' };
import remindersEn from './areas/reminders.en.json' with { type: 'json' };
import remindersSv from './areas/reminders.sv.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import svBase from './sv.json' with { type: 'json' };

export const svAreas = [calendarSv, remindersSv, allocationSv, budgetSv, actualsSv];
export const enAreas = [calendarEn, remindersEn, allocationEn, budgetEn, actualsEn];
export const sv = Object.assign({}, svBase, ...svAreas) as typeof svBase &
  typeof calendarSv &
  typeof remindersSv &
  typeof allocationSv &
  typeof budgetSv &
  typeof actualsSv;
export const en = Object.assign({}, enBase, ...enAreas) as typeof enBase &
  typeof calendarEn &
  typeof remindersEn &
  typeof allocationEn &
  typeof budgetEn &
  typeof actualsEn;
