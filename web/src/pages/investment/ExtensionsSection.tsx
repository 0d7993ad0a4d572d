/**
 * Đề nghị kéo dài thời gian: the project's requests to the People's Council and their decisions; the owner files a
 * request, the planning office records the council's decision.
 */
import { App, Button, Form, Input, Radio, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { DateInput } from '../../components/DateInput';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type Extension, type ProjectDetail, useDecideExtension, useRequestExtension } from './api';

/** Tag classes with enough contrast (data-pages.css). */
const CLASSES = { pending: 'tag-warn', approved: 'tag-ok', rejected: 'tag-bad', withdrawn: '' } as const;

function RequestForm({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; requestedEndDate: string }>();
  const request = useRequestExtension(detail.project.id);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) =>
        request.mutate(
          { reason: v.reason, requestedEndDate: v.requestedEndDate },
          {
            onSuccess: () => void message.success(t('investment.extensions.requested')),
            onError: (error) =>
              form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
          },
        )
      }
      data-testid="extension-form"
    >
      <h3 className="drawer-heading">{t('investment.extensions.request')}</h3>
      {request.isError ? <ProblemAlert error={request.error} /> : null}
      <Form.Item
        name="reason"
        label={t('investment.extensions.reason')}
        rules={[{ required: true, whitespace: true, message: t('investment.extensions.reasonRequired') }]}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item
        name="requestedEndDate"
        label={t('investment.extensions.requestedEnd')}
        rules={[{ required: true, message: t('investment.extensions.dateRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Button htmlType="submit" loading={request.isPending}>
        {t('investment.extensions.submit')}
      </Button>
    </Form>
  );
}

function DecisionForm({ item }: { item: Extension }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    decision: 'approved' | 'rejected';
    decisionRef: string;
    decidedOn: string;
  }>();
  const decide = useDecideExtension();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ decision: 'approved', decisionRef: '', decidedOn: '' }}
      onFinish={(v) =>
        decide.mutate(
          {
            id: item.id,
            decision: v.decision,
            decisionRef: v.decisionRef,
            decidedOn: v.decidedOn,
            version: item.version,
          },
          {
            onSuccess: () => void message.success(t('investment.extensions.decided')),
            onError: (error) =>
              form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
          },
        )
      }
      data-testid="decision-form"
    >
      <h3 className="drawer-heading">{t('investment.extensions.decide')}</h3>
      {decide.isError ? <ProblemAlert error={decide.error} /> : null}
      <Form.Item name="decision" label={t('investment.extensions.decision')}>
        <Radio.Group
          options={[
            { value: 'approved', label: t('investment.extensions.status.approved') },
            { value: 'rejected', label: t('investment.extensions.status.rejected') },
          ]}
        />
      </Form.Item>
      <div className="form-row">
        <Form.Item
          name="decisionRef"
          label={t('investment.extensions.decisionRef')}
          rules={[{ required: true, whitespace: true, message: t('investment.extensions.refRequired') }]}
        >
          <Input maxLength={300} placeholder="12/NQ-HĐND" />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label={t('investment.extensions.decidedOn')}
          rules={[{ required: true, message: t('investment.extensions.dateRequired') }]}
        >
          <DateInput />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" loading={decide.isPending}>
        {t('investment.extensions.record')}
      </Button>
    </Form>
  );
}

export function ExtensionsSection({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const pending = detail.extensions.find((e) => e.status === 'pending');
  const columns: TableColumnsType<Extension> = [
    {
      key: 'on',
      title: t('investment.extensions.requestedOn'),
      render: (_, e) => format.date(e.requestedOn),
    },
    { key: 'reason', title: t('investment.extensions.reason'), dataIndex: 'reason' },
    {
      key: 'dates',
      title: t('investment.extensions.dates'),
      render: (_, e) =>
        `${format.date(e.currentEndDate)} → ${format.date(e.approvedEndDate ?? e.requestedEndDate)}`,
    },
    {
      key: 'status',
      title: t('investment.extensions.decision'),
      render: (_, e) => (
        <>
          <Tag className={CLASSES[e.status]}>{t(`investment.extensions.status.${e.status}`)}</Tag>
          {e.decisionRef ? (
            <div className="cell-note">{`${e.decisionRef}${e.decidedOn ? `, ${format.date(e.decidedOn)}` : ''}`}</div>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="project-extensions" className="panel">
      <h2 id="project-extensions" className="section-heading-small">
        {t('investment.extensions.heading')}
      </h2>
      <ScrollRegion label={t('investment.extensions.heading')}>
        <Table<Extension>
          className="data-table"
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={detail.extensions}
          pagination={false}
          caption={<span className="visually-hidden">{t('investment.extensions.heading')}</span>}
          locale={{ emptyText: <span className="muted">{t('investment.extensions.empty')}</span> }}
        />
      </ScrollRegion>
      {pending && detail.permissions.plan ? <DecisionForm item={pending} /> : null}
      {!pending && detail.permissions.owner && detail.project.status === 'active' ? (
        <RequestForm detail={detail} />
      ) : null}
    </section>
  );
}
