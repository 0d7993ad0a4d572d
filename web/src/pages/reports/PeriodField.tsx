/**
 * The period of a report: a year, quarter or month from a list, or (where `allowCustom`) two days. It reads and
 * writes the address (`?period=` or `?from=&to=`) so a report can be linked and reloaded.
 */
import { Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { useFormat } from '../../i18n/format';
import { periodFromParams, periodOptions } from './labels';

const CUSTOM = 'custom';

type Props = {
  params: URLSearchParams;
  /** Called with the address's new search parameters. */
  onChange: (next: URLSearchParams) => void;
  allowCustom?: boolean;
};

export function PeriodField({ params, onChange, allowCustom = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const current = periodFromParams(params);
  const [custom, setCustom] = useState(Boolean(current.from));
  const [from, setFrom] = useState(current.from ?? '');
  const [to, setTo] = useState(current.to ?? '');
  const options = periodOptions();
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    onChange(next);
  };
  const listed = [options.years, options.quarters, options.months].some((l) =>
    l.includes(current.period ?? ''),
  );
  return (
    <>
      <div className="toolbar-field">
        <label htmlFor="report-period">{t('reports.period.label')}</label>
        <Select
          id="report-period"
          className="toolbar-select"
          value={custom ? CUSTOM : current.period}
          popupMatchSelectWidth={false}
          data-testid="report-period"
          onChange={(value: string) => {
            if (value === CUSTOM) return setCustom(true);
            setCustom(false);
            set({ period: value, from: null, to: null });
          }}
          options={[
            ...(listed || custom ? [] : [{ value: current.period, label: f.period(current.period ?? '') }]),
            {
              label: t('reports.period.year'),
              options: options.years.map((v) => ({ value: v, label: f.period(v) })),
            },
            {
              label: t('reports.period.quarter'),
              options: options.quarters.map((v) => ({ value: v, label: f.period(v) })),
            },
            {
              label: t('reports.period.month'),
              options: options.months.map((v) => ({ value: v, label: f.period(v) })),
            },
            ...(allowCustom
              ? [
                  {
                    label: t('reports.period.custom'),
                    options: [{ value: CUSTOM, label: t('reports.period.custom') }],
                  },
                ]
              : []),
          ]}
        />
      </div>
      {custom ? (
        <form
          className="toolbar report-custom-period"
          onSubmit={(e) => {
            e.preventDefault();
            if (from && to) set({ period: null, from, to });
          }}
        >
          <div className="toolbar-field">
            <label htmlFor="report-from">{t('reports.period.from')}</label>
            <DateInput id="report-from" value={from} onChange={setFrom} />
          </div>
          <div className="toolbar-field">
            <label htmlFor="report-to">{t('reports.period.to')}</label>
            <DateInput id="report-to" value={to} min={from} onChange={setTo} />
          </div>
          <Button htmlType="submit" disabled={!from || !to || to < from}>
            {t('reports.period.apply')}
          </Button>
        </form>
      ) : null}
    </>
  );
}
