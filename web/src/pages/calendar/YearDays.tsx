/** A year of the calendar: its days off, make-up working days and notices, and the working hours. */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Empty, Table, type TableColumnsType, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type DayOffView, type MakeUpView, type NoticeView, useRemoveLocalDay, type YearView } from './api';
import { useCalendarFormat } from './format';

type Props = {
  view: YearView;
  /** The province whose own days off the user may remove, if any. */
  removable: string | null;
};

/** A table that may be wider than a phone scrolls inside this box, which the keyboard can reach (WCAG 2.1.1). */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="calendar-table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

function Basis({ notice, source }: { notice: string | null; source: string }) {
  return (
    <>
      {notice ? <strong className="code">{notice}</strong> : null}
      <div className="cell-note calendar-source">{source}</div>
    </>
  );
}

export function YearDays({ view, removable }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useCalendarFormat();
  const remove = useRemoveLocalDay(removable ?? '');
  const year = view.year;

  const dayColumn = {
    key: 'date',
    title: t('calendar.columns.date'),
    render: (_: unknown, d: { date: string }) => <span className="calendar-date">{format.day(d.date)}</span>,
  };
  const offColumns: TableColumnsType<DayOffView> = [
    dayColumn,
    { key: 'name', title: t('calendar.columns.name'), dataIndex: 'name' },
    {
      key: 'source',
      title: t('calendar.columns.source'),
      render: (_, d) => <Basis notice={d.notice} source={d.source} />,
    },
    {
      key: 'status',
      title: t('calendar.columns.status'),
      render: (_, d) => (
        <span className="tag-list">
          <Tag color={d.kind === 'local' ? 'purple' : d.kind === 'holiday' ? 'red' : 'geekblue'}>
            {t(`calendar.kind.${d.kind}`)}
          </Tag>
          {d.provisional ? (
            <Tag className="calendar-tag-warn" data-testid={`provisional-${d.date}`}>
              {t('calendar.provisional')}
            </Tag>
          ) : null}
          {d.onRestDay ? <Tag>{t('calendar.onRestDay')}</Tag> : null}
          {removable && d.kind === 'local' ? (
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('calendar.local.removeLabel', { date: format.day(d.date) })}
              loading={remove.isPending && remove.variables === d.date}
              onClick={() =>
                remove.mutate(d.date, {
                  onSuccess: () =>
                    void message.success(t('calendar.local.removed', { date: format.day(d.date) })),
                })
              }
              data-testid={`remove-local-${d.date}`}
            >
              {t('calendar.local.remove')}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];
  const makeUpColumns: TableColumnsType<MakeUpView> = [
    dayColumn,
    { key: 'name', title: t('calendar.columns.name'), dataIndex: 'name' },
    {
      key: 'source',
      title: t('calendar.columns.source'),
      render: (_, d) => (
        <>
          <Basis notice={d.notice} source={d.source} />
          {d.provisional ? <Tag className="calendar-tag-warn">{t('calendar.provisional')}</Tag> : null}
        </>
      ),
    },
  ];
  const noticeColumns: TableColumnsType<NoticeView> = [
    {
      key: 'number',
      title: t('calendar.columns.number'),
      render: (_, n) => (
        <>
          <strong className="code">{n.number ?? t('calendar.notices.unnumbered')}</strong>
          {n.issued ? (
            <div className="cell-note">{t('calendar.notices.issued', { date: format.day(n.issued) })}</div>
          ) : null}
        </>
      ),
    },
    { key: 'issuer', title: t('calendar.columns.issuer'), dataIndex: 'issuer' },
    {
      key: 'covers',
      title: t('calendar.columns.covers'),
      render: (_, n) => (
        <>
          {n.covers}
          <div className="cell-note">{t('calendar.notices.confidence', { value: n.confidence })}</div>
        </>
      ),
    },
  ];
  const hours = view.workingHours;

  return (
    <section aria-labelledby="calendar-days-heading" className="panel" data-testid="calendar-year-view">
      <h2 id="calendar-days-heading" className="section-heading-small">
        {t('calendar.daysOff.heading', { year })}
      </h2>
      <p className="calendar-basis">
        <Tag
          className={`wrap-tag ${view.basis === 'notice' ? 'calendar-tag-ok' : 'calendar-tag-warn'}`}
          data-testid="calendar-basis"
        >
          {t(`calendar.basis.${view.basis}`)}
        </Tag>
        <span className="muted">{t('calendar.daysOff.count', { count: view.summary.daysOff.length })}</span>
      </p>
      {remove.isError ? <ProblemAlert error={remove.error} testId="calendar-remove-error" /> : null}
      <ScrollRegion label={t('calendar.daysOff.caption', { year })}>
        <Table<DayOffView>
          className="data-table"
          size="small"
          rowKey="date"
          columns={offColumns}
          dataSource={view.daysOff}
          caption={<span className="visually-hidden">{t('calendar.daysOff.caption', { year })}</span>}
          pagination={false}
          locale={{ emptyText: <Empty description={t('calendar.daysOff.empty')} /> }}
          data-testid="calendar-days-off"
        />
      </ScrollRegion>
      <h3 className="drawer-subheading">{t('calendar.makeUp.heading')}</h3>
      <ScrollRegion label={t('calendar.makeUp.caption', { year })}>
        <Table<MakeUpView>
          className="data-table"
          size="small"
          rowKey="date"
          columns={makeUpColumns}
          dataSource={view.makeUpWorkdays}
          caption={<span className="visually-hidden">{t('calendar.makeUp.caption', { year })}</span>}
          pagination={false}
          locale={{ emptyText: <Empty description={t('calendar.makeUp.empty')} /> }}
          data-testid="calendar-make-up"
        />
      </ScrollRegion>
      <h3 className="drawer-subheading">{t('calendar.notices.heading')}</h3>
      <ScrollRegion label={t('calendar.notices.caption', { year })}>
        <Table<NoticeView>
          className="data-table"
          size="small"
          rowKey={(n) => `${n.number ?? ''}|${n.covers}`}
          columns={noticeColumns}
          dataSource={view.notices}
          caption={<span className="visually-hidden">{t('calendar.notices.caption', { year })}</span>}
          pagination={false}
          locale={{ emptyText: <Empty description={t('calendar.notices.empty')} /> }}
          data-testid="calendar-notices"
        />
      </ScrollRegion>
      <h3 className="drawer-subheading">{t('calendar.hours.heading')}</h3>
      <p data-testid="calendar-hours">
        {t('calendar.hours.summary', {
          periods: hours.periods.map((p) => `${p.start}–${p.end}`).join(', '),
          cutoff: hours.paperCutoff,
        })}{' '}
        <Tag>{hours.custom ? t('calendar.hours.custom') : t('calendar.hours.standard')}</Tag>
      </p>
    </section>
  );
}
