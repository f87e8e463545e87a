// "Lägg till från Kolada": search Kolada's KPI catalogue by id or words of the title, choose a
// KPI and add it as an indicator (name, unit, description and gender split from Kolada).
// Källa: Kolada.
import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldLabel } from '../../components/fields.js';
import { FormDialog } from '../../components/FormDialog.js';
import { Loading, QueryError } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import { useForm } from '../../forms/useForm.js';
import { indicatorApi, type KoladaKpi } from '../../indicatorApi.js';
import { refreshIndicators, useKoladaKpis } from '../../indicatorQueries.js';

interface Props {
  onCreated: (id: string, message: string) => void;
  onClose: () => void;
}

const short = (s: string, max = 220) => (s.length > max ? `${s.slice(0, max).trimEnd()}…` : s);

export function FromKoladaDialog({ onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const kpis = useKoladaKpis(q);
  // The chosen KPI stays listed while the person searches on, so the choice never goes out of sight.
  const [chosen, setChosen] = useState<KoladaKpi | null>(null);
  const form = useForm<'kpi'>({ kpi: { id: 'kolada-kpi', label: t('fromKolada.kpi') } });
  const add = useMutation({
    mutationFn: () => indicatorApi.fromKolada(chosen?.id ?? ''),
    onSuccess: async (created) => {
      await refreshIndicators(queryClient);
      onCreated(created.id, t('fromKolada.created', { name: created.name, id: created.koladaKpi ?? chosen?.id }));
    },
    onError: form.fail,
  });
  const submit = () => {
    if (add.isPending) return;
    if (form.check({ kpi: chosen ? undefined : t('fromKolada.choose') })) add.mutate();
  };
  const found = kpis.data?.items ?? [];
  const items = chosen && !found.some((k) => k.id === chosen.id) ? [chosen, ...found] : found;

  return (
    <FormDialog title={t('indicators.fromKolada')} submitLabel={t('fromKolada.submit')} form={form} onSubmit={submit} onClose={onClose}>
      <Paragraph data-size="sm">{t('fromKolada.intro')}</Paragraph>
      <Textfield
        label={t('fromKolada.search')}
        description={t('fromKolada.searchHelp')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Paragraph role="status" data-size="sm" className="muted">
        {q.length < 2 ? '' : kpis.data ? t('fromKolada.matches', { count: found.length, n: formatNumber(found.length) }) : ''}
      </Paragraph>
      {q.length >= 2 && kpis.isPending && <Loading />}
      {kpis.isError && <QueryError error={kpis.error} />}
      <Fieldset id={form.fields.kpi.id} tabIndex={-1} className="form-field checkbox-group">
        <Fieldset.Legend>
          <FieldLabel label={form.fields.kpi.label} required />
        </Fieldset.Legend>
        <div className="checkbox-group__scroll">
          {items.length === 0 && <Paragraph data-size="sm">{t('fromKolada.searchFirst')}</Paragraph>}
          {items.map((k) => (
            <Radio
              key={k.id}
              name="kolada-kpi"
              value={k.id}
              label={`${k.id} – ${k.title}`}
              description={short(
                [k.operatingArea, k.isDividedByGender ? t('fromKolada.byGender') : '', k.description].filter(Boolean).join(' · '),
              )}
              checked={chosen?.id === k.id}
              onChange={() => setChosen(k)}
            />
          ))}
        </div>
        {form.errors.kpi && <ValidationMessage>{form.errors.kpi}</ValidationMessage>}
      </Fieldset>
      <Paragraph data-size="sm" className="muted">
        {t('kolada.source')}
      </Paragraph>
    </FormDialog>
  );
}
