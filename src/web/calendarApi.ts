// The annual cycle's part of the fetch client and its query hooks. Shapes come from core.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Meeting,
  MeetingChanged,
  Task,
  generateResult,
  meetingImportResult,
  meetingListSchema,
  organSchema,
  settingsResponse,
} from '../core/calendar/records.js';
import type { AnnualCycle, Step } from '../core/calendar/schemas.js';
import { request } from './api.js';

export type { AnnualCycle, Meeting, Step, Task };
export type CycleSettingsView = z.infer<typeof settingsResponse>;
export type ImportResult = z.infer<typeof meetingImportResult>;
export type GenerateResult = z.infer<typeof generateResult>;
export type Organ = z.infer<typeof organSchema>;
export type MeetingList = z.infer<typeof meetingListSchema>;

export const calendarApi = {
  cycle: (year: number) => request<AnnualCycle>('GET', `/calendar/${year}`),
  tasks: (q: { year?: number; stepKey?: string }) => request<{ items: Task[] }>('GET', '/calendar/tasks', undefined, q),
  setTaskState: (id: string, state: Task['state'], version: number) =>
    request<Task>('POST', `/calendar/tasks/${id}/state`, { state, version }),
  generate: (year: number) => request<GenerateResult>('POST', `/calendar/${year}/tasks`),
  meetings: (year: number) => request<MeetingList>('GET', '/calendar/meetings', undefined, { year }),
  addMeeting: (body: { orgUnitId: string; heldOn: string; title?: string }) => request<MeetingChanged>('POST', '/calendar/meetings', body),
  updateMeeting: (id: string, body: { orgUnitId: string; heldOn: string; title?: string; version: number }) =>
    request<MeetingChanged>('PUT', `/calendar/meetings/${id}`, body),
  deleteMeeting: (id: string, version: number) => request<{ tasksMoved: number }>('DELETE', `/calendar/meetings/${id}?version=${version}`),
  /** The unfinished tasks of the units where the signed-in person works tasks, by due date. */
  myOpenTasks: () => request<{ items: Task[] }>('GET', '/calendar/tasks', undefined, { mine: 'true', open: 'true' }),
  importMeetings: (body: { year: number; format: 'csv' | 'ical'; content: string }) =>
    request<ImportResult>('POST', '/calendar/meetings/import', body),
  settings: () => request<CycleSettingsView>('GET', '/calendar/settings'),
  saveSettings: (settings: Record<string, unknown>, version: number) =>
    request<CycleSettingsView>('PUT', '/calendar/settings', { settings, version }),
};

export const calendarKeys = {
  all: ['calendar'] as const,
  cycle: (year: number) => ['calendar', 'cycle', year] as const,
  tasks: (year: number, stepKey?: string) => ['calendar', 'tasks', year, stepKey ?? ''] as const,
  meetings: (year: number) => ['calendar', 'meetings', year] as const,
  settings: ['calendar', 'settings'] as const,
  mine: ['calendar', 'tasks', 'mine'] as const,
};

export const useCycle = (year: number) => useQuery({ queryKey: calendarKeys.cycle(year), queryFn: () => calendarApi.cycle(year) });
export const useTasks = (year: number, stepKey?: string) =>
  useQuery({ queryKey: calendarKeys.tasks(year, stepKey), queryFn: () => calendarApi.tasks({ year, stepKey }) });
export const useMeetings = (year: number) => useQuery({ queryKey: calendarKeys.meetings(year), queryFn: () => calendarApi.meetings(year) });
export const useMyOpenTasks = () => useQuery({ queryKey: calendarKeys.mine, queryFn: calendarApi.myOpenTasks });
export const useCycleSettings = () => useQuery({ queryKey: calendarKeys.settings, queryFn: calendarApi.settings });

/** After any change: meetings and settings move steps and tasks, so everything of the area is refetched. */
export const refreshCalendar = (qc: QueryClient) => qc.invalidateQueries({ queryKey: calendarKeys.all });
