/**
 * One paper of a dossier and its scan: the file chosen is uploaded at once (content-addressed on the server) and
 * named under the paper; used by the online application and by supplying papers after Form 02.
 */
import { Button, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/client';
import { uploadFile } from './api';

const REFUSALS = [
  'empty',
  'too_large',
  'unsupported_type',
  'damaged',
  'expands_too_much',
  'too_many_pixels',
  'name_too_long',
  'name_invalid',
] as const;

/** The server's refusal of a file, told in the user's language from its reason (field file or file.name). */
function inUserLanguage(error: unknown, t: TFunction): unknown {
  if (!isApiError(error)) return error;
  const reason = error.fieldErrors.find((e) => e.field === 'file' || e.field === 'file.name')?.code;
  const known = REFUSALS.find((r) => r === reason);
  if (!known) return error;
  return new ApiError({
    kind: 'http',
    status: error.status,
    problem: {
      type: error.type,
      title: error.title,
      detail: t(`dossiers.uploadRefused.${known}`),
      errors: error.fieldErrors,
    },
  });
}

export interface StoredFile {
  fileId: string;
  fileName: string;
}

export function PaperUpload({
  stored,
  onStored,
  onError,
  label,
  accessibleName,
  testId,
  uploadedTestId,
  small,
}: {
  stored: StoredFile | undefined;
  onStored: (file: StoredFile) => void;
  onError: (error: unknown) => void;
  label: string;
  /** When the visible label does not name the paper: the label followed by the paper (WCAG 2.5.3). */
  accessibleName?: string;
  testId: string;
  uploadedTestId?: string;
  small?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {stored ? (
        <div data-testid={uploadedTestId}>{t('dossiers.apply.uploaded', { file: stored.fileName })}</div>
      ) : null}
      <Upload
        maxCount={1}
        showUploadList={false}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        customRequest={async ({ file, onSuccess, onError: failed }) => {
          try {
            const uploaded = await uploadFile(file as File);
            onStored(uploaded);
            onSuccess?.(uploaded);
          } catch (e) {
            const shown = inUserLanguage(e, t);
            onError(shown);
            failed?.(shown as Error);
          }
        }}
      >
        <Button size={small ? 'small' : 'middle'} aria-label={accessibleName} data-testid={testId}>
          {label}
        </Button>
      </Upload>
    </>
  );
}
