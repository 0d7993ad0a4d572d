/**
 * `/dashboard/service-performance` — the leaders' dashboard (issue 7 §3): filters (unit, period, agency,
 * procedure, field, channel), the figures with numerator and denominator, the drill-down province → commune or
 * department → procedure → dossier list, the monthly trend, the Decision 766 scorecard and the exports. Every
 * choice lives in the address, so a drill-down step can be linked, reloaded and gone back from.
 */
import { Alert, Button, Select, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { RoleGrant } from '../../api/types';
import { useCurrentUser } from '../../auth/current-user';
import { useSystemInfo } from '../../auth/queries';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  CHANNELS,
  type ReportFilter,
  UNIT_LEVELS,
  type UnitLevel,
  useProcedureRows,
  useServiceReport,
} from './api';
import { BreakdownTable } from './BreakdownTable';
import { DrillList } from './DrillList';
import { ExportLinks } from './ExportLinks';
import { FiguresTable } from './FiguresTable';
import { periodFromParams } from './labels';
import { MethodList } from './MethodList';
import { PeriodField } from './PeriodField';
import { ScorecardPanel } from './ScorecardPanel';
import { TrendCharts } from './TrendCharts';
import '../data-pages.css';
import './reports.css';

const READER_ROLES = ['provincial_leader', 'unit_leader', 'system_admin'];
const FILTER_KEYS = ['agencyId', 'procedureCode', 'field', 'channel'] as const;

/** The unit the reader answers for: their first reader grant (a province or a commune). */
function homeGrant(grants: RoleGrant[]): RoleGrant | null {
  return grants.find((g) => READER_ROLES.includes(g.role) && /^\d{2}$|^\d{5}$/.test(g.unitCode)) ?? null;
}

export function ServicePerformancePage() {
  const { t } = useTranslation();
  const title = t('areas.servicePerformance.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const info = useSystemInfo();
  const [params, setParams] = useSearchParams();
  const grant = homeGrant(user.roles);
  const home = grant?.unitCode ?? info.data?.province?.code ?? '';
  const homeName = grant?.unitName ?? info.data?.province?.name ?? home;
  const unit = /^\d{2}$|^\d{5}$/.test(params.get('unit') ?? '') ? (params.get('unit') as string) : home;
  const value = (key: string) => params.get(key) || undefined;
  // A level (issue 24 §1) is asked of a province only.
  const rawLevel = params.get('level') ?? '';
  const level =
    unit.length === 2 && (UNIT_LEVELS as readonly string[]).includes(rawLevel)
      ? (rawLevel as UnitLevel)
      : undefined;
  const filter: ReportFilter | null = unit
    ? {
        unit,
        level,
        ...periodFromParams(params),
        agencyId: value('agencyId'),
        procedureCode: value('procedureCode'),
        field: value('field'),
        channel: value('channel'),
      }
    : null;
  const measure = value('measure') ?? null;
  const report = useServiceReport(filter);
  const wholeMonths = report.data?.period.wholeMonths ?? true;
  const procedures = useProcedureRows(
    filter && wholeMonths ? { ...filter, procedureCode: undefined, field: undefined } : null,
  );
  const drillHeading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (measure) drillHeading.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [measure]);

  const update = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('measure' in changes)) next.delete('measure');
    setParams(next);
  };

  const data = report.data;
  const procedureRows = (procedures.data?.items ?? []).filter(
    (p) =>
      (!filter?.field || p.field === filter.field) &&
      (!filter?.procedureCode || p.procedureCode === filter.procedureCode),
  );
  const fields = [...new Set((procedures.data?.items ?? []).map((p) => p.field))].sort((a, b) =>
    a.localeCompare(b, 'vi'),
  );
  const procedureName = (code: string) =>
    procedures.data?.items.find((p) => p.procedureCode === code)?.procedureName ?? code;
  const agencyName = (id: string) => data?.agencyRows.find((a) => a.agencyId === id)?.agencyName ?? id;
  const indicatorName = (m: string) => {
    const key = data?.indicators.find((i) => i.drill === m)?.key ?? m;
    return t(`reports.figures.keys.${key}`, { defaultValue: key });
  };
  const communeOptions = data?.level === 'province' ? data.units.filter((u) => u.level === 'commune') : [];
  const levelName = (key: UnitLevel) => t(`reports.levels.${key}`);

  if (!grant && !info.data?.province)
    return <Alert type="error" showIcon title={t('reports.dashboard.noRights')} />;

  const trail: Array<{ key: string; label: string; onClick?: () => void }> = [
    {
      key: 'home',
      label: homeName,
      onClick: () => update({ unit: null, agencyId: null, procedureCode: null, field: null }),
    },
  ];
  if (level)
    trail.push({
      key: 'level',
      label: levelName(level),
      onClick: () => update({ agencyId: null, procedureCode: null, field: null }),
    });
  if (unit !== home)
    trail.push({
      key: 'unit',
      label: data?.unit === unit ? data.unitName : unit,
      onClick: () => update({ agencyId: null, procedureCode: null, field: null }),
    });
  if (filter?.agencyId)
    trail.push({
      key: 'agency',
      label: agencyName(filter.agencyId),
      onClick: () => update({ procedureCode: null }),
    });
  if (filter?.procedureCode)
    trail.push({ key: 'procedure', label: procedureName(filter.procedureCode), onClick: () => update({}) });
  if (measure) trail.push({ key: 'measure', label: indicatorName(measure) });
  const last = trail.length - 1;

  return (
    <div className="data-page report-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-service-performance">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('reports.dashboard.intro')}</Typography.Paragraph>
      <search className="panel" aria-label={t('reports.dashboard.filters')}>
        <div className="toolbar">
          {communeOptions.length > 0 || unit !== home ? (
            <div className="toolbar-field">
              <label htmlFor="report-unit">{t('reports.public.unit')}</label>
              <Select
                id="report-unit"
                className="toolbar-select report-unit-select"
                value={unit}
                showSearch
                optionFilterProp="label"
                popupMatchSelectWidth={false}
                onChange={(code: string) =>
                  update({
                    unit: code === home ? null : code,
                    level: code.length === 2 ? (level ?? null) : null,
                    agencyId: null,
                    procedureCode: null,
                  })
                }
                options={[
                  { value: home, label: homeName },
                  ...(unit !== home && data?.unit === unit ? [{ value: unit, label: data.unitName }] : []),
                  ...communeOptions.map((u) => ({ value: u.unitCode, label: u.unitName })),
                ]}
                data-testid="report-unit"
              />
            </div>
          ) : null}
          {data && data.levels.length > 0 ? (
            <div className="toolbar-field">
              <label htmlFor="report-level">{t('reports.levels.label')}</label>
              <Select
                id="report-level"
                className="toolbar-select"
                value={level ?? ''}
                popupMatchSelectWidth={false}
                onChange={(key: string) => update({ level: key, agencyId: null, procedureCode: null })}
                options={[
                  { value: '', label: t('reports.levels.whole') },
                  ...data.levels.map((l) => ({
                    value: l.key,
                    label: t('reports.levels.option', { name: levelName(l.key), count: l.units }),
                  })),
                ]}
                data-testid="report-level"
              />
            </div>
          ) : null}
          <PeriodField params={params} onChange={(next) => setParams(next)} allowCustom />
          {data && data.agencyRows.length > 1 ? (
            <div className="toolbar-field">
              <label htmlFor="report-agency">{t('reports.dashboard.agency')}</label>
              <Select
                id="report-agency"
                className="toolbar-select"
                value={filter?.agencyId ?? ''}
                showSearch
                optionFilterProp="label"
                popupMatchSelectWidth={false}
                onChange={(id: string) => update({ agencyId: id })}
                options={[
                  { value: '', label: t('reports.dashboard.allAgencies') },
                  ...data.agencyRows.map((a) => ({ value: a.agencyId, label: a.agencyName })),
                ]}
              />
            </div>
          ) : null}
          <div className="toolbar-field">
            <label htmlFor="report-procedure">{t('reports.dashboard.procedure')}</label>
            <Select
              id="report-procedure"
              className="toolbar-select report-procedure-select"
              value={filter?.procedureCode ?? ''}
              showSearch
              optionFilterProp="label"
              popupMatchSelectWidth={false}
              onChange={(code: string) => update({ procedureCode: code })}
              options={[
                { value: '', label: t('reports.dashboard.allProcedures') },
                ...(procedures.data?.items ?? []).map((p) => ({
                  value: p.procedureCode,
                  label: `${p.procedureName} (${p.procedureCode})`,
                })),
              ]}
            />
          </div>
          <div className="toolbar-field">
            <label htmlFor="report-field">{t('reports.dashboard.field')}</label>
            <Select
              id="report-field"
              className="toolbar-select"
              value={filter?.field ?? ''}
              showSearch
              popupMatchSelectWidth={false}
              onChange={(field: string) => update({ field, procedureCode: null })}
              options={[
                { value: '', label: t('reports.dashboard.allFields') },
                ...fields.map((f) => ({ value: f, label: f })),
              ]}
            />
          </div>
          <div className="toolbar-field">
            <label htmlFor="report-channel">{t('reports.dashboard.channel')}</label>
            <Select
              id="report-channel"
              className="toolbar-select"
              value={filter?.channel ?? ''}
              onChange={(channel: string) => update({ channel })}
              options={[
                { value: '', label: t('reports.dashboard.allChannels') },
                ...CHANNELS.map((c) => ({ value: c, label: t(`reports.drill.channels.${c}`) })),
              ]}
            />
          </div>
          {FILTER_KEYS.some((k) => filter?.[k]) ? (
            <Button onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}>
              {t('reports.dashboard.reset')}
            </Button>
          ) : null}
        </div>
        {filter ? <ExportLinks filter={filter} /> : null}
      </search>
      <nav aria-label={t('reports.dashboard.trail')} data-testid="report-trail">
        <ol className="report-trail">
          {trail.map((step, i) =>
            i === last || !step.onClick ? (
              <li key={step.key} aria-current="page">
                {step.label}
              </li>
            ) : (
              <li key={step.key}>
                <Button type="link" className="report-drill-link" onClick={step.onClick}>
                  {step.label}
                </Button>
              </li>
            ),
          )}
        </ol>
      </nav>
      {report.isError ? (
        <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !data || !filter ? (
        <InlineLoading />
      ) : (
        <>
          {measure ? (
            <div ref={drillHeading}>
              <DrillList
                key={JSON.stringify([filter, measure])}
                filter={filter}
                measure={measure}
                name={indicatorName(measure)}
                onClose={() => update({ measure: null })}
              />
            </div>
          ) : null}
          <FiguresTable
            report={data}
            busy={report.isPlaceholderData}
            onDrill={(indicator) => indicator.drill && update({ measure: indicator.drill })}
          />
          {data.level === 'province' && !filter.agencyId && communeOptions.length > 0 ? (
            <BreakdownTable
              id="breakdown-units"
              heading={
                data.scopeLevel
                  ? t('reports.levels.units', { level: levelName(data.scopeLevel.key) })
                  : t('reports.dashboard.units')
              }
              note={data.scopeLevel ? t('reports.levels.unitsNote') : undefined}
              rows={communeOptions}
              rowKey={(r) => r.unitCode}
              name={(r) => r.unitName}
              openLabel={(r) => t('reports.dashboard.openUnit', { name: r.unitName })}
              onOpen={(r) => update({ unit: r.unitCode, level: null, agencyId: null, procedureCode: null })}
            />
          ) : null}
          {!filter.agencyId && data.agencyRows.filter((a) => a.unitCode === data.unit).length > 0 ? (
            <BreakdownTable
              id="breakdown-agencies"
              heading={t('reports.dashboard.agencies')}
              rows={data.agencyRows.filter((a) => a.unitCode === data.unit)}
              rowKey={(r) => r.agencyId}
              name={(r) => r.agencyName}
              openLabel={(r) => t('reports.dashboard.openAgency', { name: r.agencyName })}
              onOpen={(r) => update({ agencyId: r.agencyId })}
            />
          ) : null}
          {!wholeMonths ? (
            <p className="report-note">{t('reports.dashboard.proceduresPartial')}</p>
          ) : procedures.isError ? (
            <ProblemAlert error={procedures.error} onRetry={() => void procedures.refetch()} />
          ) : procedures.isPlaceholderData ? (
            <InlineLoading />
          ) : procedureRows.length > 0 ? (
            <BreakdownTable
              id="breakdown-procedures"
              heading={t('reports.dashboard.procedures')}
              note={t('reports.dashboard.proceduresNote')}
              rows={procedureRows}
              rowKey={(r) => r.procedureCode}
              name={(r) => r.procedureName}
              openLabel={(r) => t('reports.dashboard.openProcedure', { name: r.procedureName })}
              onOpen={(r) => update({ procedureCode: r.procedureCode })}
            />
          ) : null}
          <TrendCharts report={data} />
          <ScorecardPanel filter={filter} />
          <MethodList method={data.method} />
        </>
      )}
    </div>
  );
}
