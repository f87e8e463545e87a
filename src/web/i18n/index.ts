// Swedish is the source language; English follows it key for key. The choice is remembered
// in localStorage and mirrored on <html lang> so screen readers pronounce the page right.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, sv } from './resources.js';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'styr.language';

function stored(): Language {
  try {
    const v = localStorage.getItem(storageKey);
    return v === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: stored(),
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(storageKey, lng);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
});

/** BCP 47 locale for Intl formatting of the current language. */
export const locale = () => (i18n.language === 'en' ? 'en-GB' : 'sv-SE');

export default i18n;
