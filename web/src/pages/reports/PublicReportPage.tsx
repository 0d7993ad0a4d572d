/**
 * `/public/reports/:unitCode` — the public transparency page of a province (2 digits) or commune (5 digits),
 * open to everyone (issue 7 §3): the figures with numerator and denominator, the monthly trend, the ranking of the
 * province's communes, the published method and the downloads (CSV, Excel, PDF). Aggregates of public bodies only,
 * never a dossier or a person. `?period=` in the address.
 */
import { Alert, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { queryString, usePublicReport } from './api';
import { ExportLinks } from './ExportLinks';
import { FiguresTable } from './FiguresTable';
import { periodFromParams } from './labels';
import { MethodList } from './MethodList';
import { PeriodField } from './PeriodField';
import { TrendCharts } from './TrendCharts';
import { rankCommunes, UnitRanking } from './UnitRanking';
import '../data-pages.css';
import './reports.css';
import { useFormat } from '../../i18n/format';

export function PublicReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { unitCode = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const valid = /^\d{2}$|^\d{5}$/.test(unitCode);
  const period = periodFromParams(params).period ?? '';
  const query = usePublicReport(valid ? unitCode : null, period);
  // Another unit's figures are never shown under this unit's name while its own load.
  const report = { ...query, data: query.data?.unit === unitCode ? query.data : undefined };
  const provinceCode = report.data?.provinceCode ?? (unitCode.length === 2 ? unitCode : null);
  const province = usePublicReport(valid && provinceCode ? provinceCode : null, period);
  const title = report.data
    ? t('reports.public.heading', { unit: report.data.unitName })
    : t('reports.public.title');
  usePageTitle(title);
  const periodQuery = queryString({ period });
  const communes = rankCommunes(province.data?.units ?? []).sort((a, b) =>
    a.unitName.localeCompare(b.unitName, 'vi'),
  );

  return (
    <div className="data-page report-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-public-report">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('reports.public.intro')}</Typography.Paragraph>
      <search className="panel" aria-label={t('reports.dashboard.filters')}>
        <div className="toolbar">
          {province.data ? (
            <div className="toolbar-field">
              <label htmlFor="public-report-unit">{t('reports.public.unit')}</label>
              <Select
                id="public-report-unit"
                className="toolbar-select report-unit-select"
                value={unitCode}
                showSearch
                optionFilterProp="label"
                popupMatchSelectWidth={false}
                onChange={(code: string) => navigate(`/public/reports/${code}?${periodQuery}`)}
                options={[
                  {
                    value: province.data.unit,
                    label: `${province.data.unitName} — ${t('reports.public.province')}`,
                  },
                  {
                    label: t('reports.public.communes'),
                    options: communes.map((u) => ({ value: u.unitCode, label: u.unitName })),
                  },
                ]}
                data-testid="public-report-unit"
              />
            </div>
          ) : null}
          <PeriodField params={params} onChange={(next) => setParams(next)} />
        </div>
        <ExportLinks filter={{ unit: unitCode, period }} publicView />
      </search>
      {!valid ? (
        <Alert
          type="error"
          showIcon
          title={t('reports.public.badUnit')}
          data-testid="public-report-bad-unit"
        />
      ) : report.isError ? (
        <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <InlineLoading />
      ) : (
        <>
          <FiguresTable report={report.data} busy={query.isPlaceholderData} />
          <TrendCharts report={report.data} />
          {province.data ? (
            <UnitRanking
              units={province.data.units}
              period={format.period(province.data.period.label)}
              periodQuery={periodQuery}
              current={unitCode}
            />
          ) : null}
          <MethodList method={report.data.method} />
        </>
      )}
    </div>
  );
}
