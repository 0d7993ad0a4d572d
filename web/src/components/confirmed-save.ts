/**
 * A dated change is recorded only once its author has read it back in a sentence ("… from 05/12/2026") and
 * confirmed (issue 21: changes dated and confirmed). The save's own errors stay on the form beneath.
 */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';

export function useConfirmedSave() {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return (summary: string, testId: string, save: () => Promise<unknown>) =>
    modal.confirm({
      title: t('communesEdit.confirmTitle'),
      content: summary,
      okText: t('communesEdit.confirm'),
      cancelText: t('communesEdit.cancel'),
      okButtonProps: { 'data-testid': `${testId}-confirm` } as never,
      onOk: () => save().catch(() => undefined),
    });
}
