// /arshjul and /arshjul/:year: the annual cycle of a year as a wheel, a list and a month view.
// The view is kept in the address (?visa=lista|manad&manad=4) so a link shows the same thing.
import { Field, Heading, Label, Link, Paragraph, Select, Tabs } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { useCycle } from '../../calendarApi.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError } from '../../components/Status.js';
import { CycleWheel } from './CycleWheel.js';
import { StepTable } from './StepTable.js';
import { monthLabel, yearFrom } from './text.js';
import { TasksOutsideCycle, YearTasks } from './YearTasks.js';

const views = ['hjul', 'lista', 'manad'] as const;
type View = (typeof views)[number];

export function CalendarPage() {
  const params = useParams();
  const year = yearFrom(params.year);
  if (year === null) return <Navigate to="/arshjul" replace />;
  return <CalendarYear key={year} year={year} />;
}

function CalendarYear({ year }: { year: number }) {
  const { t } = useTranslation();
  usePageTitle(t('calendarWheel.title', { year }));
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const view: View = (views as readonly string[]).includes(search.get('visa') ?? '') ? (search.get('visa') as View) : 'hjul';
  const month = Math.min(12, Math.max(1, Number(search.get('manad')) || new Date().getMonth() + 1));
  const cycle = useCycle(year);
  const titleId = useId();
  const yearId = useId();
  const monthId = useId();
  const { pathname } = useLocation();
  // Only a real change navigates, and always on this page's own path: the tabs may report their
  // value again while the page is left, which must not pull the reader back here.
  const set = (k: string, v: string) => {
    if (search.get(k) === v || (k === 'visa' && v === view && !search.get(k))) return;
    const next = new URLSearchParams(search);
    next.set(k, v);
    void navigate(`${pathname}?${next}`, { replace: true });
  };
  const years = Array.from({ length: 7 }, (_, i) => new Date().getFullYear() - 3 + i);
  if (!years.includes(year)) years.push(year);

  return (
    <>
      <PageHeading>{t('calendarWheel.title', { year })}</PageHeading>
      <Paragraph>{t('calendarWheel.intro', { year, next: year + 1 })}</Paragraph>
      <div className="toolbar">
        <Field className="year-select">
          <Label htmlFor={yearId}>{t('calendarWheel.year')}</Label>
          <Select
            id={yearId}
            value={String(year)}
            onChange={(e) => void navigate(`/arshjul/${e.target.value}${view === 'hjul' ? '' : `?visa=${view}`}`)}
          >
            {years.sort().map((y) => (
              <Select.Option key={y} value={String(y)}>
                {y}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/arshjul/sammantraden?ar=${year}`}>{t('calendarWheel.meetingsLink')}</RouterLink>
        </Link>
        {' · '}
        <Link asChild>
          <RouterLink to="/arshjul/installningar">{t('calendarWheel.settingsLink')}</RouterLink>
        </Link>
      </Paragraph>
      <YearTasks year={year} />
      {cycle.isPending ? (
        <Loading />
      ) : cycle.isError ? (
        <QueryError error={cycle.error} onRetry={() => void cycle.refetch()} />
      ) : (
        <Tabs value={view} onChange={(v) => set('visa', v)} data-size="sm">
          <Tabs.List>
            <Tabs.Tab value="hjul">{t('calendarWheel.viewWheel')}</Tabs.Tab>
            <Tabs.Tab value="lista">{t('calendarWheel.viewList')}</Tabs.Tab>
            <Tabs.Tab value="manad">{t('calendarWheel.viewMonth')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="hjul">
            <Heading level={2} data-size="xs" id={titleId}>
              {t('calendarWheel.wheelHeading', { year })}
            </Heading>
            <Paragraph data-size="sm">
              {cycle.data.electionYear
                ? t('calendarWheel.takeawayElection', {
                    day: cycle.data.electionDay,
                    term: cycle.data.steps.find((s) => s.step === 'val')?.due ?? '',
                  })
                : t('calendarWheel.takeaway', { next: year + 1 })}
            </Paragraph>
            <figure aria-labelledby={titleId} className="calendar-wheel-wrap" style={{ maxWidth: '40rem', margin: 0 }}>
              <CycleWheel cycle={cycle.data} />
            </figure>
            <Paragraph data-size="sm">{t('calendarWheel.legend')}</Paragraph>
            <details>
              <summary>{t('calendarWheel.textAlternative')}</summary>
              <StepTable cycle={cycle.data} steps={cycle.data.steps} caption={t('calendarWheel.caption', { year })} />
            </details>
          </Tabs.Panel>
          <Tabs.Panel value="lista">
            <StepTable cycle={cycle.data} steps={cycle.data.steps} caption={t('calendarWheel.caption', { year })} />
          </Tabs.Panel>
          <Tabs.Panel value="manad">
            <Field className="year-select">
              <Label htmlFor={monthId}>{t('calendarWheel.month')}</Label>
              <Select id={monthId} value={String(month)} onChange={(e) => set('manad', e.target.value)}>
                {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => (
                  <Select.Option key={m} value={String(m)}>
                    {monthLabel(m)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <MonthSteps year={year} month={month} />
          </Tabs.Panel>
        </Tabs>
      )}
      {cycle.data && <TasksOutsideCycle cycle={cycle.data} />}
    </>
  );
}

/** The steps that run in the month: started on or before its last day and not due before its first. */
function MonthSteps({ year, month }: { year: number; month: number }) {
  const { t } = useTranslation();
  const cycle = useCycle(year);
  if (!cycle.data) return null;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const to = `${year}-${String(month).padStart(2, '0')}-31`;
  const steps = cycle.data.steps.filter((s) => s.start <= to && s.due >= from);
  const dueNow = steps.filter((s) => s.due >= from && s.due <= to).length;
  return (
    <>
      <Paragraph role="status" data-size="sm">
        {t('calendarWheel.monthSummary', { count: steps.length, due: dueNow, month: monthLabel(month) })}
      </Paragraph>
      {steps.length > 0 && (
        <StepTable cycle={cycle.data} steps={steps} caption={t('calendarWheel.monthCaption', { month: monthLabel(month), year })} />
      )}
    </>
  );
}
