// "Före/efter" of one audit entry as a readable list of fields: for a change only what
// changed, for a creation everything that was set. Server rows may use snake_case keys and
// API objects camelCase; both are read as camelCase so the two sides line up.
import { useTranslation } from 'react-i18next';

type Obj = Record<string, unknown>;
const hidden = new Set(['id', 'municipalityId', 'createdAt', 'updatedAt', 'passwordHash']);

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
function normalise(v: unknown): Obj | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  return Object.fromEntries(Object.entries(v as Obj).map(([k, val]) => [camel(k), val]));
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const b = normalise(before);
  const a = normalise(after);
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('audit.empty');
    if (typeof v === 'boolean') return v ? t('yes') : t('no');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const label = (k: string) => t(`audit.fields.${k}`, { defaultValue: k });
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !hidden.has(k));
  const changed = keys.filter((k) => JSON.stringify(b?.[k] ?? null) !== JSON.stringify(a?.[k] ?? null));
  const rows = b && a ? changed : keys;
  if (rows.length === 0) return <p>{t('audit.noDetails')}</p>;
  return (
    <dl className="diff">
      {rows.map((k) => (
        <div key={k}>
          <dt>{label(k)}</dt>
          <dd>
            {b && a ? (
              <>
                <span className="visually-hidden">{t('audit.before')}: </span>
                <del>{show(b[k])}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">, {t('audit.after')}: </span>
                <ins>{show(a[k])}</ins>
              </>
            ) : (
              show((a ?? b)?.[k])
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
