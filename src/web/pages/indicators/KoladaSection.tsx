// "Kolada" on a Kolada indicator's page: the areas to compare with (the municipality and the
// nation by default, then any municipality or group such as "Liknande kommuner"), the comparison
// itself, and fetching or importing Kolada's values for those areas.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KoladaArea } from '../../indicatorApi.js';
import { useMe } from '../../queries.js';
import { AreaPicker } from './AreaPicker.js';
import { CompareChart } from './CompareChart.js';
import { KoladaImportSection } from './KoladaImportSection.js';

interface Props {
  kpi: string;
  name: string;
  unit: string;
  canImport: boolean;
}

export const NATION = '0000';

export function KoladaSection({ kpi, name, unit, canImport }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.data?.municipality.code;
  // Null until the person changes the choice: then the default follows the signed-in municipality.
  const [chosen, setChosen] = useState<KoladaArea[] | null>(null);
  if (!own) return null;
  const areas: KoladaArea[] = chosen ?? [
    { code: own, title: me.data?.municipality.name ?? own, kind: 'municipality', members: [] },
    { code: NATION, title: t('kolada.nation'), kind: null, members: [] },
  ];
  const codes = areas.map((a) => a.code);
  return (
    <section aria-labelledby="indicator-kolada" className="section-divider">
      <Heading level={2} data-size="sm" id="indicator-kolada">
        {t('kolada.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('kolada.intro', { kpi })}</Paragraph>
      <AreaPicker areas={areas} onChange={setChosen} />
      <CompareChart kpi={kpi} name={name} unit={unit} codes={codes} />
      {canImport && <KoladaImportSection kpi={kpi} codes={[...new Set([own, NATION, ...codes])]} />}
    </section>
  );
}
