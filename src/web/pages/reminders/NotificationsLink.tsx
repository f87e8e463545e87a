// The header's link to Aviseringar with the number of unread ones, read out as part of the link.
import { Badge } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../format.js';
import { useUnreadCount } from './remindersApi.js';

export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true).data?.unread ?? 0;
  return (
    <RouterLink to="/aviseringar" className="app-header__notifications">
      {t('remindersHeader.link')}
      {unread > 0 && (
        <>
          {' '}
          <Badge count={unread} maxCount={99} data-color="danger" data-size="sm" aria-hidden="true" />
          <span className="visually-hidden">{t('remindersHeader.unread', { count: unread, n: formatNumber(unread) })}</span>
        </>
      )}
    </RouterLink>
  );
}
