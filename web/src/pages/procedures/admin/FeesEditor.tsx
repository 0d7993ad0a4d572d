/** Editing a publication's fees: fixed amounts, fee tables and exemptions; amounts in whole đồng. */
import { Button, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeeDraft } from '../api';

type Props = { fees: FeeDraft[]; onChange: (fees: FeeDraft[]) => void };

export function FeesEditor({ fees, onChange }: Props) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<FeeDraft>) =>
    onChange(fees.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <div data-testid="fees-editor">
      {fees.map((fee, i) => {
        const id = `fee-${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: fees have no id until saved; order is their identity
          <div className="fee-editor step-row" key={i}>
            <div className="toolbar-field">
              <label htmlFor={`${id}-kind`}>{t('procedures.admin.feeKind')}</label>
              <Select
                id={`${id}-kind`}
                value={fee.kind}
                onChange={(kind) =>
                  set(i, {
                    kind,
                    ...(kind === 'table' && !fee.rows ? { rows: [{ label: '', amountDong: 0 }] } : {}),
                  })
                }
                options={(['fixed', 'table', 'exemption'] as const).map((k) => ({
                  value: k,
                  label: t(`procedures.admin.feeKinds.${k}`),
                }))}
              />
            </div>
            <div className="toolbar-field step-name">
              <label htmlFor={`${id}-name`}>{t('procedures.admin.feeName')}</label>
              <Input
                id={`${id}-name`}
                value={fee.name}
                maxLength={300}
                onChange={(e) => set(i, { name: e.target.value })}
              />
            </div>
            {fee.kind === 'fixed' ? (
              <div className="toolbar-field">
                <label htmlFor={`${id}-amount`}>{t('procedures.admin.amount')}</label>
                <InputNumber
                  id={`${id}-amount`}
                  min={0}
                  step={1000}
                  precision={0}
                  value={fee.amountDong ?? 0}
                  onChange={(v) => set(i, { amountDong: Number(v ?? 0) })}
                />
              </div>
            ) : null}
            {fee.kind !== 'exemption' ? (
              <div className="toolbar-field">
                <label htmlFor={`${id}-per`}>{t('procedures.admin.per')}</label>
                <Input
                  id={`${id}-per`}
                  value={fee.per ?? ''}
                  maxLength={100}
                  onChange={(e) => set(i, { per: e.target.value || null })}
                />
              </div>
            ) : null}
            <div className="toolbar-field step-name">
              <label htmlFor={`${id}-basis`}>{t('procedures.admin.basis')}</label>
              <Input
                id={`${id}-basis`}
                value={fee.basis ?? ''}
                maxLength={500}
                onChange={(e) => set(i, { basis: e.target.value || null })}
              />
            </div>
            {fee.kind === 'table'
              ? (fee.rows ?? []).map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; order is their identity
                  <div className="step-row full-width" key={r}>
                    <div className="toolbar-field step-name">
                      <label htmlFor={`${id}-row-${r}`}>{t('procedures.admin.rowLabel')}</label>
                      <Input
                        id={`${id}-row-${r}`}
                        value={row.label}
                        maxLength={300}
                        onChange={(e) =>
                          set(i, {
                            rows: (fee.rows ?? []).map((x, k) =>
                              k === r ? { ...x, label: e.target.value } : x,
                            ),
                          })
                        }
                      />
                    </div>
                    <div className="toolbar-field">
                      <label htmlFor={`${id}-row-${r}-amount`}>{t('procedures.admin.amount')}</label>
                      <InputNumber
                        id={`${id}-row-${r}-amount`}
                        min={0}
                        precision={0}
                        step={1000}
                        value={row.amountDong}
                        onChange={(v) =>
                          set(i, {
                            rows: (fee.rows ?? []).map((x, k) =>
                              k === r ? { ...x, amountDong: Number(v ?? 0) } : x,
                            ),
                          })
                        }
                      />
                    </div>
                  </div>
                ))
              : null}
            <div className="step-buttons">
              {fee.kind === 'table' ? (
                <Button onClick={() => set(i, { rows: [...(fee.rows ?? []), { label: '', amountDong: 0 }] })}>
                  {t('procedures.admin.addRow')}
                </Button>
              ) : null}
              <Button onClick={() => onChange(fees.filter((_, j) => j !== i))}>
                {t('procedures.admin.remove')}
              </Button>
            </div>
          </div>
        );
      })}
      <Button onClick={() => onChange([...fees, { kind: 'fixed', name: '', amountDong: 0 }])}>
        {t('procedures.admin.addFee')}
      </Button>
    </div>
  );
}
