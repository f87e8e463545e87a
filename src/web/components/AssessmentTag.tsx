// Måluppfyllelse as a tag (UI.md rule 1): the word first, an icon beside it for those who scan,
// and a theme colour that only reinforces. The one set of four statuses, the same everywhere.
import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Assessment, assessmentName } from '../../core/indicators/status.js';

const look: Record<Assessment, { color: string; icon: string }> = {
  achieved: { color: 'success', icon: '✓' },
  partly: { color: 'warning', icon: '◐' },
  not_achieved: { color: 'danger', icon: '✕' },
  not_assessed: { color: 'neutral', icon: '–' },
};

/** The status in words: core's Swedish names are the source, English follows them. */
export const assessmentWord = (t: TFunction, language: string, status: Assessment) =>
  language === 'en' ? t(`assessment.${status}`) : assessmentName[status];

export function AssessmentTag({ status }: { status: Assessment }) {
  const { t, i18n } = useTranslation();
  const { color, icon } = look[status];
  return (
    <Tag data-size="sm" data-color={color} className="assessment-tag">
      <span aria-hidden="true" className="assessment-tag__icon">
        {icon}
      </span>
      {assessmentWord(t, i18n.language, status)}
    </Tag>
  );
}
