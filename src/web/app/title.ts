// Page title handling. Each page names itself; while any form on it shows errors the title
// starts with "Fel: " (UI.md rule 5), so a screen reader user hears it when the title is read.
import { useEffect, useId } from 'react';
import i18n from '../i18n/index.js';

let base = 'Styr';
const errorSources = new Set<string>();

function apply() {
  document.title = errorSources.size > 0 ? `${i18n.t('title.errorPrefix')} ${base}` : base;
}

/** Sets "<page> – Styr" as the document title. */
export function usePageTitle(page: string) {
  useEffect(() => {
    base = `${page} – Styr`;
    apply();
  }, [page]);
}

/** While `active`, the document title is prefixed with "Fel:". */
export function useErrorTitle(active: boolean) {
  const id = useId();
  useEffect(() => {
    if (!active) return;
    errorSources.add(id);
    apply();
    return () => {
      errorSources.delete(id);
      apply();
    };
  }, [active, id]);
}
