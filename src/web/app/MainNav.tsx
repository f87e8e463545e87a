// Primary navigation. Areas that are not built yet are listed as plain text marked "Kommer",
// so the whole governance model is visible without links to empty pages.
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import type { Me } from '../api.js';

/** `within`: other addresses that belong to the area (a plan, the red thread under "Mål och plan"). */
type Item = { key: string; to?: string; within?: string[]; show?: (me: Me) => boolean };

const items: Item[] = [
  { key: 'start', to: '/' },
  { key: 'plans', to: '/mal-och-plan', within: ['/planer', '/roda-traden'] },
  { key: 'indicators', to: '/indikatorer' },
  { key: 'calendar', to: '/arshjul' },
  { key: 'budget', to: '/budget' },
  { key: 'followUp' },
  { key: 'cases' },
  { key: 'internalControl' },
  { key: 'organisation', to: '/organisation' },
  { key: 'people', to: '/personer' },
  { key: 'audit', to: '/granskningslogg', show: (me) => me.permissions.readAudit },
  // The e-mail outbox is the administrator's (manageOrg is the admin's permission).
  { key: 'outbox', to: '/utkorg', show: (me) => me.permissions.manageOrg },
];

export function MainNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {items
          .filter((i) => !i.show || i.show(me))
          .map((i) => {
            if (!i.to) {
              return (
                <li key={i.key} className="main-nav__coming">
                  <span>{t(`nav.${i.key}`)}</span>{' '}
                  <Tag data-size="sm" data-color="neutral">
                    {t('nav.coming')}
                  </Tag>
                </li>
              );
            }
            // The page itself is "page"; a page below it (a unit under Organisation) marks
            // the area as current without claiming to be that page.
            const exact = pathname === i.to;
            const within = [...(i.to === '/' ? [] : [i.to]), ...(i.within ?? [])].some(
              (p) => pathname === p || pathname.startsWith(`${p}/`),
            );
            return (
              <li key={i.key}>
                <RouterLink to={i.to} className="main-nav__link" aria-current={exact ? 'page' : within ? 'true' : undefined}>
                  {t(`nav.${i.key}`)}
                </RouterLink>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
