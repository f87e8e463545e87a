// A task's state as a word (UI.md rule 1): colour only reinforces it; "Försenad" is computed by the server.
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../calendarApi.js';

const stateColor = { not_started: 'neutral', in_progress: 'info', done: 'success', late: 'warning' } as const;

export function TaskStateTag({ state }: { state: Task['shownState'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={stateColor[state]}>
      {t(`calendarTask.state.${state}`)}
    </Tag>
  );
}
