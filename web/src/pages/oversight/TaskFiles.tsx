/**
 * The lead agency's evidence for a report (issue 21 §4): each file chosen is uploaded at once to the task
 * (checked and stored by the server, ADR 0006) and listed; the report then cites the uploaded files. A refusal
 * is told in the user's language from its reason, as for dossier papers.
 */
import { Button, List, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, ApiError, isApiError } from '../../api/client';
import { binary, formData, ok, typedApi } from '../../api/typed';
import { ProblemAlert } from '../../layout/ProblemAlert';

export type TaskFile = { id: string; fileName: string };

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

async function uploadTaskFile(taskId: string, file: File): Promise<TaskFile> {
  return ok(
    typedApi.POST('/api/v1/oversight/tasks/{id}/files', {
      params: { path: { id: taskId } },
      body: { file: binary(file) },
      bodySerializer: formData,
    }),
  );
}

function inUserLanguage(error: unknown, t: TFunction): unknown {
  if (!isApiError(error)) return error;
  const reason = error.fieldErrors.find((e) => e.field === 'file' || e.field === 'file.name')?.code;
  const known = REFUSALS.find((r) => r === reason);
  if (!known) return error;
  return new ApiError({
    kind: 'http',
    status: error.status,
    problem: { type: error.type, title: error.title, detail: t(`dossiers.uploadRefused.${known}`) },
  });
}

export const taskFileUrl = (taskId: string, fileId: string) =>
  `${API_BASE}/oversight/tasks/${encodeURIComponent(taskId)}/files/${encodeURIComponent(fileId)}`;

/** A form control: its value is the files uploaded so far. */
export function TaskFilesField({
  taskId,
  value = [],
  onChange,
  testId,
}: {
  taskId: string;
  value?: TaskFile[];
  onChange?: (files: TaskFile[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  return (
    <div className="task-files">
      {value.length ? (
        <List
          size="small"
          dataSource={value}
          data-testid={`${testId}-list`}
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="link"
                  size="small"
                  onClick={() => onChange?.(value.filter((x) => x.id !== f.id))}
                  aria-label={t('oversight.files.removeNamed', { name: f.fileName })}
                >
                  {t('oversight.files.remove')}
                </Button>,
              ]}
            >
              <a href={taskFileUrl(taskId, f.id)}>{f.fileName}</a>
            </List.Item>
          )}
        />
      ) : null}
      {error ? <ProblemAlert error={error} testId={`${testId}-error`} /> : null}
      <Upload
        showUploadList={false}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        customRequest={async ({ file, onSuccess, onError }) => {
          try {
            setError(undefined);
            const stored = await uploadTaskFile(taskId, file as File);
            onChange?.([...value, stored]);
            onSuccess?.(stored);
          } catch (e) {
            const shown = inUserLanguage(e, t);
            setError(shown);
            onError?.(shown as Error);
          }
        }}
      >
        <Button data-testid={testId}>{t('oversight.files.choose')}</Button>
      </Upload>
      <div className="cell-note">{t('oversight.files.help')}</div>
    </div>
  );
}

/** The attachments a report sends: the uploaded files, then a named reference to a document kept elsewhere. */
export function reportAttachments(v: {
  files?: TaskFile[];
  attachmentName?: string;
  attachmentReference?: string;
}) {
  const list: Array<{ fileId?: string; name?: string; reference?: string }> = (v.files ?? []).map((f) => ({
    fileId: f.id,
  }));
  if (v.attachmentName?.trim() && v.attachmentReference?.trim())
    list.push({ name: v.attachmentName.trim(), reference: v.attachmentReference.trim() });
  return list.length ? { attachments: list } : {};
}
