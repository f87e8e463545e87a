// "Ändra sammanträde": a new day or title for a meeting, sent with the version the person saw.
// Someone else's change first gives a clear message and a reload of the fresh meeting, never a
// silent overwrite. The answer says how many unfinished tasks followed the meeting.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi, type Meeting } from '../../calendarApi.js';
import { FormDialog } from '../../components/FormDialog.js';
import { TextField } from '../../components/fields.js';
import { isBlank, isIsoDate, useForm } from '../../forms/useForm.js';

type F = 'heldOn' | 'title';

interface Props {
  meeting: Meeting;
  onDone: (message: string) => void;
  onClose: () => void;
  /** Fetches the meetings again; the fresh meeting, or undefined when it is gone. */
  onReload: () => Promise<Meeting | undefined>;
}

export function EditMeetingDialog({ meeting, onDone, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [base, setBase] = useState(meeting);
  const [v, setV] = useState({ heldOn: meeting.heldOn, title: meeting.title });
  const set = (k: F) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const form = useForm<F>({
    heldOn: { id: 'edit-meeting-date', label: t('calendarMeetings.date') },
    title: { id: 'edit-meeting-title', label: t('calendarMeetings.titleCol') },
  });
  const save = useMutation({
    mutationFn: () =>
      calendarApi.updateMeeting(base.id, {
        orgUnitId: base.orgUnitId,
        heldOn: v.heldOn,
        title: v.title.trim() || undefined,
        version: base.version,
      }),
    onSuccess: (m) =>
      onDone(
        `${t('calendarMeetings.changed', { organ: m.orgUnitName, day: m.heldOn })} ${
          m.tasksMoved ? t('calendarMeetings.tasksMoved', { count: m.tasksMoved }) : t('calendarMeetings.tasksMovedNone')
        }`,
      ),
    onError: form.fail,
  });
  const submit = () => {
    if (save.isPending) return;
    const ok = form.check({
      heldOn: isBlank(v.heldOn) ? t('form.requiredMessage') : isIsoDate(v.heldOn) ? undefined : t('calendarMeetings.dateFormat'),
      title: v.title.trim().length > 200 ? t('form.maxLength', { max: 200 }) : undefined,
    });
    if (ok) save.mutate();
  };
  // After a stale refusal: show what is stored now, so the person makes the change again on it.
  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) {
      onDone(t('calendarMeetings.gone', { organ: base.orgUnitName, day: base.heldOn }));
      return;
    }
    setBase(fresh);
    setV({ heldOn: fresh.heldOn, title: fresh.title });
    form.reset();
  };
  return (
    <FormDialog
      title={t('calendarMeetings.editTitle', { organ: base.orgUnitName })}
      submitLabel={t('calendarMeetings.save')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      onReload={() => void reload()}
    >
      <Paragraph data-size="sm">{t('calendarMeetings.editHelp')}</Paragraph>
      <TextField
        id={form.fields.heldOn.id}
        label={form.fields.heldOn.label}
        required
        type="date"
        value={v.heldOn}
        onChange={set('heldOn')}
        error={form.errors.heldOn}
        description={t('calendarMeetings.dateHelp', { year: base.heldOn.slice(0, 4) })}
      />
      <TextField
        id={form.fields.title.id}
        label={form.fields.title.label}
        required={false}
        value={v.title}
        onChange={set('title')}
        error={form.errors.title}
        maxLength={200}
        description={t('calendarMeetings.titleHelp')}
      />
    </FormDialog>
  );
}
