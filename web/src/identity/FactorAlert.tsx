/** A failed second factor step: the server's problem, or the browser's own WebAuthn failure said in the UI language. */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../layout/ProblemAlert';
import { KeyCeremonyError } from './api';

export function FactorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof KeyCeremonyError)) return <ProblemAlert error={error} />;
  const text = error.alreadyRegistered
    ? t('identity.security.keyAlreadyAdded')
    : error.step === 'create'
      ? t('identity.security.keyNotCreated')
      : t('identity.secondFactor.keyFailed');
  return (
    <Alert
      type="error"
      showIcon
      className="problem-alert"
      title={t('errors.requestFailed')}
      description={text}
      data-testid="problem"
    />
  );
}
