// The shapes the reminders API answers with and accepts, shared by the server and the web app.
import { z } from 'zod';
import { version as versionSchema } from '../input.js';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationList = z.object({ items: z.array(notificationSchema), unread: z.number().int(), total: z.number().int() });
export type NotificationList = z.infer<typeof notificationList>;

export const outboxStates = ['held', 'pending', 'sending', 'sent', 'failed'] as const;
export const outboxMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  personName: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  state: z.enum(outboxStates),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxList = z.object({
  items: z.array(outboxMessageSchema),
  total: z.number().int(),
  /** Whether an SMTP server is configured; without one every e-mail is held here. */
  smtpConfigured: z.boolean(),
});
export type OutboxList = z.infer<typeof outboxList>;

export const sweepResultSchema = z.object({
  today: z.string(),
  municipalities: z.number().int(),
  tasksConsidered: z.number().int(),
  tasksWithoutResponsible: z.number().int(),
  remindersCreated: z.number().int(),
  emailsHeld: z.number().int(),
  emailsSent: z.number().int(),
  emailsFailed: z.number().int(),
});
export type SweepResult = z.infer<typeof sweepResultSchema>;

export const feedSchema = z.object({
  id: z.string(),
  orgUnitId: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Feed = z.infer<typeof feedSchema>;

export const feedCreateInput = z.object({
  orgUnitId: z.uuid({ error: 'Välj en enhet, eller ingen för din egen kalender.' }).nullable().optional(),
});
/** The token is in the answer once; only its hash is stored. */
export const feedCreated = feedSchema.extend({ token: z.string(), path: z.string() });
export type FeedCreated = z.infer<typeof feedCreated>;

export const reminderSettingsResponse = z.object({
  settings: z.object({ daysBefore: z.array(z.number().int()), daysLate: z.array(z.number().int()), catchUpDays: z.number().int() }),
  defaults: z.record(z.string(), z.unknown()),
  labels: z.record(z.string(), z.string()),
  version: z.number().int(),
});
export const reminderSettingsInput = z.object({
  settings: z.record(z.string(), z.unknown()),
  version: versionSchema(0, 'Ange versionen du utgick från.'),
});
