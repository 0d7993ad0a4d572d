/**
 * The step-up prompt (issue 20 §2): mounted once in the app, it asks for a fresh second factor whenever the server
 * answers an action (approving, signing) with `step-up-required`, then the action is sent again by the API client.
 * Any page gets it without a line of its own.
 */
import { Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setStepUpHandler } from '../api/client';
import { SecondFactorForm } from './SecondFactorForm';

export function StepUpPrompt() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const settle = useRef<((given: boolean) => void) | null>(null);
  useEffect(() => {
    setStepUpHandler(
      () =>
        new Promise<boolean>((resolve) => {
          settle.current = resolve;
          setOpen(true);
        }),
    );
    return () => setStepUpHandler(null);
  }, []);
  const finish = (given: boolean) => {
    setOpen(false);
    settle.current?.(given);
    settle.current = null;
  };
  return (
    <Modal
      open={open}
      title={t('identity.secondFactor.stepUpTitle')}
      footer={null}
      onCancel={() => finish(false)}
      destroyOnHidden
      data-testid="step-up"
    >
      <Typography.Paragraph>{t('identity.secondFactor.stepUpIntro')}</Typography.Paragraph>
      <SecondFactorForm onDone={() => finish(true)} onCancel={() => finish(false)} />
    </Modal>
  );
}
