// /indikatorer/:id: one indicator. What it is and how it is judged, its trend, its targets and
// values (entered by hand, pasted from Excel), and for a Kolada KPI the comparison with other
// municipalities and the import of Kolada's values.
import { Breadcrumbs, Button } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Loading, QueryError, SuccessAlert } from '../../components/Status.js';
import { refreshIndicators, useIndicator } from '../../indicatorQueries.js';
import { useMe } from '../../queries.js';
import { writesIndicators } from './access.js';
import { EditIndicatorDialog } from './EditIndicatorDialog.js';
import { IndicatorFactsList } from './IndicatorFactsList.js';
import { IndicatorTrend } from './IndicatorTrend.js';
import { KoladaSection } from './KoladaSection.js';
import { MeasurementsSection } from './MeasurementsSection.js';
import { PasteSection } from './PasteSection.js';
import { TargetsSection } from './TargetsSection.js';

/** Keyed by id, so moving between indicators starts each page afresh (dialogs, messages). */
export function IndicatorRoute() {
  const { id = '' } = useParams();
  return <IndicatorPage key={id} id={id} />;
}

function IndicatorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const detail = useIndicator(id);
  // "Ny indikator" and "Lägg till från Kolada" pass their confirmation along.
  const [success, setSuccess] = useState<ReactNode>((location.state as { notice?: string } | null)?.notice ?? null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);
  const [editing, setEditing] = useState(false);
  const d = detail.data;
  usePageTitle(d?.name ?? t('indicatorPage.fallbackTitle'));
  const canWrite = writesIndicators(me.data);

  const done = async (message: ReactNode) => {
    setEditing(false);
    setSuccess(message);
    await refreshIndicators(queryClient);
  };
  const reload = () => {
    setEditing(false);
    void refreshIndicators(queryClient);
  };

  return (
    <>
      <Breadcrumbs aria-label={t('breadcrumbs.label')} className="breadcrumbs">
        <Breadcrumbs.List>
          <Breadcrumbs.Item>
            <Breadcrumbs.Link asChild>
              <RouterLink to="/indikatorer">{t('indicators.title')}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
          {d && (
            <Breadcrumbs.Item>
              <Breadcrumbs.Link asChild>
                <RouterLink to={`/indikatorer/${d.id}`}>{d.name}</RouterLink>
              </Breadcrumbs.Link>
            </Breadcrumbs.Item>
          )}
        </Breadcrumbs.List>
      </Breadcrumbs>
      <PageHeading>{d?.name ?? t('indicatorPage.fallbackTitle')}</PageHeading>
      {success && <SuccessAlert message={success} onDismiss={() => setSuccess(null)} />}
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        d && (
          <>
            <IndicatorFactsList indicator={d} />
            {canWrite && (
              <div className="button-row">
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('indicatorPage.edit')}
                </Button>
              </div>
            )}
            <IndicatorTrend indicator={d} />
            <TargetsSection indicator={d} onDone={done} />
            <MeasurementsSection indicator={d} onDone={done} onReload={reload} />
            <PasteSection indicator={d} onDone={done} />
            {d.koladaKpi && <KoladaSection kpi={d.koladaKpi} name={d.name} unit={d.unit} canImport={canWrite} />}
            {editing && <EditIndicatorDialog indicator={d} onDone={done} onClose={() => setEditing(false)} onReload={reload} />}
          </>
        )
      )}
    </>
  );
}
