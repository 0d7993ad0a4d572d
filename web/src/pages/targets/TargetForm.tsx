/**
 * Thêm, sửa chỉ tiêu — the planning office adds a target (or a sub-target for some units under a main target) or
 * changes one, in a dialog. The plan fields follow the kind: a range has both ends, "at least" a minimum, "at most"
 * a maximum, "exact" a value and a tolerance, "direction" only which way is better. A share is 0–100: the form
 * refuses 140 % before sending (value-bounds.ts is the server's same rule), and should the server refuse a value
 * anyway, its field message shows beside that field in the user's language.
 */
import { App, Checkbox, Form, type FormInstance, type FormRule, Input, Select, Switch } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import type { FieldError } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import type { MeasuredIndicator, Resolution, Target, TargetKind } from './api';
import { BindingFields } from './BindingFields';
import { type TargetBody, useSaveTarget } from './forms-api';

const KINDS: TargetKind[] = ['range', 'at_least', 'at_most', 'exact', 'direction'];
const MEASURES: Target['measure'][] = ['share', 'change', 'amount', 'count'];
const DECIMAL = /^-?\d+([.,]\d+)?$/;
const decimal = (value: string | null | undefined) => (value ? value.trim().replace(',', '.') : null);

type Values = Omit<
  TargetBody,
  'unitCodes' | 'scopeLabel' | 'note' | 'parentId' | 'measuredBy' | 'measuredUnitCode' | 'measuredLevel'
> & {
  parentId: string;
  measuredBy: MeasuredIndicator | '';
  measuredUnitCode: string;
  measuredLevel: NonNullable<Target['measuredLevel']> | '';
  unitCodes: string;
  scopeLabel: string;
  note: string;
};

/**
 * The server's field errors on this form's fields: a unit code's error (`unitCodes.2`) goes to the one codes box,
 * and the messages the form also checks read as the form's own (target-input.ts, value-bounds.ts).
 */
function serverFieldErrors(error: unknown, t: TFunction) {
  // Recognised by the field error's stable code (src/modules/targets/messages.ts); any other refusal is shown
  // as the server tells it, already in the reader's language (issue 15 §2).
  const message = (e: FieldError) => {
    if (e.code === 'targets.notShare') return t('targets.forms.shareRange');
    if (e.code === 'targets.highBelowLow') return t('targets.forms.highBelowLow');
    if (e.code === 'targets.unitOutside') return t('targets.forms.unitOutside');
    return e.message;
  };
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const f of formFieldErrors(error, message)) {
    const name = f.name[0] === 'unitCodes' ? ['unitCodes'] : f.name;
    const key = name.join('.');
    const errors = [...(byField.get(key)?.errors ?? []), ...f.errors];
    byField.set(key, { name, errors: [...new Set(errors)] });
  }
  return [...byField.values()] as Parameters<FormInstance<Values>['setFields']>[0];
}

type Props = {
  resolution: Resolution;
  /** The resolution's main targets (parents a sub-target may have). */
  mainTargets: Array<Pick<Target, 'id' | 'label' | 'indicator'>>;
  existing: Target | null;
  onClose: () => void;
};

export function TargetForm({ resolution, mainTargets, existing, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTarget(resolution.id, existing);
  const kind = Form.useWatch('kind', form) ?? existing?.kind ?? 'at_least';

  const submit = (v: Values) =>
    save.mutate(
      {
        ...v,
        parentId: v.parentId || null,
        planLow: kind === 'at_most' || kind === 'direction' ? null : decimal(v.planLow),
        planHigh: kind === 'range' || kind === 'at_most' ? decimal(v.planHigh) : null,
        tolerance: kind === 'exact' ? decimal(v.tolerance) : null,
        strict: (kind === 'at_least' || kind === 'at_most') && Boolean(v.strict),
        unitCodes: v.unitCodes
          .split(/[\s,;]+/)
          .map((c) => c.trim())
          .filter(Boolean),
        scopeLabel: v.scopeLabel?.trim() || null,
        note: v.note?.trim() || null,
        measuredBy: v.measuredBy || null,
        measuredUnitCode: v.measuredBy ? v.measuredUnitCode.trim() || null : null,
        measuredLevel:
          v.measuredBy && /^\d{2}$/.test(v.measuredUnitCode.trim()) ? v.measuredLevel || null : null,
      },
      {
        onSuccess: () => {
          void message.success(t('targets.forms.saved'));
          onClose();
        },
        onError: (error) => form.setFields(serverFieldErrors(error, t)),
      },
    );

  /**
   * A decimal; a share stays within 0–100 (the server's rule, value-bounds.ts). The measure is read from the form
   * when the check runs, not from the last render, so the check and the field beside it always agree.
   */
  const planRules = (required: boolean): FormRule[] => [
    { required, message: t('targets.forms.required') },
    ({ getFieldValue }) => ({
      validator: (_: unknown, value: string | undefined) => {
        if (!value) return Promise.resolve();
        if (!DECIMAL.test(value.trim())) return Promise.reject(new Error(t('targets.forms.decimal')));
        const n = Number(decimal(value));
        if (getFieldValue('measure') === 'share' && (n < 0 || n > 100))
          return Promise.reject(new Error(t('targets.forms.shareRange')));
        return Promise.resolve();
      },
    }),
  ];

  const required = { required: true, whitespace: true, message: t('targets.forms.required') };
  return (
    <FormDialog
      title={
        existing ? t('targets.forms.editTarget', { label: existing.label }) : t('targets.forms.newTarget')
      }
      saveLabel={t('targets.forms.save')}
      saving={save.isPending}
      error={save.isError ? save.error : null}
      testId="target"
      width={760}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          parentId: existing?.parentId ?? '',
          label: existing?.label ?? '',
          indicatorKey: existing?.indicatorKey ?? '',
          indicator: existing?.indicator ?? '',
          unitOfMeasure: existing?.unitOfMeasure ?? '',
          measure: existing?.measure ?? 'amount',
          accumulates: existing?.accumulates ?? false,
          kind: existing?.kind ?? 'at_least',
          planLow: existing?.planLow ?? '',
          planHigh: existing?.planHigh ?? '',
          strict: existing?.strict ?? false,
          tolerance: existing?.tolerance ?? '',
          preferred: existing?.preferred ?? 'higher',
          unitCodes: existing ? existing.units.map((u) => u.code).join(', ') : resolution.provinceCode,
          scopeLabel: existing?.scopeLabel ?? '',
          responsibleUnitCode: existing?.responsibleUnitCode ?? resolution.provinceCode,
          responsibleAgencyName: existing?.responsibleAgencyName ?? '',
          note: existing?.note ?? '',
          measuredBy: existing?.measuredBy ?? '',
          measuredUnitCode: existing?.measuredUnitCode ?? resolution.provinceCode,
          measuredLevel: existing?.measuredLevel ?? '',
        }}
        data-testid="target-form"
      >
        <div className="form-row">
          <Form.Item name="label" label={t('targets.columns.label')} rules={[required]}>
            <Input maxLength={16} data-testid="target-label" />
          </Form.Item>
          <Form.Item name="parentId" label={t('targets.forms.parent')} extra={t('targets.forms.parentHint')}>
            <Select
              options={[
                { value: '', label: t('targets.forms.noParent') },
                ...mainTargets
                  .filter((m) => m.id !== existing?.id)
                  .map((m) => ({ value: m.id, label: `${m.label}. ${m.indicator}` })),
              ]}
              data-testid="target-parent"
            />
          </Form.Item>
        </div>
        <Form.Item name="indicator" label={t('targets.columns.indicator')} rules={[required]}>
          <Input maxLength={500} data-testid="target-indicator" />
        </Form.Item>
        <div className="form-row">
          <Form.Item
            name="indicatorKey"
            label={t('targets.forms.indicatorKey')}
            extra={t('targets.forms.indicatorKeyHint')}
            rules={[
              { required: true, pattern: /^[a-z0-9_]{2,64}$/, message: t('targets.forms.indicatorKeyHint') },
            ]}
          >
            <Input maxLength={64} data-testid="target-key" />
          </Form.Item>
          <Form.Item name="unitOfMeasure" label={t('targets.forms.unitOfMeasure')} rules={[required]}>
            <Input maxLength={64} data-testid="target-uom" />
          </Form.Item>
          <Form.Item name="measure" label={t('targets.forms.measure')}>
            <Select
              options={MEASURES.map((m) => ({ value: m, label: t(`targets.forms.measures.${m}`) }))}
              data-testid="target-measure"
            />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="kind" label={t('targets.forms.kind')}>
            <Select
              options={KINDS.map((k) => ({ value: k, label: t(`targets.rules.kinds.${k}`) }))}
              data-testid="target-kind"
            />
          </Form.Item>
          {kind !== 'at_most' && kind !== 'direction' ? (
            <Form.Item
              name="planLow"
              label={kind === 'range' ? t('targets.forms.planLow') : t('targets.forms.planValue')}
              dependencies={['measure']}
              rules={planRules(true)}
            >
              <Input inputMode="decimal" maxLength={24} data-testid="target-plan-low" />
            </Form.Item>
          ) : null}
          {kind === 'range' || kind === 'at_most' ? (
            <Form.Item
              name="planHigh"
              label={kind === 'range' ? t('targets.forms.planHigh') : t('targets.forms.planValue')}
              dependencies={['planLow', 'measure']}
              rules={[
                ...planRules(true),
                ({ getFieldValue }) => ({
                  validator: (_: unknown, value: string | undefined) => {
                    const low = decimal(getFieldValue('planLow') as string);
                    const high = decimal(value);
                    if (kind === 'range' && low && high && Number(high) < Number(low))
                      return Promise.reject(new Error(t('targets.forms.highBelowLow')));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <Input inputMode="decimal" maxLength={24} data-testid="target-plan-high" />
            </Form.Item>
          ) : null}
          {kind === 'exact' ? (
            <Form.Item
              name="tolerance"
              label={t('targets.forms.tolerance')}
              dependencies={['measure']}
              rules={planRules(false)}
            >
              <Input inputMode="decimal" maxLength={24} data-testid="target-tolerance" />
            </Form.Item>
          ) : null}
        </div>
        <div className="form-row">
          {kind === 'at_least' || kind === 'at_most' ? (
            <Form.Item name="strict" valuePropName="checked">
              <Checkbox data-testid="target-strict">{t('targets.forms.strict')}</Checkbox>
            </Form.Item>
          ) : (
            <Form.Item name="preferred" label={t('targets.forms.preferred')}>
              <Select
                options={(kind === 'direction' ? ['higher', 'lower'] : ['higher', 'lower', 'none']).map(
                  (p) => ({
                    value: p,
                    label: t(`targets.forms.preferences.${p as Target['preferred']}`),
                  }),
                )}
                data-testid="target-preferred"
              />
            </Form.Item>
          )}
          <Form.Item name="accumulates" label={t('targets.forms.accumulates')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item
            name="unitCodes"
            label={t('targets.forms.unitCodes')}
            extra={t('targets.forms.unitCodesHint')}
            rules={[
              {
                required: true,
                pattern: /^\s*\d{2,5}(\s*[,;\s]\s*\d{2,5})*\s*$/,
                message: t('targets.forms.unitCodesHint'),
              },
            ]}
          >
            <Input maxLength={1200} data-testid="target-units" />
          </Form.Item>
          <Form.Item name="scopeLabel" label={t('targets.forms.scopeLabel')}>
            <Input maxLength={200} />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item
            name="responsibleUnitCode"
            label={t('targets.forms.responsibleUnit')}
            rules={[
              { required: true, pattern: /^(\d{2}|\d{5})$/, message: t('targets.forms.unitCodesHint') },
            ]}
          >
            <Input maxLength={5} />
          </Form.Item>
          <Form.Item
            name="responsibleAgencyName"
            label={t('targets.forms.responsibleAgency')}
            rules={[required]}
          >
            <Input maxLength={300} data-testid="target-agency" />
          </Form.Item>
        </div>
        <BindingFields />
        <Form.Item name="note" label={t('targets.forms.note')}>
          <Input.TextArea maxLength={2000} autoSize />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
