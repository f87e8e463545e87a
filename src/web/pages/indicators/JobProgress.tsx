// An import job followed to its end: asked for every second, shown as a progress bar with the
// job's own words, and told to screen readers through a live region, in steps of a tenth so it
// does not talk over everything else.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportJob, indicatorApi } from '../../indicatorApi.js';
import { indicatorKeys } from '../../indicatorQueries.js';
import { formatNumber } from '../../format.js';

const finished = (job: ImportJob | undefined) => job?.status === 'done' || job?.status === 'failed';

export function JobProgress({ jobId, onFinished }: { jobId: string; onFinished: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const job = useQuery({
    queryKey: indicatorKeys.job(jobId),
    queryFn: () => indicatorApi.importJob(jobId),
    refetchInterval: (q) => (finished(q.state.data) ? false : 1000),
  });
  const j = job.data;
  const told = useRef(false);
  useEffect(() => {
    if (j && finished(j) && !told.current) {
      told.current = true;
      onFinished(j);
    }
  }, [j, onFinished]);
  const pct = j?.total ? Math.min(100, Math.round((j.progress / j.total) * 100)) : null;
  const said =
    !j || j.status === 'queued'
      ? t('kolada.job.queued')
      : j.status === 'running'
        ? pct === null
          ? t('kolada.job.running')
          : t('kolada.job.runningPct', { pct: Math.floor(pct / 10) * 10 })
        : j.status === 'done'
          ? t('kolada.job.done', { message: j.message })
          : t('kolada.job.failed', { message: j.message });

  return (
    <div className="job-progress">
      {j && !finished(j) && (
        <>
          <label htmlFor={`job-${jobId}`} className="job-progress__label">
            {j.message || t('kolada.job.running')}
          </label>
          <progress id={`job-${jobId}`} max={j.total ?? undefined} value={j.total ? j.progress : undefined}>
            {pct === null ? '' : `${pct} %`}
          </progress>
          {j.total ? (
            <Paragraph data-size="sm" className="muted">
              {t('kolada.job.count', { done: formatNumber(j.progress), total: formatNumber(j.total) })}
            </Paragraph>
          ) : null}
        </>
      )}
      {j && finished(j) && (
        <Alert data-color={j.status === 'done' ? 'success' : 'danger'} data-size="sm">
          <Paragraph data-size="sm">{said}</Paragraph>
        </Alert>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </div>
  );
}
