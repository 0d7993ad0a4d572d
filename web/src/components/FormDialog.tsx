/**
 * The dialog every create-or-edit form sits in (resolutions, targets, projects): a title, the server's problem
 * above the fields (its field errors go beside the fields, `formFieldErrors`), Save with its progress, and Close.
 */
import { type ButtonProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../layout/ProblemAlert';

export function FormDialog({
  title,
  saveLabel,
  saving,
  error,
  testId,
  width = 720,
  onSave,
  onClose,
  children,
}: {
  title: ReactNode;
  saveLabel: string;
  saving: boolean;
  /** The last save's error, if it failed. */
  error: unknown;
  /** Names the save button `<testId>-save` and the problem `<testId>-form-error`. */
  testId: string;
  width?: number;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={onSave}
      okText={saveLabel}
      cancelText={t('common.close')}
      okButtonProps={{ loading: saving, 'data-testid': `${testId}-save` } as ButtonProps}
      width={width}
      destroyOnHidden
    >
      {error ? <ProblemAlert error={error} testId={`${testId}-form-error`} /> : null}
      {children}
    </Modal>
  );
}
