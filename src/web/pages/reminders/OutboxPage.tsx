// /utkorg: every e-mail Styr made and its state, for administrators. Without an SMTP server
// (SMTP_URL) e-mails are held here instead of sent; the sweep can also be run from here.
import { Alert, Button, Details, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { formatDateTime, formatNumber } from '../../format.js';
import { useMe } from '../../queries.js';
import { ReminderSettingsSection } from './ReminderSettingsSection.js';
import { type OutboxList, reminderKeys, remindersApi, type SweepResult, useOutbox } from './remindersApi.js';

const pageSize = 50;
const stateColor = { held: 'neutral', pending: 'info', sending: 'info', sent: 'success', failed: 'danger' } as const;

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('remindersOutbox.title'));
  const me = useMe();
  const allowed = me.data?.permissions.manageOrg ?? false;
  const [offset, setOffset] = useState(0);
  const outbox = useOutbox(offset, allowed);
  const queryClient = useQueryClient();
  const [result, setResult] = useState<SweepResult | null>(null);
  const sweep = useMutation({
    mutationFn: remindersApi.sweep,
    onSuccess: (r) => {
      setResult(r);
      void queryClient.invalidateQueries({ queryKey: reminderKeys.outbox });
      void queryClient.invalidateQueries({ queryKey: reminderKeys.notifications });
    },
  });

  if (!me.isPending && !allowed) {
    return (
      <>
        <PageHeading>{t('remindersOutbox.title')}</PageHeading>
        <Alert data-color="info">
          <Paragraph>{t('remindersOutbox.notAllowed')}</Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('remindersOutbox.title')}</PageHeading>
      <Paragraph>{t('remindersOutbox.intro')}</Paragraph>
      {outbox.data && !outbox.data.smtpConfigured && (
        <Alert data-color="info">
          <Paragraph>{t('remindersOutbox.noSmtp')}</Paragraph>
        </Alert>
      )}
      {result && (
        <SuccessAlert
          message={t('remindersOutbox.swept', {
            created: formatNumber(result.remindersCreated),
            sent: formatNumber(result.emailsSent),
            failed: formatNumber(result.emailsFailed),
            held: formatNumber(result.emailsHeld),
          })}
          onDismiss={() => setResult(null)}
        />
      )}
      {sweep.isError && <ErrorAlert error={sweep.error} onDismiss={() => sweep.reset()} />}
      <div className="button-row">
        <Button onClick={() => sweep.mutate()} disabled={sweep.isPending}>
          {t('remindersOutbox.sweep')}
        </Button>
      </div>
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <Messages data={outbox.data} offset={offset} onOffset={setOffset} />
      )}
      <ReminderSettingsSection />
    </>
  );
}

function Messages({ data, offset, onOffset }: { data: OutboxList; offset: number; onOffset: (n: number) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph role="status" data-size="sm" className="muted">
        {t('remindersOutbox.count', { count: data.total, n: formatNumber(data.total) })}
      </Paragraph>
      {data.items.length > 0 && (
        <div className="table-wrap">
          <Table zebra className="data-table" data-size="sm">
            <caption>{t('remindersOutbox.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('remindersOutbox.colCreated')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('remindersOutbox.colTo')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('remindersOutbox.colSubject')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('remindersOutbox.colState')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.items.map((m) => (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row">
                    <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                  </Table.HeaderCell>
                  <Table.Cell>{m.personName ? `${m.personName} <${m.to}>` : m.to}</Table.Cell>
                  <Table.Cell>
                    <Details>
                      <Details.Summary>{m.subject}</Details.Summary>
                      <Details.Content>
                        <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>{m.body}</pre>
                      </Details.Content>
                    </Details>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={stateColor[m.state]}>
                      {t(`remindersOutbox.states.${m.state}`)}
                    </Tag>
                    {m.attempts > 0 && <> {t('remindersOutbox.attempts', { count: m.attempts })}</>}
                    {m.sentAt && (
                      <>
                        {' '}
                        <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time>
                      </>
                    )}
                    {m.lastError && m.state !== 'sent' && <Paragraph data-size="sm">{m.lastError}</Paragraph>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {data.total > pageSize && (
        <div className="button-row">
          <Button variant="tertiary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
            {t('remindersOutbox.newer')}
          </Button>
          <Button variant="tertiary" disabled={offset + pageSize >= data.total} onClick={() => onOffset(offset + pageSize)}>
            {t('remindersOutbox.older')}
          </Button>
        </div>
      )}
    </>
  );
}
