/**
 * `/dashboard/investment`: a province's public-investment disbursement for a plan year (summary, breakdowns, the
 * month-by-month curve as a table, projects at risk, extension requests, the monthly report), or one project with
 * `?project=<id>`. The province is the user's own; a national administrator chooses one. What is shown lives in the
 * address: `?province=&year=&project=`.
 */
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { useSystemInfo } from '../../auth/queries';
import { todayInVietnam } from '../../layout/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { useProvinces } from '../units/api';
import { ProjectView } from './ProjectView';
import { SummaryView } from './SummaryView';
import '../data-pages.css';
import './investment.css';

/** The provinces the user's grants sit in (the server sends each grant's province). */
function ownProvinces(roles: ReadonlyArray<{ unitCode: string }>): string[] {
  const codes = roles
    .map((g) => (g as { provinceCode?: string }).provinceCode ?? '')
    .filter((code) => /^\d{2}$/.test(code));
  return [...new Set(codes)];
}

export function InvestmentPage() {
  const { t } = useTranslation();
  const title = t('areas.investment.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const info = useSystemInfo();
  const [params, setParams] = useSearchParams();
  const own = ownProvinces(user.roles);
  const national = user.roles.some((g) => g.unitCode === 'VN');
  const asked = params.get('province') ?? '';
  const province =
    /^\d{2}$/.test(asked) && (national || own.includes(asked))
      ? asked
      : (own[0] ?? info.data?.province?.code ?? '04');
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= thisYear + 1 ? rawYear : thisYear;
  const project = params.get('project') ?? '';
  const provinces = useProvinces(today);

  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  const years: number[] = [];
  for (let y = thisYear; y >= thisYear - 4; y--) years.push(y);

  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-investment">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('investment.intro')}</Typography.Paragraph>
      <div className="toolbar">
        {national || own.length > 1 ? (
          <div className="toolbar-field">
            <label htmlFor="investment-province">{t('investment.province')}</label>
            <Select
              id="investment-province"
              value={province}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(code) => update({ province: code, project: null })}
              options={(provinces.data?.items ?? [])
                .filter((p) => national || own.includes(p.code))
                .map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` }))}
              className="toolbar-select province-select"
              data-testid="investment-province"
            />
          </div>
        ) : null}
        <div className="toolbar-field">
          <label htmlFor="investment-year">{t('investment.year')}</label>
          <Select
            id="investment-year"
            value={year}
            onChange={(y) => update({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            className="toolbar-select"
            data-testid="investment-year"
          />
        </div>
      </div>
      {project ? (
        <ProjectView key={project} id={project} year={year} onBack={() => update({ project: null })} />
      ) : (
        <SummaryView provinceCode={province} year={year} onOpenProject={(id) => update({ project: id })} />
      )}
    </div>
  );
}
