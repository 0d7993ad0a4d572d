/**
 * `/dashboard/staffing`: the province view of commune staffing and facilities on a day, or one commune with
 * `?unit=<code>` (the drill-down). A commune's officials land on their own commune. What is shown lives in the
 * address: `?province=&at=&below=&shortfall=&unit=`.
 */
import { DatePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { todayInVietnam } from '../../layout/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { CommuneStaffing } from './CommuneStaffing';
import { ProvinceStaffing } from './ProvinceStaffing';
import '../data-pages.css';
import './figures.css';

export function StaffingPage() {
  const { t } = useTranslation();
  const title = t('areas.staffing.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const grants = user.roles as Array<{ unitCode: string; provinceCode?: string }>;
  const provinceGrant = grants.find((g) => /^\d{2}$/.test(g.unitCode) || g.unitCode === 'VN');
  const communeGrant = grants.find((g) => /^\d{5}$/.test(g.unitCode));
  const province = provinceGrant
    ? provinceGrant.unitCode === 'VN'
      ? (params.get('province') ?? '04')
      : provinceGrant.unitCode
    : (communeGrant?.provinceCode ?? '04');
  const asked = params.get('at') ?? '';
  const at = /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : todayInVietnam();
  const unit = params.get('unit') ?? (provinceGrant ? '' : (communeGrant?.unitCode ?? ''));

  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-staffing">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('staffing.intro')}</Typography.Paragraph>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="staffing-at">{t('staffing.at')}</label>
          <DatePicker
            id="staffing-at"
            value={dayjs(at)}
            format="DD/MM/YYYY"
            allowClear={false}
            onChange={(d) => update({ at: d ? d.format('YYYY-MM-DD') : null })}
            data-testid="staffing-at"
          />
        </div>
      </div>
      {unit ? (
        <CommuneStaffing
          unitCode={unit}
          at={at}
          onBack={provinceGrant ? () => update({ unit: null }) : undefined}
        />
      ) : (
        <ProvinceStaffing
          provinceCode={province}
          at={at}
          belowOnly={params.get('below') === '1'}
          shortfall={(params.get('shortfall') ?? '') as never}
          update={update}
        />
      )}
    </div>
  );
}
