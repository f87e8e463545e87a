// The banner: product name, municipality, who is signed in, language and logout.
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { type Me, api } from '../api.js';
import { NotificationsLink } from '../pages/reminders/NotificationsLink.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function Header({ me }: { me?: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = async () => {
    try {
      await api.logout();
    } finally {
      // Whatever the server answered, nothing of this session may stay on screen.
      queryClient.clear();
      await navigate('/logga-in');
    }
  };
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <RouterLink to="/" className="app-header__product">
          Styr
        </RouterLink>
        {me && <span className="app-header__municipality">{me.municipality.name}</span>}
      </div>
      <div className="app-header__tools">
        <LanguageSwitch />
        {me && (
          <>
            <NotificationsLink />
            <Paragraph data-size="sm" className="app-header__person">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              {me.name}
            </Paragraph>
            <RouterLink to="/konto/losenord">{t('header.changePassword')}</RouterLink>
            <Button variant="secondary" data-size="sm" onClick={() => void logout()}>
              {t('header.logout')}
            </Button>
          </>
        )}
      </div>
    </header>
  );
}
