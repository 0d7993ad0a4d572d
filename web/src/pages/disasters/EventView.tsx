/**
 * One disaster event: the province total by indicator group (Joint Circular 43/2015 art. 5(1)), each commune's
 * latest report, the total as known at the end of each day, recovery tasks from oversight, exports equal to the
 * tables, and — for a commune's officers — the damage report form.
 */
import { Button, Progress, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableSection } from '../../components/TableSection';
import { useFormat } from '../../i18n/format';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import {
  type EventDetail,
  eventExport,
  type Indicator,
  useDisasterCatalogue,
  useEvent,
  useRecovery,
} from './api';
import { ReportDamageDialog } from './ReportDamageDialog';
import { RecoveryDialog } from './SteeringDialogs';

type Line = EventDetail['lines'][number];
const KEY_FIGURES = ['dead', 'missing', 'injured', 'houses_collapsed', 'houses_damaged', 'houses_flooded'];

export function EventView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const query = useEvent(id);
  const catalogue = useDisasterCatalogue();
  const recovery = useRecovery(id, query.data?.steering ?? false);
  const [reporting, setReporting] = useState<string | null>(null);
  const [raising, setRaising] = useState(false);
  if (query.isPending || catalogue.isPending) return <InlineLoading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (catalogue.isError) return <ProblemAlert error={catalogue.error} />;
  const e = query.data;
  const en = format.language === 'en';
  const indicators = catalogue.data.indicators;
  const byCode = new Map(indicators.map((x) => [x.code, x]));
  const figure = (x: Indicator | undefined, v: number | undefined) =>
    x?.decimals ? format.number(v ?? 0, 1) : format.count(v ?? 0);
  const dong = (s: string) => format.dong(Number(s));
  const name = (l: { name: string; nameEn: string | null }) => (en ? (l.nameEn ?? l.name) : l.name);
  const lang = i18n.language;

  const totalRows = catalogue.data.groups.flatMap((g) =>
    indicators
      .filter((x) => x.group === g.code)
      .map((x, i) => ({ x, group: i === 0 ? `${g.letter}. ${t(`disasters.groups.${g.code}`)}` : '' })),
  );
  const totalColumns: TableColumnsType<(typeof totalRows)[number]> = [
    { key: 'group', title: '', render: (_, r) => r.group },
    { key: 'indicator', title: t('disasters.columns.indicator'), render: (_, r) => (en ? r.x.en : r.x.vi) },
    { key: 'unit', title: t('disasters.columns.unit'), render: (_, r) => r.x.unit[en ? 'en' : 'vi'] },
    {
      key: 'total',
      title: t('disasters.columns.total'),
      align: 'right',
      render: (_, r) => figure(r.x, e.total.values[r.x.code]),
    },
  ];
  const lineColumns: TableColumnsType<Line> = [
    { key: 'name', title: t('disasters.columns.commune'), render: (_, l) => name(l) },
    {
      key: 'revision',
      title: t('disasters.columns.revision'),
      align: 'right',
      render: (_, l) => (l.latest ? format.count(l.latest.revision) : '—'),
    },
    {
      key: 'reportedOn',
      title: t('disasters.columns.reportedOn'),
      render: (_, l) => (l.latest ? format.day(l.latest.reportedOn) : '—'),
    },
    {
      key: 'status',
      title: t('disasters.columns.status'),
      render: (_, l) =>
        !l.latest ? (
          <Tag className="tag-bad">{t('disasters.notReported')}</Tag>
        ) : l.latest.initial ? (
          <Tag className="tag-warn">{t('disasters.initial')}</Tag>
        ) : (
          <Tag className="tag-ok">{t('disasters.firm')}</Tag>
        ),
    },
    ...KEY_FIGURES.map((code) => ({
      key: code,
      title: byCode.get(code)?.[en ? 'en' : 'vi'] ?? code,
      align: 'right' as const,
      render: (_: unknown, l: Line) => figure(byCode.get(code), l.latest?.values[code]),
    })),
    {
      key: 'value',
      title: t('disasters.columns.value'),
      align: 'right',
      render: (_, l) => (l.latest ? dong(l.latest.estimatedValue) : '—'),
    },
    ...(e.reportable.length
      ? [
          {
            key: 'report',
            title: '',
            render: (_: unknown, l: Line) =>
              e.reportable.includes(l.unitCode) ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setReporting(l.unitCode)}
                  data-testid={`disaster-report-${l.unitCode}`}
                >
                  {l.latest
                    ? t('disasters.report.revise', { next: l.latest.revision + 1 })
                    : t('disasters.report.open')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  const dayColumns: TableColumnsType<EventDetail['byDay'][number]> = [
    { key: 'day', title: t('disasters.columns.day'), render: (_, d) => format.day(d.day) },
    {
      key: 'reported',
      title: t('disasters.columns.reported'),
      align: 'right',
      render: (_, d) => format.count(d.communesReported),
    },
    ...KEY_FIGURES.map((code) => ({
      key: code,
      title: byCode.get(code)?.[en ? 'en' : 'vi'] ?? code,
      align: 'right' as const,
      render: (_: unknown, d: EventDetail['byDay'][number]) => figure(byCode.get(code), d.values[code]),
    })),
    {
      key: 'value',
      title: t('disasters.columns.value'),
      align: 'right',
      render: (_, d) => dong(d.estimatedValue),
    },
  ];
  const line = reporting ? e.lines.find((l) => l.unitCode === reporting) : undefined;
  return (
    <>
      <Button onClick={onBack} data-testid="disaster-back">
        {t('disasters.back')}
      </Button>
      <section className="panel" aria-labelledby="disaster-heading" data-testid="disaster-event">
        <h2 id="disaster-heading" className="section-heading-small">
          {e.code} · {e.name}
        </h2>
        <p>
          {e.hazards.map((h) => t(`disasters.hazards.${h}`)).join(', ')} · {format.day(e.startedOn)} –{' '}
          {e.endedOn ? format.day(e.endedOn) : t('disasters.ongoing')} ·{' '}
          {t('disasters.form', { form: e.form })}
        </p>
        {e.summaryDueOn ? (
          <p className="muted">{t('disasters.summaryDue', { day: format.day(e.summaryDueOn) })}</p>
        ) : null}
        {e.description ? <p>{e.description}</p> : null}
        {e.steering ? (
          <nav className="report-exports" aria-label={t('disasters.exports')}>
            <a
              className="link-button"
              href={eventExport(e.id, 'communes', 'xlsx', lang)}
              download
              data-testid="disaster-export-xlsx"
            >
              {t('disasters.exportCommunesXlsx')}
            </a>{' '}
            <a className="link-button" href={eventExport(e.id, 'communes', 'csv', lang)} download>
              {t('disasters.exportCommunesCsv')}
            </a>{' '}
            <a className="link-button" href={eventExport(e.id, 'days', 'xlsx', lang)} download>
              {t('disasters.exportDaysXlsx')}
            </a>
          </nav>
        ) : null}
      </section>
      <TableSection
        id="disaster-communes"
        heading={e.steering ? t('disasters.communesHeading') : t('disasters.mineHeading')}
        rowKey="unitCode"
        columns={lineColumns}
        dataSource={e.lines}
        tableTestId="disaster-lines"
      />
      <TableSection
        id="disaster-total"
        heading={t('disasters.totalHeading')}
        testId="disaster-total"
        note={
          <>
            <p className="muted">
              {t('disasters.totalNote', {
                reported: format.count(e.total.communesReported),
                communes: format.count(e.lines.length),
                initial: format.count(e.total.initialCommunes),
              })}
            </p>
            <dl className="headline-figures">
              <div>
                <dt>{t('disasters.columns.value')}</dt>
                <dd data-testid="disaster-total-value">{dong(e.total.estimatedValue)}</dd>
              </div>
            </dl>
          </>
        }
        rowKey={(r) => r.x.code}
        columns={totalColumns}
        dataSource={totalRows}
      />
      <TableSection
        id="disaster-days"
        heading={t('disasters.daysHeading')}
        rowKey="day"
        columns={dayColumns}
        dataSource={e.byDay}
        tableTestId="disaster-days"
      />
      {e.steering ? <RecoverySection recovery={recovery} onRaise={() => setRaising(true)} /> : null}
      {raising ? (
        <RecoveryDialog eventId={e.id} provinceCode={e.provinceCode} onClose={() => setRaising(false)} />
      ) : null}
      {line ? (
        <ReportDamageDialog
          eventId={e.id}
          line={line}
          startedOn={e.startedOn}
          indicators={indicators}
          groups={catalogue.data.groups}
          onClose={() => setReporting(null)}
        />
      ) : null}
    </>
  );
}

function RecoverySection({
  recovery,
  onRaise,
}: {
  recovery: ReturnType<typeof useRecovery>;
  onRaise: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (recovery.isPending) return <InlineLoading />;
  if (recovery.isError) return <ProblemAlert error={recovery.error} />;
  const tasks = recovery.data.flatMap((d) => d.tasks.map((task) => ({ ...task, number: d.number })));
  const sum = (k: 'tasks' | 'completed' | 'overdue') => recovery.data.reduce((n, d) => n + d.stats[k], 0);
  const columns: TableColumnsType<(typeof tasks)[number]> = [
    { key: 'task', title: t('disasters.columns.task'), render: (_, r) => `${r.code} · ${r.title}` },
    {
      key: 'lead',
      title: t('disasters.columns.lead'),
      render: (_, r) =>
        format.language === 'en' ? (r.leadAgency.nameEn ?? r.leadAgency.name) : r.leadAgency.name,
    },
    { key: 'deadline', title: t('disasters.columns.deadline'), render: (_, r) => format.day(r.deadline) },
    {
      key: 'progress',
      title: t('disasters.columns.progress'),
      render: (_, r) => (
        <Progress percent={r.progressPercent} size="small" aria-label={`${r.progressPercent}%`} />
      ),
    },
    {
      key: 'state',
      title: '',
      render: (_, r) => (
        <Tag
          className={
            r.dueState === 'overdue' ? 'tag-bad' : r.dueState.startsWith('done') ? 'tag-ok' : 'tag-info'
          }
        >
          {t(`disasters.dueStates.${r.dueState}`)}
        </Tag>
      ),
    },
  ];
  return (
    <TableSection
      id="disaster-recovery"
      heading={t('disasters.recoveryHeading')}
      testId="disaster-recovery"
      actions={
        <Button onClick={onRaise} data-testid="recovery-add">
          {t('communesEdit.recovery.add')}
        </Button>
      }
      note={
        <p className="muted">
          {t('disasters.recoveryNote', {
            tasks: format.count(sum('tasks')),
            completed: format.count(sum('completed')),
            overdue: format.count(sum('overdue')),
          })}
        </p>
      }
      rowKey="id"
      columns={columns}
      dataSource={tasks}
    />
  );
}
