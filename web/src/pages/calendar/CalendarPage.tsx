/**
 * `/calendar`: the working-day calendar, open to every signed-in user — a year's days off and make-up Saturdays
 * (national, or a province's with its own days off) with their names and notice numbers, a due-date
 * calculator, and for system administrators the forms that change the calendar. What is shown lives in the
 * address: `?year=2025&scope=04` (`scope=VN` for the national calendar).
 */
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { todayInVietnam } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { calendarPermissions, homeProvince, NATIONAL, useCalendarYear, useProvinceOptions } from './api';
import { DueDateCalculator } from './DueDateCalculator';
import { LocalDayForm } from './LocalDayForm';
import { NationalYearDrawer } from './NationalYearDrawer';
import { WorkingHoursForm } from './WorkingHoursForm';
import { YearDays } from './YearDays';
import '../data-pages.css';
import './calendar.css';

const FIRST_YEAR = 1900;
const LAST_YEAR = 2150;

function readYear(value: string | null, fallback: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : fallback;
}

export function CalendarPage() {
  const { t } = useTranslation();
  const title = t('areas.calendar.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const year = readYear(params.get('year'), thisYear);
  const rawScope = params.get('scope');
  const scope = rawScope === NATIONAL || /^\d{2}$/.test(rawScope ?? '') ? rawScope! : homeProvince(user);
  const province = scope === NATIONAL ? null : scope;
  const calendar = useCalendarYear(year, province);
  const provinces = useProvinceOptions();
  const may = calendarPermissions(user);
  const mayChangeProvince = province !== null && (may.national || may.provinces.has(province));

  const update = (changes: Record<string, string>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) next.set(key, value);
      return next;
    });

  const years = new Set<number>([year]);
  for (let y = 2024; y <= thisYear + 3; y++) years.add(y);
  const yearOptions = [...years].sort((a, b) => a - b).map((y) => ({ value: y, label: String(y) }));
  const scopeOptions = [
    { value: NATIONAL, label: t('calendar.national') },
    ...(provinces.data ?? []).map((p) => ({
      value: p.code,
      label: t('calendar.provinceOption', { code: p.code, name: p.name }),
    })),
  ];

  return (
    <div className="data-page calendar-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-calendar">
          {title}
        </Typography.Title>
        {may.national && province === null ? <NationalYearDrawer year={year} view={calendar.data} /> : null}
      </div>
      <Typography.Paragraph className="page-intro">{t('calendar.intro')}</Typography.Paragraph>

      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="calendar-year">{t('calendar.year')}</label>
          <Select<number>
            id="calendar-year"
            value={year}
            options={yearOptions}
            onChange={(value) => update({ year: String(value) })}
            className="calendar-year-select"
            data-testid="calendar-year"
          />
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="calendar-scope">{t('calendar.scope')}</label>
          <Select<string>
            id="calendar-scope"
            value={scope}
            options={scopeOptions}
            showSearch={{ optionFilterProp: 'label' }}
            loading={provinces.isPending}
            onChange={(value) => update({ scope: value })}
            className="full-width"
            data-testid="calendar-scope"
          />
        </div>
      </div>

      {calendar.isPending ? (
        <InlineLoading label={t('calendar.loading')} />
      ) : calendar.isError ? (
        <ProblemAlert
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
          testId="calendar-error"
        />
      ) : (
        <YearDays view={calendar.data} removable={mayChangeProvince ? province : null} />
      )}

      <DueDateCalculator province={province} />

      {mayChangeProvince && province ? (
        <>
          <LocalDayForm province={province} />
          {calendar.data ? (
            <WorkingHoursForm
              key={`${province}-${calendar.data.revision}`}
              province={province}
              hours={calendar.data.workingHours}
            />
          ) : null}
        </>
      ) : may.national || may.provinces.size > 0 ? (
        <p className="list-status" data-testid="calendar-choose-province">
          {t('calendar.local.chooseProvince')}
        </p>
      ) : null}
    </div>
  );
}
