// A goal's status with "Varför?": the reason in a sentence and everything it rests on, each
// indicator and each goal that serves it with its own status and reason, so a person can see
// why a goal is only partly achieved and follow the link to the value or goal behind it.
import { Details, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { GoalStatusItem } from '../indicatorApi.js';
import { AssessmentTag } from './AssessmentTag.js';

interface Props {
  item: GoalStatusItem;
  year: number;
}

export function GoalAssessment({ item, year }: Props) {
  const { t } = useTranslation();
  return (
    <div className="goal-assessment">
      <AssessmentTag status={item.status} />
      <Details className="goal-assessment__why">
        <Details.Summary>
          {t('assessment.why')}
          <span className="visually-hidden"> {t('assessment.whyFor', { title: item.title })}</span>
        </Details.Summary>
        <Details.Content>
          <Paragraph data-size="sm">{item.reason}</Paragraph>
          {item.parts.length > 0 && (
            <ul className="assessment-parts">
              {item.parts.map((p) => (
                <li key={`${p.kind}-${p.id}`}>
                  <AssessmentTag status={p.status} /> <span className="muted">{t(`assessment.part.${p.kind}`)}:</span>{' '}
                  <Link asChild>
                    <RouterLink to={p.kind === 'indicator' ? `/indikatorer/${p.id}` : `/roda-traden/mal/${p.id}?ar=${year}`}>
                      {p.title}
                    </RouterLink>
                  </Link>
                  {p.reason && (
                    <Paragraph data-size="sm" className="muted">
                      {p.reason}
                    </Paragraph>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Details.Content>
      </Details>
    </div>
  );
}
