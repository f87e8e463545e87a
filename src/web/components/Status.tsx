// Shared states of a page: loading, a failed fetch and a confirmation after a change.
import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.js';
import { useErrorTitle } from '../app/title.js';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph className="loading">
      <Spinner aria-hidden data-size="sm" /> {t('loading')}
    </Paragraph>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  return (
    <Alert data-color="danger">
      <Paragraph>{message}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('tryAgain')}
        </Button>
      )}
    </Alert>
  );
}

/** A confirmation that takes focus, so the outcome of a change is announced and seen. */
export function SuccessAlert({ message, onDismiss }: { message: ReactNode; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message is announced again.
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <Alert data-color="success" ref={ref} tabIndex={-1} className="success-alert">
      <Paragraph>{message}</Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={onDismiss}>
        {t('dismiss')}
      </Button>
    </Alert>
  );
}

/** A refused action outside a form (a status change, a new version): focused and in the title. */
export function ErrorAlert({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  useErrorTitle(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new refusal is announced again.
  useEffect(() => ref.current?.focus(), [error]);
  return (
    <Alert data-color="danger" ref={ref} tabIndex={-1} className="success-alert">
      <Paragraph>{message}</Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={onDismiss}>
        {t('dismiss')}
      </Button>
    </Alert>
  );
}
