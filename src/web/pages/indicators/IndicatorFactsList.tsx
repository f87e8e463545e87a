// The facts of an indicator in words: what it measures, its unit, which way is better, how often
// it is measured, gender split, the tolerance that makes "delvis uppfyllt", and its source.
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../indicatorText.js';
import type { IndicatorFacts } from '../../indicatorApi.js';

export function IndicatorFactsList({ indicator: i }: { indicator: IndicatorFacts }) {
  const { t } = useTranslation();
  return (
    <>
      {/* The description is Kolada's (or the creator's) text; the definition is how it is counted. */}
      {i.description && <Paragraph className="prose">{i.description}</Paragraph>}
      <dl className="facts">
        <div>
          <dt>{t('indicatorFacts.definition')}</dt>
          <dd>{i.definition || t('indicatorFacts.noDefinition')}</dd>
        </div>
        <div>
          <dt>{t('indicator.unit')}</dt>
          <dd>{i.unit || t('indicatorFacts.noUnit')}</dd>
        </div>
        <div>
          <dt>{t('indicatorFacts.direction')}</dt>
          <dd>{t(`direction.${i.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('indicatorFacts.frequency')}</dt>
          <dd>{t(`frequency.${i.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('indicatorFacts.genderSplit')}</dt>
          <dd>{i.genderSplit ? t('indicatorFacts.genderYes') : t('no')}</dd>
        </div>
        <div>
          <dt>{t('indicatorFacts.tolerance')}</dt>
          <dd>{t('indicatorFacts.toleranceValue', { value: formatValue(i.tolerancePct) })}</dd>
        </div>
        <div>
          <dt>{t('indicatorFacts.source')}</dt>
          <dd>{i.koladaKpi ? t('indicatorFacts.koladaSource', { id: i.koladaKpi }) : t('indicators.own')}</dd>
        </div>
      </dl>
    </>
  );
}
