/**
 * `/admin/reference-data`: the administrative units, open to every signed-in user (public data) — the provinces
 * with their communes counted by type as of a date, a province's communes, a diacritic-insensitive search
 * (optionally over pre-2025 units), and a unit's versions, agencies and lineage. What is shown lives in the
 * address: `?asOf=&province=&q=&legacy=1&unit=`.
 */
import { DatePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { todayInVietnam } from '../../layout/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { CommunesView } from './CommunesView';
import { ProvincesTable } from './ProvincesTable';
import { UnitDrawer } from './UnitDrawer';
import { UnitSearch } from './UnitSearch';
import type { UnitsView } from './units-view';
import '../data-pages.css';

export function UnitsPage() {
  const { t } = useTranslation();
  const title = t('areas.referenceData.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const rawAsOf = params.get('asOf') ?? '';
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(rawAsOf) ? rawAsOf : today;
  const province = params.get('province') ?? '';
  const unit = params.get('unit') ?? '';
  const q = params.get('q') ?? '';
  const legacy = params.get('legacy') === '1';

  const withChanges = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    return next;
  };
  const update = (changes: Record<string, string | null>) => setParams(withChanges(changes));
  const view: UnitsView = { asOf, linkWith: (changes) => `?${withChanges(changes)}` };

  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-units">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('units.intro')}</Typography.Paragraph>

      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="units-as-of">{t('units.asOf')}</label>
          <DatePicker
            id="units-as-of"
            value={dayjs(asOf)}
            format={t('units.dateFormat')}
            allowClear={false}
            onChange={(value) => {
              const date = value ? value.format('YYYY-MM-DD') : today;
              update({ asOf: date === today ? null : date });
            }}
            data-testid="units-as-of"
          />
        </div>
      </div>

      <UnitSearch
        view={view}
        q={q}
        legacy={legacy}
        onSearch={(next, nextLegacy) => update({ q: next || null, legacy: nextLegacy ? '1' : null })}
      />

      {province ? <CommunesView view={view} province={province} /> : <ProvincesTable view={view} />}

      {unit ? <UnitDrawer key={unit} view={view} code={unit} onClose={() => update({ unit: null })} /> : null}
    </div>
  );
}
