// /arshjul/sammantraden: the meetings of fullmäktige, kommunstyrelsen and the nämnder in a year,
// one added by hand, or a whole sammanträdesplan imported as CSV or iCalendar (all or nothing).
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { calendarApi, type Meeting, refreshCalendar, useMeetings } from '../../calendarApi.js';
import { FormErrorSummary } from '../../components/FormErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ErrorAlert, Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { YearSelect, useYearParam } from '../../components/YearSelect.js';
import { SelectField, TextField } from '../../components/fields.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';
import { EditMeetingDialog } from './EditMeetingDialog.js';
import { MeetingImport } from './MeetingImport.js';

export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calendarMeetings.title'));
  const [year, setYear] = useYearParam();
  const meetings = useMeetings(year);
  const qc = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Meeting | null>(null);
  const movedText = (count: number) => (count ? t('calendarMeetings.tasksMoved', { count }) : t('calendarMeetings.tasksMovedNone'));
  const done = async (message: string) => {
    setNotice(message);
    await refreshCalendar(qc);
  };
  const remove = async (m: Meeting) => {
    setError(null);
    try {
      const { tasksMoved } = await calendarApi.deleteMeeting(m.id, m.version);
      await done(`${t('calendarMeetings.deleted', { organ: m.orgUnitName, day: m.heldOn })} ${movedText(tasksMoved)}`);
    } catch (e) {
      setError(e);
    }
  };
  const items = meetings.data?.items ?? [];
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/arshjul/${year}`}>{t('calendarStep.back', { year })}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{t('calendarMeetings.title')}</PageHeading>
      <Paragraph>{t('calendarMeetings.intro')}</Paragraph>
      <Paragraph>{t('calendarMeetings.tasksFollow')}</Paragraph>
      <YearSelect id="meetings-year" year={year} onChange={setYear} />
      {notice && <SuccessAlert message={notice} onDismiss={() => setNotice(null)} />}
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {meetings.isPending ? (
        <Loading />
      ) : meetings.isError ? (
        <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <>
          {items.length === 0 ? (
            <Paragraph>{t('calendarMeetings.none', { year })}</Paragraph>
          ) : (
            <div className="table-wrap">
              <Table zebra data-size="sm" className="data-table" stickyHeader={items.length > 12}>
                <caption>{t('calendarMeetings.caption', { year, count: items.length })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('calendarMeetings.organ')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('calendarMeetings.date')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('calendarMeetings.titleCol')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('calendarMeetings.source')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('calendarMeetings.edit')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('calendarMeetings.remove')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {items.map((m) => (
                    <Table.Row key={m.id}>
                      <Table.HeaderCell scope="row">{m.orgUnitName}</Table.HeaderCell>
                      <Table.Cell className="nowrap">{m.heldOn}</Table.Cell>
                      <Table.Cell>{m.title}</Table.Cell>
                      <Table.Cell>{t(`calendarMeetings.sources.${m.source}`)}</Table.Cell>
                      <Table.Cell>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('calendarMeetings.editOne', { organ: m.orgUnitName, day: m.heldOn })}
                          onClick={() => {
                            setError(null);
                            setEditing(m);
                          }}
                        >
                          {t('calendarMeetings.edit')}
                        </Button>
                      </Table.Cell>
                      <Table.Cell>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('calendarMeetings.removeOne', { organ: m.orgUnitName, day: m.heldOn })}
                          onClick={() => void remove(m)}
                        >
                          {t('calendarMeetings.remove')}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          {editing && (
            <EditMeetingDialog
              meeting={editing}
              onClose={() => setEditing(null)}
              onDone={(message) => {
                setEditing(null);
                void done(message);
              }}
              onReload={async () => (await meetings.refetch()).data?.items.find((x) => x.id === editing.id)}
            />
          )}
          <AddMeeting organs={meetings.data.organs} year={year} onDone={(m) => void done(m)} />
          <MeetingImport year={year} onDone={(m) => void done(m)} />
        </>
      )}
    </>
  );
}

type F = 'orgUnitId' | 'heldOn' | 'title';

function AddMeeting({ organs, year, onDone }: { organs: { id: string; name: string }[]; year: number; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ orgUnitId: '', heldOn: '', title: '' });
  const form = useForm<F>({
    orgUnitId: { id: 'meeting-organ', label: t('calendarMeetings.organ') },
    heldOn: { id: 'meeting-date', label: t('calendarMeetings.date') },
    title: { id: 'meeting-title', label: t('calendarMeetings.titleCol') },
  });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = form.check({
      orgUnitId: v.orgUnitId ? undefined : t('calendarMeetings.chooseOrgan'),
      heldOn: isBlank(v.heldOn) ? t('form.requiredMessage') : isIsoDate(v.heldOn) ? undefined : t('calendarMeetings.dateFormat'),
    });
    if (!ok) return;
    try {
      const m = await calendarApi.addMeeting({ orgUnitId: v.orgUnitId, heldOn: v.heldOn, title: v.title || undefined });
      setV({ orgUnitId: '', heldOn: '', title: '' });
      form.reset();
      const moved = m.tasksMoved ? ` ${t('calendarMeetings.tasksMoved', { count: m.tasksMoved })}` : '';
      onDone(t('calendarMeetings.added', { organ: m.orgUnitName, day: m.heldOn }) + moved);
    } catch (err) {
      form.fail(err);
    }
  };
  return (
    <section aria-labelledby="add-meeting">
      <Heading level={2} data-size="sm" id="add-meeting">
        {t('calendarMeetings.add')}
      </Heading>
      <form onSubmit={(e) => void submit(e)} noValidate className="stack">
        <FormErrorSummary form={form} />
        <SelectField
          id="meeting-organ"
          label={t('calendarMeetings.organ')}
          required
          value={v.orgUnitId}
          onChange={set('orgUnitId')}
          error={form.errors.orgUnitId}
          placeholder={t('calendarMeetings.chooseOrgan')}
          options={organs.map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextField
          id="meeting-date"
          label={t('calendarMeetings.date')}
          required
          type="date"
          value={v.heldOn}
          onChange={set('heldOn')}
          error={form.errors.heldOn}
          description={t('calendarMeetings.dateHelp', { year })}
        />
        <TextField
          id="meeting-title"
          label={t('calendarMeetings.titleCol')}
          required={false}
          value={v.title}
          onChange={set('title')}
          maxLength={200}
        />
        <div className="button-row">
          <Button type="submit">{t('calendarMeetings.addButton')}</Button>
        </div>
      </form>
    </section>
  );
}
