/** One resolution at a period: who issued it and for which province, the summary as a report words it, the targets. */
import { Alert, App, Button, Descriptions, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { AchievementChart } from './AchievementChart';
import {
  PERIODS,
  type Period,
  periodQuery,
  type ResolutionDetail,
  useLockPeriod,
  useResolution,
} from './api';
import { useTargetLabels } from './labels';
import { PlanningTools } from './PlanningTools';
import { ReviewQueue } from './ReviewQueue';
import { RulesLegend } from './RulesLegend';
import { TargetsTable } from './TargetsTable';

type Props = {
  id: string;
  year: number | undefined;
  period: Period | undefined;
  onPeriod: (year: number, period: Period) => void;
  onOpenTarget: (id: string) => void;
};

function SummaryLine({ detail }: { detail: ResolutionDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = detail.summary;
  const when = f.yearPart(detail.period, detail.year);
  const final = detail.targets.some((x) => x.parentId === null && x.achievement.role === 'final');
  const text = final
    ? t('targets.summary.final', { when, achieved: s.achieved, main: s.main, notMet: s.states.not_met })
    : t('targets.summary.interim', { when, reached: s.readings.met + s.readings.exceeded, main: s.main });
  const extra = [
    s.states.no_value > 0 ? t('targets.summary.noValue', { count: s.states.no_value }) : '',
    s.states.not_yet_due > 0 && final ? t('targets.summary.notYetDue', { count: s.states.not_yet_due }) : '',
    s.awaitingReview > 0 ? t('targets.summary.awaitingReview', { count: s.awaitingReview }) : '',
  ].filter(Boolean);
  return (
    <Alert
      type={final && s.states.not_met > 0 ? 'warning' : 'info'}
      showIcon
      title={<span data-testid="targets-summary">{text}</span>}
      description={extra.length ? extra.join(' · ') : undefined}
      className="targets-summary"
    />
  );
}

export function ResolutionView({ id, year, period, onPeriod, onOpenTarget }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useTargetLabels();
  const format = useDateFormat();
  const query = useResolution(id, year, period);
  const lock = useLockPeriod(id);
  if (query.isPending) return <InlineLoading />;
  if (query.isError)
    return (
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="resolution-error" />
    );
  const detail = query.data;
  const r = detail.resolution;
  const years: number[] = [];
  for (let y = r.toYear; y >= r.fromYear - 1; y--) years.push(y);
  const reportHref = (format: 'csv' | 'xlsx' | 'pdf') =>
    `${API_BASE}/targets/resolutions/${r.id}/export.${format}${periodQuery(detail.year, detail.period)}`;
  const exportHref = reportHref('csv');

  return (
    <section aria-labelledby="resolution-title" className="panel" data-testid="resolution">
      <h2 id="resolution-title" className="section-heading-small">
        {r.title}
      </h2>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'issuer', label: t('targets.resolution.issuer'), children: r.issuerName },
          { key: 'number', label: t('targets.resolution.number'), children: r.number },
          { key: 'issuedOn', label: t('targets.resolution.issuedOn'), children: format.date(r.issuedOn) },
          { key: 'term', label: t('targets.resolution.term'), children: r.term ?? '—' },
          {
            key: 'province',
            label: t('targets.resolution.province'),
            children: (
              <span data-testid="resolution-province">
                {t('targets.resolution.provinceValue', { name: r.provinceName, code: r.provinceCode })}
              </span>
            ),
          },
          {
            key: 'due',
            label: t('targets.resolution.reportDue'),
            children: t('targets.resolution.reportDueValue', { count: r.reportDueWorkingDays }),
          },
        ]}
      />
      {r.note ? <p className="muted resolution-note">{r.note}</p> : null}
      {detail.permissions.plan ? <PlanningTools detail={detail} /> : null}

      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="targets-year">{t('targets.period.year')}</label>
          <Select
            id="targets-year"
            value={detail.year}
            onChange={(y) => onPeriod(y, detail.period)}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            className="toolbar-select"
            data-testid="targets-year"
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="targets-period">{t('targets.period.label')}</label>
          <Select
            id="targets-period"
            value={detail.period}
            onChange={(p) => onPeriod(detail.year, p)}
            options={[...PERIODS].reverse().map((p) => ({
              value: p,
              label: `${labels.period(p)}${detail.periods.some((x) => x.year === detail.year && x.period === p) ? ' •' : ''}`,
            }))}
            className="toolbar-select"
            data-testid="targets-period"
          />
        </div>
        <a className="link-button" href={exportHref} download data-testid="targets-export">
          {t('targets.export')}
        </a>
        <a className="link-button" href={reportHref('xlsx')} download data-testid="targets-export-xlsx">
          {t('targets.exports.xlsx')}
        </a>
        <a className="link-button" href={reportHref('pdf')} download data-testid="targets-export-pdf">
          {t('targets.exports.pdf')}
        </a>
        {detail.permissions.review ? (
          <Button
            onClick={() =>
              lock.mutate(
                { year: detail.year, period: detail.period },
                {
                  onSuccess: (result) =>
                    void message.success(
                      t('targets.lock.done', { locked: result.locked, waiting: result.waiting }),
                    ),
                },
              )
            }
            loading={lock.isPending}
            data-testid="targets-lock-period"
          >
            {t('targets.lock.button')}
          </Button>
        ) : null}
      </div>
      <p className="muted">{t('targets.period.hint')}</p>
      {lock.isError ? <ProblemAlert error={lock.error} testId="targets-lock-error" /> : null}

      <SummaryLine detail={detail} />
      <AchievementChart detail={detail} />
      <TargetsTable detail={detail} onOpenTarget={onOpenTarget} />
      <RulesLegend />
      {detail.permissions.review ? (
        <ReviewQueue provinceCode={r.provinceCode} onOpenTarget={onOpenTarget} />
      ) : null}
    </section>
  );
}
