// /budget/fordelningsmodell/befolkning: the population the model counts with — read a PxWeb or
// CSV file (actual figures or a named forecast), then see the stored series as a table.
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../app/title.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useAllocationParams } from './ScenarioPicker.js';
import { PopulationImport } from './PopulationImport.js';
import { StoredPopulation } from './StoredPopulation.js';
import { useScenarios } from './allocationApi.js';

export function PopulationPage() {
  const { t } = useTranslation();
  usePageTitle(t('allocationPopulation.title'));
  const [year] = useAllocationParams([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const canEdit = useScenarios(year).data?.canEdit ?? false;
  return (
    <>
      <PageHeading>{t('allocationPopulation.title')}</PageHeading>
      <Paragraph>
        {t('allocationPopulation.intro')}{' '}
        <Link asChild>
          <RouterLink to={`/budget/fordelningsmodell?ar=${year}`}>{t('allocationCompare.toModel')}</RouterLink>
        </Link>
      </Paragraph>
      {canEdit && <PopulationImport onImported={setChosen} />}
      <StoredPopulation chosen={chosen} onChoose={setChosen} />
    </>
  );
}
