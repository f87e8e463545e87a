// /aviseringar: a person's reminders of the annual cycle's tasks, newest first, with what is
// unread marked in words (not only colour), one by one or all at once.
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError } from '../../components/Status.js';
import { formatDateTime, formatNumber } from '../../format.js';
import { useMe } from '../../queries.js';
import { type Notification, reminderKeys, remindersApi, useNotifications } from './remindersApi.js';

const pageSize = 50;

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('remindersNotifications.title'));
  const me = useMe();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const list = useNotifications(unreadOnly, offset);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: reminderKeys.notifications });
  const markAll = useMutation({ mutationFn: remindersApi.markAll, onSuccess: refresh });
  const isAdmin = me.data?.permissions.manageOrg ?? false;

  return (
    <>
      <PageHeading>{t('remindersNotifications.title')}</PageHeading>
      <Paragraph>{t('remindersNotifications.intro')}</Paragraph>
      <ul className="plain-list">
        <li>
          <Link asChild>
            <RouterLink to="/aviseringar/kalender">{t('remindersNotifications.feedsLink')}</RouterLink>
          </Link>
        </li>
        {isAdmin && (
          <li>
            <Link asChild>
              <RouterLink to="/utkorg">{t('remindersNotifications.outboxLink')}</RouterLink>
            </Link>
          </li>
        )}
      </ul>
      {markAll.isError && <ErrorAlert error={markAll.error} onDismiss={() => markAll.reset()} />}
      <div className="button-row">
        <Button
          variant="secondary"
          aria-pressed={unreadOnly}
          onClick={() => {
            setUnreadOnly(!unreadOnly);
            setOffset(0);
          }}
        >
          {t('remindersNotifications.unreadOnly')}
        </Button>
        <Button variant="secondary" disabled={!list.data?.unread || markAll.isPending} onClick={() => markAll.mutate()}>
          {t('remindersNotifications.markAll')}
        </Button>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Paragraph role="status" data-size="sm" className="muted">
            {t('remindersNotifications.count', {
              unread: formatNumber(list.data.unread),
              total: formatNumber(list.data.total),
              count: list.data.total,
            })}
          </Paragraph>
          {list.data.items.length === 0 ? (
            <Paragraph>{unreadOnly ? t('remindersNotifications.noneUnread') : t('remindersNotifications.none')}</Paragraph>
          ) : (
            <ul className="plain-list" style={{ display: 'grid', gap: 'var(--ds-size-4)' }}>
              {list.data.items.map((n) => (
                <NotificationItem key={n.id} n={n} onChanged={refresh} />
              ))}
            </ul>
          )}
          {list.data.total > pageSize && (
            <div className="button-row">
              <Button variant="tertiary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
                {t('remindersNotifications.newer')}
              </Button>
              <Button variant="tertiary" disabled={offset + pageSize >= list.data.total} onClick={() => setOffset(offset + pageSize)}>
                {t('remindersNotifications.older')}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}

function NotificationItem({ n, onChanged }: { n: Notification; onChanged: () => void }) {
  const { t } = useTranslation();
  const mark = useMutation({ mutationFn: (read: boolean) => remindersApi.mark(n.id, read), onSuccess: onChanged });
  const unread = n.readAt === null;
  return (
    <li>
      <Card data-color={unread ? 'accent' : 'neutral'}>
        <Heading level={2} data-size="xs">
          {unread && (
            <>
              <Tag data-size="sm" data-color="warning">
                {t('remindersNotifications.unread')}
              </Tag>{' '}
            </>
          )}
          {n.title}
        </Heading>
        <Paragraph>{n.body}</Paragraph>
        <Paragraph data-size="sm" className="muted">
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        </Paragraph>
        {mark.isError && <ErrorAlert error={mark.error} onDismiss={() => mark.reset()} />}
        <div className="button-row">
          {n.link && (
            <Link asChild>
              <RouterLink to={n.link} onClick={() => unread && mark.mutate(true)}>
                {t('remindersNotifications.open')}
                <span className="visually-hidden">: {n.title}</span>
              </RouterLink>
            </Link>
          )}
          <Button variant="tertiary" data-size="sm" disabled={mark.isPending} onClick={() => mark.mutate(unread)}>
            {unread ? t('remindersNotifications.markRead') : t('remindersNotifications.markUnread')}
            <span className="visually-hidden">: {n.title}</span>
          </Button>
        </div>
      </Card>
    </li>
  );
}
