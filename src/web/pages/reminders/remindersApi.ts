// The reminders area's calls and query hooks: notifications, the outbox, calendar feeds.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Feed,
  FeedCreated,
  Notification,
  NotificationList,
  OutboxList,
  reminderSettingsResponse,
  SweepResult,
} from '../../../core/reminders/schemas.js';
import { request } from '../../api.js';

export type { Feed, FeedCreated, Notification, NotificationList, OutboxList, SweepResult };

export const remindersApi = {
  notifications: (unreadOnly: boolean, offset: number) =>
    request<NotificationList>('GET', '/notifications', undefined, { unread: unreadOnly ? 'true' : undefined, limit: 50, offset }),
  unreadCount: () => request<{ unread: number }>('GET', '/notifications/unread-count'),
  mark: (id: string, read: boolean) => request<Notification>('PATCH', `/notifications/${id}`, { read }),
  markAll: () => request<{ marked: number }>('POST', '/notifications/read-all'),
  outbox: (offset: number) => request<OutboxList>('GET', '/outbox', undefined, { limit: 50, offset }),
  sweep: () => request<SweepResult>('POST', '/reminders/sweep'),
  feeds: () => request<{ items: Feed[] }>('GET', '/calendar/feeds'),
  createFeed: (orgUnitId: string | null) => request<FeedCreated>('POST', '/calendar/feeds', { orgUnitId }),
  revokeFeed: (id: string) => request<void>('DELETE', `/calendar/feeds/${id}`),
  settings: () => request<ReminderSettingsState>('GET', '/reminders/settings'),
  saveSettings: (body: { settings: ReminderSettingsState['settings']; version: number }) =>
    request<ReminderSettingsState>('PUT', '/reminders/settings', body),
};

export type ReminderSettingsState = z.infer<typeof reminderSettingsResponse>;

export const reminderKeys = {
  notifications: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  outbox: ['outbox'] as const,
  feeds: ['calendar-feeds'] as const,
  settings: ['reminder-settings'] as const,
};

/** Polled once a minute, so a reminder the hourly sweep made shows up without a reload. */
export const useUnreadCount = (enabled: boolean) =>
  useQuery({ queryKey: reminderKeys.unread, queryFn: remindersApi.unreadCount, enabled, refetchInterval: 60_000 });

export const useNotifications = (unreadOnly: boolean, offset: number) =>
  useQuery({
    queryKey: [...reminderKeys.notifications, { unreadOnly, offset }],
    queryFn: () => remindersApi.notifications(unreadOnly, offset),
    placeholderData: keepPreviousData,
  });

export const useOutbox = (offset: number, enabled: boolean) =>
  useQuery({
    queryKey: [...reminderKeys.outbox, offset],
    queryFn: () => remindersApi.outbox(offset),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useFeeds = () => useQuery({ queryKey: reminderKeys.feeds, queryFn: remindersApi.feeds });
