/**
 * `/admin/signatures`: where each official's signing key is kept (an outside CA's certificate, a token, or the
 * demo installation CA, flagged as such), and the trust anchors tinhso accepts, which an administrator installs
 * or removes here (issue 19 §1, §4). An official's key is set here too (SignerKeyForm), or with the CLI or API.
 */
import { Button, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  type Signer,
  type TrustAnchor,
  useInstallAnchor,
  useRemoveAnchor,
  useSigners,
  useTrustAnchors,
} from './api';
import { SignerKeyForm } from './SignerKeyForm';
import '../data-pages.css';

function SignersTable() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const signers = useSigners();
  if (signers.isError) return <ProblemAlert error={signers.error} testId="signers-error" />;
  return (
    <Table<Signer>
      rowKey="id"
      size="small"
      loading={signers.isPending}
      dataSource={signers.data ?? []}
      pagination={false}
      data-testid="signers-table"
      title={() => t('signatures.signersCaption')}
      locale={{ emptyText: t('signatures.noSigners') }}
      columns={[
        { title: t('signatures.columns.name'), dataIndex: 'commonName' },
        {
          title: t('signatures.columns.position'),
          render: (_, s) => [s.title, s.organization].filter(Boolean).join(', '),
        },
        {
          title: t('signatures.columns.source'),
          render: (_, s) => (
            <Tag color={s.source === 'installation' ? 'red' : 'blue'}>
              {t(`signatures.sources.${s.source}`)}
            </Tag>
          ),
        },
        { title: t('signatures.columns.issuer'), dataIndex: 'issuer' },
        { title: t('signatures.columns.until'), render: (_, s) => format.date(s.notAfter.slice(0, 10)) },
      ]}
    />
  );
}

function SignerKeySection() {
  const signers = useSigners();
  return <SignerKeyForm signers={signers.data ?? []} />;
}

function AnchorsSection() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const anchors = useTrustAnchors();
  const install = useInstallAnchor();
  const remove = useRemoveAnchor();
  const [form] = Form.useForm<{ name?: string; certificate: string }>();
  return (
    <section aria-labelledby="anchors-heading">
      <Typography.Title level={2} id="anchors-heading">
        {t('signatures.anchorsTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('signatures.anchorsIntro')}</Typography.Paragraph>
      {anchors.isError ? <ProblemAlert error={anchors.error} testId="anchors-error" /> : null}
      <Table<TrustAnchor>
        rowKey="id"
        size="small"
        loading={anchors.isPending}
        dataSource={anchors.data ?? []}
        pagination={false}
        data-testid="anchors-table"
        locale={{ emptyText: t('signatures.noAnchors') }}
        columns={[
          { title: t('signatures.columns.anchor'), dataIndex: 'name' },
          { title: t('signatures.columns.subject'), dataIndex: 'subject' },
          { title: t('signatures.columns.until'), render: (_, a) => format.date(a.notAfter.slice(0, 10)) },
          {
            title: t('signatures.columns.actions'),
            render: (_, a) => (
              <Popconfirm
                title={t('signatures.removeConfirm', { name: a.name })}
                okText={t('signatures.remove')}
                cancelText={t('signatures.cancel')}
                onConfirm={() => remove.mutate(a.id)}
              >
                <Button danger size="small" aria-label={t('signatures.removeNamed', { name: a.name })}>
                  {t('signatures.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form
        form={form}
        layout="vertical"
        className="anchor-form"
        style={{ marginTop: 16, maxWidth: 720 }}
        onFinish={(values) =>
          install.mutate(
            { certificate: values.certificate, ...(values.name ? { name: values.name } : {}) },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Form.Item name="name" label={t('signatures.anchorName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="certificate"
          label={t('signatures.anchorPem')}
          rules={[{ required: true, message: t('signatures.anchorPemRequired') }]}
        >
          <Input.TextArea rows={6} placeholder="-----BEGIN CERTIFICATE-----" />
        </Form.Item>
        {install.isError ? <ProblemAlert error={install.error} testId="anchor-install-error" /> : null}
        <Button type="primary" htmlType="submit" loading={install.isPending} data-testid="anchor-install">
          {t('signatures.install')}
        </Button>
      </Form>
    </section>
  );
}

export function SignaturesPage() {
  const { t } = useTranslation();
  const title = t('areas.signatures.title');
  usePageTitle(title);
  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-signatures">
          {title}
        </Typography.Title>
      </div>
      <Typography.Paragraph className="page-intro">{t('signatures.intro')}</Typography.Paragraph>
      <SignersTable />
      <SignerKeySection />
      <AnchorsSection />
    </div>
  );
}
