/**
 * Where a target's values come from (issue 24 §2): typed in with their source (outside figures such as GRDP or
 * budget revenue), or an indicator tinhso computes from its records, for a unit or a level of the province.
 */
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEASURED_INDICATORS } from './api';

const LEVELS = ['commune', 'special_zone', 'province_agencies'] as const;

export function BindingFields() {
  const { t } = useTranslation();
  const measuredBy = Form.useWatch('measuredBy') as string | undefined;
  const unit = Form.useWatch('measuredUnitCode') as string | undefined;
  return (
    <section aria-labelledby="target-binding-heading">
      <h3 id="target-binding-heading" className="drawer-heading">
        {t('targets.measured.form.heading')}
      </h3>
      <Form.Item
        name="measuredBy"
        label={t('targets.measured.form.measuredBy')}
        extra={t('targets.measured.form.hint')}
        dependencies={['measure', 'accumulates']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_: unknown, value: string | undefined) =>
              value && (getFieldValue('measure') !== 'share' || getFieldValue('accumulates'))
                ? Promise.reject(new Error(t('targets.measured.form.shareOnly')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Select
          options={[
            { value: '', label: t('targets.measured.form.typed') },
            ...MEASURED_INDICATORS.map((m) => ({ value: m, label: t(`targets.measured.indicators.${m}`) })),
          ]}
          data-testid="target-measured-by"
        />
      </Form.Item>
      {measuredBy ? (
        <div className="form-row">
          <Form.Item
            name="measuredUnitCode"
            label={t('targets.measured.form.unit')}
            extra={t('targets.measured.form.unitHint')}
            rules={[
              { required: true, pattern: /^(\d{2}|\d{5})$/, message: t('targets.measured.form.unitHint') },
            ]}
          >
            <Input maxLength={5} data-testid="target-measured-unit" />
          </Form.Item>
          {unit && /^\d{2}$/.test(unit) ? (
            <Form.Item name="measuredLevel" label={t('targets.measured.form.level')}>
              <Select
                options={[
                  { value: '', label: t('targets.measured.form.wholeUnit') },
                  ...LEVELS.map((l) => ({ value: l, label: t(`targets.measured.levels.${l}`) })),
                ]}
                data-testid="target-measured-level"
              />
            </Form.Item>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
