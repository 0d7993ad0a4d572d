/** One procedure in the province: its publication (deciding agency, receiving units, fees) and its workflow. */
import { Alert, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoading } from '../../../layout/InlineLoading';
import { ProblemAlert } from '../../../layout/ProblemAlert';
import { FormEditor } from '../../eforms/FormEditor';
import { useAdminView } from '../api';
import { useProcedureLabels } from '../labels';
import { ProcessingTimeForm } from './ProcessingTimeForm';
import { PublicationForm } from './PublicationForm';
import { WorkflowEditor } from './WorkflowEditor';

export function ProcedureEditor({ province, code }: { province: string; code: string }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const view = useAdminView(province, code);
  const [timeSaved, setTimeSaved] = useState(false);
  if (view.isError) return <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <InlineLoading />;
  const v = view.data;
  return (
    <div>
      <Typography.Title level={2} className="section-heading-small">
        {v.procedure.name}
      </Typography.Title>
      <p className="drawer-lead">
        {t('procedures.admin.statutory')}:{' '}
        {v.procedure.durations.length
          ? v.procedure.durations.map((d) => `${labels.channel(d.channel)} ${labels.duration(d)}`).join('; ')
          : t('procedures.admin.budgetNone')}
      </p>
      {v.procedure.durations.length === 0 ? (
        <ProcessingTimeForm
          key={`t${v.procedure.versionNo}`}
          province={province}
          view={v}
          onSaved={() => setTimeSaved(true)}
        />
      ) : timeSaved ? (
        <Alert
          type="success"
          showIcon
          title={t('procedures.admin.timeSaved')}
          role="status"
          data-testid="processing-time-saved"
        />
      ) : null}
      {v.procedure.durations.length > 0 || v.publication ? (
        <PublicationForm key={`p${v.publication?.version ?? 0}`} province={province} view={v} />
      ) : null}
      {v.publication?.status === 'published' ? (
        <WorkflowEditor key={`w${v.workflow?.version ?? 0}`} province={province} view={v} />
      ) : (
        <p className="panel">{t('procedures.admin.notPublished')}</p>
      )}
      <FormEditor
        key={`f${v.procedure.versionNo}`}
        province={province}
        code={code}
        versionNo={v.procedure.versionNo}
        current={v.procedure.declarationForm}
      />
    </div>
  );
}
