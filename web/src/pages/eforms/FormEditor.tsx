/**
 * The catalogue admin's editor of a procedure's declaration e-form (issue 16 §1): the definition as JSON
 * (schema, layout, pre-fills, legal source) beside a live preview rendered by the same component citizens use.
 * Saving writes a new version of the procedure with the document behind the change.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { DeclarationForm } from './DeclarationForm';
import type { DeclarationFormDef } from './types';

const EMPTY: DeclarationFormDef = {
  legalSource: '',
  schema: { type: 'object', title: '', properties: {}, required: [] },
  uiSchema: {},
  prefill: {},
};

function parse(text: string): { form: DeclarationFormDef | null; error: string | null } {
  try {
    const value = JSON.parse(text) as DeclarationFormDef;
    if (typeof value !== 'object' || value === null || typeof value.schema !== 'object')
      return { form: null, error: 'schema' };
    return { form: { ...value, uiSchema: value.uiSchema ?? {}, prefill: value.prefill ?? {} }, error: null };
  } catch (e) {
    return { form: null, error: e instanceof Error ? e.message : String(e) };
  }
}

export function FormEditor({
  province,
  code,
  versionNo,
  current,
}: {
  province: string;
  code: string;
  versionNo: number;
  current: DeclarationFormDef | null | undefined;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState(() => (current ? JSON.stringify(current, null, 2) : ''));
  const [number, setNumber] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const parsed = useMemo(() => (text.trim() ? parse(text) : { form: null, error: null }), [text]);
  const save = useMutation({
    mutationFn: (declarationForm: DeclarationFormDef | null) =>
      api.put<{ versionNo: number }>(
        `/procedures/admin/${province}/publications/${encodeURIComponent(code)}/declaration-form`,
        {
          baseVersionNo: versionNo,
          declarationForm: declarationForm
            ? {
                legalSource: declarationForm.legalSource,
                schema: declarationForm.schema,
                uiSchema: declarationForm.uiSchema,
                prefill: declarationForm.prefill ?? {},
              }
            : null,
          legalBasis: { number, ...(date ? { date: date.format('YYYY-MM-DD') } : {}) },
        },
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['procedures'] }),
  });
  return (
    <Card
      title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('eforms.editor.heading')}</h3>}
      style={{ marginTop: 16 }}
      data-testid="form-editor"
    >
      <Typography.Paragraph>{t('eforms.editor.intro')}</Typography.Paragraph>
      {!text.trim() ? (
        <Space direction="vertical">
          <span>{t('eforms.editor.none')}</span>
          <Button onClick={() => setText(JSON.stringify(EMPTY, null, 2))}>{t('eforms.editor.create')}</Button>
        </Space>
      ) : (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <label htmlFor="form-json" style={{ display: 'block', marginBottom: 4 }}>
              {t('eforms.editor.json')}
            </label>
            <Input.TextArea
              id="form-json"
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 16, maxRows: 40 }}
              spellCheck={false}
              style={{ fontFamily: 'monospace', fontSize: 12 }}
              data-testid="form-json"
            />
            {parsed.error ? (
              <Alert
                type="error"
                showIcon
                title={t('eforms.editor.badJson', { reason: parsed.error })}
                data-testid="form-json-error"
              />
            ) : null}
          </Col>
          <Col xs={24} lg={12}>
            <h4 style={{ marginTop: 0 }}>{t('eforms.editor.preview')}</h4>
            {parsed.form ? (
              <DeclarationForm
                key={text}
                form={parsed.form}
                preview
                onSubmit={() => undefined}
                testId="form-preview"
              />
            ) : null}
          </Col>
        </Row>
      )}
      {save.isError ? <ProblemAlert error={save.error} testId="form-save-error" /> : null}
      {save.isSuccess ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('eforms.editor.saved', { no: save.data.versionNo })}
        />
      ) : null}
      <Form
        layout="inline"
        style={{ marginTop: 16 }}
        onFinish={() => save.mutate(text.trim() ? parsed.form : null)}
      >
        <Form.Item label={t('eforms.editor.decisionNumber')} required htmlFor="form-basis-number">
          <Input
            id="form-basis-number"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            data-testid="form-basis"
          />
        </Form.Item>
        <Form.Item label={t('eforms.editor.decisionDate')} htmlFor="form-basis-date">
          <DatePicker id="form-basis-date" value={date} onChange={setDate} format="DD/MM/YYYY" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          disabled={!number.trim() || (text.trim() !== '' && !parsed.form)}
          loading={save.isPending}
          data-testid="form-save"
        >
          {text.trim() ? t('eforms.editor.save') : t('eforms.editor.remove')}
        </Button>
      </Form>
    </Card>
  );
}
