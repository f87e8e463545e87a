// Svenska / English. Each name is written in its own language and marked with lang, so a
// screen reader pronounces it right whatever the page language is.
import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../i18n/index.js';

const names: Record<Language, string> = { sv: 'Svenska', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('header.language')}</legend>
      {languages.map((lng) => (
        <Button
          key={lng}
          variant="tertiary"
          data-size="sm"
          lang={lng}
          aria-pressed={i18n.language === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {names[lng]}
        </Button>
      ))}
    </fieldset>
  );
}
