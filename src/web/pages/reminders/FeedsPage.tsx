// /aviseringar/kalender: subscribe to the annual cycle in Outlook (or any calendar program).
// A link carries a secret token shown once; a new link replaces the old, and a link can be
// revoked. One link for the person's own calendar and one per unit they hold a role on.
import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError } from '../../components/Status.js';
import { formatDateTime } from '../../format.js';
import { useMe } from '../../queries.js';
import { type Feed, type FeedCreated, reminderKeys, remindersApi, useFeeds } from './remindersApi.js';

interface Scope {
  orgUnitId: string | null;
  name: string;
}

export function FeedsPage() {
  const { t } = useTranslation();
  usePageTitle(t('remindersFeeds.title'));
  const me = useMe();
  const feeds = useFeeds();
  const [created, setCreated] = useState<FeedCreated | null>(null);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: reminderKeys.feeds });
  const create = useMutation({
    mutationFn: (orgUnitId: string | null) => remindersApi.createFeed(orgUnitId),
    onSuccess: (f) => {
      setCreated(f);
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => remindersApi.revokeFeed(id),
    onSuccess: () => {
      setCreated(null);
      void refresh();
    },
  });

  const units = new Map<string, string>();
  for (const r of me.data?.roles ?? []) units.set(r.orgUnitId, r.orgUnitName);
  const scopes: Scope[] = [
    { orgUnitId: null, name: t('remindersFeeds.own') },
    ...[...units].map(([orgUnitId, name]) => ({ orgUnitId, name })),
  ];
  const active = (s: Scope): Feed | undefined => feeds.data?.items.find((f) => f.orgUnitId === s.orgUnitId);

  return (
    <>
      <PageHeading>{t('remindersFeeds.title')}</PageHeading>
      <Paragraph>{t('remindersFeeds.intro')}</Paragraph>
      {created && <NewLink feed={created} onDismiss={() => setCreated(null)} />}
      {create.isError && <ErrorAlert error={create.error} onDismiss={() => create.reset()} />}
      {revoke.isError && <ErrorAlert error={revoke.error} onDismiss={() => revoke.reset()} />}
      {feeds.isPending || me.isPending ? (
        <Loading />
      ) : feeds.isError ? (
        <QueryError error={feeds.error} onRetry={() => void feeds.refetch()} />
      ) : (
        <div className="table-wrap">
          <Table className="data-table" data-size="sm">
            <caption>{t('remindersFeeds.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('remindersFeeds.colCalendar')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('remindersFeeds.colState')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('remindersFeeds.colActions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {scopes.map((s) => {
                const feed = active(s);
                return (
                  <Table.Row key={s.orgUnitId ?? 'own'}>
                    <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                    <Table.Cell>
                      {feed
                        ? t('remindersFeeds.activeSince', {
                            created: formatDateTime(feed.createdAt),
                            used: feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : t('remindersFeeds.never'),
                          })
                        : t('remindersFeeds.noLink')}
                    </Table.Cell>
                    <Table.Cell>
                      <div className="button-row">
                        <Button
                          data-size="sm"
                          variant={feed ? 'secondary' : 'primary'}
                          disabled={create.isPending}
                          onClick={() => create.mutate(s.orgUnitId)}
                        >
                          {feed ? t('remindersFeeds.renew') : t('remindersFeeds.create')}
                          <span className="visually-hidden">: {s.name}</span>
                        </Button>
                        {feed && (
                          <Button data-size="sm" variant="tertiary" disabled={revoke.isPending} onClick={() => revoke.mutate(feed.id)}>
                            {t('remindersFeeds.revoke')}
                            <span className="visually-hidden">: {s.name}</span>
                          </Button>
                        )}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <section aria-labelledby="outlook-heading">
        <Heading level={2} data-size="sm" id="outlook-heading">
          {t('remindersFeeds.howTitle')}
        </Heading>
        <ol>
          <li>{t('remindersFeeds.how1')}</li>
          <li>{t('remindersFeeds.how2')}</li>
          <li>{t('remindersFeeds.how3')}</li>
          <li>{t('remindersFeeds.how4')}</li>
        </ol>
        <Paragraph>{t('remindersFeeds.howOther')}</Paragraph>
        <Paragraph>{t('remindersFeeds.secret')}</Paragraph>
      </section>
    </>
  );
}

/** The new link, shown once, with a copy button; focus moves here so it is announced. */
function NewLink({ feed, onDismiss }: { feed: FeedCreated; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new link is announced again.
  useEffect(() => box.current?.focus(), [feed.id]);
  const url = `${window.location.origin}${feed.path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Without clipboard access (an insecure origin), the text is selected for Ctrl+C.
      input.current?.select();
    }
  };
  return (
    <Alert data-color="success" className="success-alert" tabIndex={-1} ref={box}>
      <Heading level={2} data-size="xs">
        {t('remindersFeeds.newTitle', { name: feed.orgUnitName ?? t('remindersFeeds.own') })}
      </Heading>
      <Textfield
        label={t('remindersFeeds.urlLabel')}
        description={t('remindersFeeds.onlyNow')}
        readOnly
        value={url}
        ref={input}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="button-row">
        <Button data-size="sm" onClick={() => void copy()}>
          {t('remindersFeeds.copy')}
        </Button>
        <Button data-size="sm" variant="tertiary" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">
        {copied ? t('remindersFeeds.copied') : ''}
      </Paragraph>
    </Alert>
  );
}
