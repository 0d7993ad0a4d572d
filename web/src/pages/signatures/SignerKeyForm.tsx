/**
 * Set an official's signing key from the page (issue 19 §1a, §1b): a PKCS#12 file from an outside CA with its
 * password, or a key on a PKCS#11 token (module path, token, key id, PIN). Replacing a key in force is confirmed
 * first. The password and PIN stay in their masked fields, are sent once and cleared: never shown or kept.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Radio, Select, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useAccounts } from '../admin-users/api';
import { type Signer, useSetSignerKey } from './api';

type Method = 'pkcs12' | 'pkcs11';
type Values = {
  signerId: string;
  method: Method;
  file?: UploadFile[];
  password?: string;
  module?: string;
  token?: string;
  keyId?: string;
  pin?: string;
};
/** The form's fields, and the server's names for them (its `pkcs12` is the file chosen here). */
const FIELDS = ['signerId', 'file', 'password', 'module', 'token', 'keyId', 'pin'] as const;
type Field = (typeof FIELDS)[number];
const fromServer = (field: string): Field | undefined => {
  const name = field.replace(/^body\./, '') === 'pkcs12' ? 'file' : field.replace(/^body\./, '');
  return FIELDS.find((f) => f === name);
};

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function SignerKeyForm({ signers }: { signers: Signer[] }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form) ?? 'pkcs12';
  const [search, setSearch] = useState('');
  const officials = useAccounts({ q: search, kind: 'official', page: 1, pageSize: 50 });
  const save = useSetSignerKey();
  const [done, setDone] = useState<string | undefined>();
  /** The server named the fields at fault: they say why in the user's language, not the server's English detail. */
  const [fieldsNamed, setFieldsNamed] = useState(false);

  const send = async (values: Values) => {
    const secret = values.method === 'pkcs12' ? 'password' : 'pin';
    form.setFieldValue(secret, undefined);
    const name = officials.data?.items.find((a) => a.id === values.signerId)?.displayName ?? '';
    try {
      const input =
        values.method === 'pkcs12'
          ? {
              method: 'pkcs12' as const,
              signerId: values.signerId,
              pkcs12: await readBase64(values.file?.[0]?.originFileObj as File),
              password: values.password ?? '',
            }
          : {
              method: 'pkcs11' as const,
              signerId: values.signerId,
              module: values.module ?? '',
              token: values.token ?? '',
              keyId: values.keyId ?? '',
              pin: values.pin ?? '',
            };
      await save.mutateAsync(input);
      setDone(t('signatures.keys.saved', { name }));
      form.resetFields();
    } catch (error) {
      if (!isApiError(error)) return;
      const fields = error.fieldErrors.flatMap((e) => {
        const field = fromServer(e.field);
        return field ? [{ name: field, errors: [t(`signatures.keys.invalid.${field}`)] }] : [];
      });
      form.setFields(fields);
      setFieldsNamed(fields.length > 0);
    }
  };

  const submit = (values: Values) => {
    setDone(undefined);
    setFieldsNamed(false);
    const current = signers.find((s) => s.signerId === values.signerId);
    if (!current) return void send(values);
    modal.confirm({
      title: t('signatures.keys.replaceTitle'),
      content: t('signatures.keys.replaceConfirm', { name: current.commonName, issuer: current.issuer }),
      okText: t('signatures.keys.replace'),
      cancelText: t('signatures.cancel'),
      onOk: () => send(values),
    });
  };

  const failed = t(method === 'pkcs12' ? 'signatures.keys.pkcs12Failed' : 'signatures.keys.tokenFailed');
  const required = (field: Field) => [{ required: true, message: t(`signatures.keys.required.${field}`) }];
  return (
    <section aria-labelledby="keys-heading">
      <Typography.Title level={2} id="keys-heading">
        {t('signatures.keys.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('signatures.keys.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={{ method: 'pkcs12' }}
        onFinish={submit}
        onValuesChange={() => setDone(undefined)}
        data-testid="signer-key-form"
      >
        <Form.Item name="signerId" label={t('signatures.keys.official')} rules={required('signerId')}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={officials.isPending}
            placeholder={t('signatures.keys.officialPlaceholder')}
            options={(officials.data?.items ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName} (${a.username})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="method" label={t('signatures.keys.method')}>
          <Radio.Group
            options={[
              { value: 'pkcs12', label: t('signatures.keys.methods.pkcs12') },
              { value: 'pkcs11', label: t('signatures.keys.methods.pkcs11') },
            ]}
          />
        </Form.Item>
        {method === 'pkcs12' ? (
          <>
            <Form.Item
              name="file"
              label={t('signatures.keys.file')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={required('file')}
            >
              {/* Kept in the browser until sent (beforeUpload false): the file goes with its password, once. */}
              <Upload beforeUpload={() => false} maxCount={1} accept=".p12,.pfx,application/x-pkcs12">
                <Button icon={<UploadOutlined />}>{t('signatures.keys.chooseFile')}</Button>
              </Upload>
            </Form.Item>
            <Form.Item name="password" label={t('signatures.keys.password')} rules={required('password')}>
              <Input.Password autoComplete="off" visibilityToggle={false} maxLength={200} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="module" label={t('signatures.keys.module')} rules={required('module')}>
              <Input placeholder="/usr/lib/softhsm/libsofthsm2.so" maxLength={500} />
            </Form.Item>
            <Form.Item name="token" label={t('signatures.keys.token')} rules={required('token')}>
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item
              name="keyId"
              label={t('signatures.keys.keyId')}
              rules={[
                ...required('keyId'),
                { pattern: /^[0-9a-fA-F]{2,128}$/, message: t('signatures.keys.invalid.keyId') },
              ]}
            >
              <Input maxLength={128} />
            </Form.Item>
            <Form.Item name="pin" label={t('signatures.keys.pin')} rules={required('pin')}>
              <Input.Password autoComplete="off" visibilityToggle={false} maxLength={200} />
            </Form.Item>
          </>
        )}
        {save.isError && fieldsNamed ? (
          <Alert type="error" showIcon title={failed} data-testid="signer-key-error" />
        ) : save.isError ? (
          <ProblemAlert error={save.error} title={failed} testId="signer-key-error" />
        ) : null}
        {done ? <Alert type="success" showIcon title={done} data-testid="signer-key-saved" /> : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          data-testid="signer-key-submit"
          style={{ marginTop: 16 }}
        >
          {t('signatures.keys.submit')}
        </Button>
      </Form>
    </section>
  );
}
