/**
 * A dated change is recorded only once its author has read it back in a sentence ("… from 05/12/2026") and
 * confirmed (issue 21: changes dated and confirmed). A refusal puts the server's field errors beside the fields
 * (the problem itself shows above them, FormDialog).
 */
import { App, type FormInstance, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FormFieldError, formFieldErrors } from '../api/field-errors';

export interface ConfirmedSave<I, O> {
  /** What will be recorded, in one sentence. */
  summary: string;
  /** Names the confirm button `<testId>-confirm`. */
  testId: string;
  form: FormInstance;
  input: I;
  save: (input: I) => Promise<O>;
  /** The message once saved, then what follows (closing the dialog). */
  saved: (output: O) => string;
  done: (output: O) => void;
  /** Where a server field lands in this form, when its names differ. */
  field?: (error: FormFieldError) => FormFieldError;
}

export function useConfirmedSave() {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  return <I, O>(c: ConfirmedSave<I, O>) =>
    modal.confirm({
      title: t('communesEdit.confirmTitle'),
      content: c.summary,
      okText: t('communesEdit.confirm'),
      cancelText: t('communesEdit.cancel'),
      okButtonProps: { 'data-testid': `${c.testId}-confirm` } as never,
      onOk: () =>
        c.save(c.input).then(
          (output) => {
            void message.success(c.saved(output));
            c.done(output);
          },
          (error) => c.form.setFields(formFieldErrors(error).map(c.field ?? ((f) => f)) as never),
        ),
    });
}
