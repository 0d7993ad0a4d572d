/**
 * One paper of a dossier and its scan: the file chosen is uploaded at once (content-addressed on the server) and
 * named under the paper; used by the online application and by supplying papers after Form 02.
 */
import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/queries';
import { uploadFile } from './api';

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
  const me = useMe();
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
            const uploaded = await uploadFile(file as File, me.data?.csrfToken ?? null);
            onStored(uploaded);
            onSuccess?.(uploaded);
          } catch (e) {
            onError(e);
            failed?.(e as Error);
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
