/** One target: what it asks, its achievement at each reported period, every revision of its values, and the forms. */
import { App, Button, Descriptions, Drawer, Input, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type TargetDetail, useReviewValue, useTarget, type Value } from './api';
import { STATE_CLASSES, STATUS_CLASSES, useTargetLabels } from './labels';
import { MeasuredCell, MethodText, useMeasuredWhat } from './MeasuredValue';
import { ReportValueForm } from './ReportValueForm';
import { ScrollRegion } from './ScrollRegion';

function ReviewActions({ value, label }: { value: Value; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useReviewValue();
  const [reason, setReason] = useState('');
  const act = (action: 'approve' | 'return' | 'lock') =>
    review.mutate(
      { id: value.id, action, version: value.version, ...(action === 'return' ? { note: reason } : {}) },
      { onSuccess: () => void message.success(t(`targets.review.done.${action}`)) },
    );
  return (
    <div className="review-actions" data-testid="review-actions">
      {review.isError ? <ProblemAlert error={review.error} testId="review-error" /> : null}
      <Space wrap>
        {value.status === 'reported' ? (
          <Button
            type="primary"
            onClick={() => act('approve')}
            loading={review.isPending}
            data-testid="review-approve"
          >
            {t('targets.review.approve')}
          </Button>
        ) : null}
        {value.status === 'approved' ? (
          <Button onClick={() => act('lock')} loading={review.isPending} data-testid="review-lock">
            {t('targets.review.lock')}
          </Button>
        ) : null}
      </Space>
      {value.status === 'reported' || value.status === 'approved' ? (
        <div className="toolbar">
          <div className="toolbar-field toolbar-grow">
            <label htmlFor={`return-${value.id}`}>{t('targets.review.returnReason', { label })}</label>
            <Input
              id={`return-${value.id}`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={2000}
            />
          </div>
          <Button danger disabled={!reason.trim()} onClick={() => act('return')} data-testid="review-return">
            {t('targets.review.return')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function Body({ detail }: { detail: TargetDetail }) {
  const { t } = useTranslation();
  const labels = useTargetLabels();
  const format = useDateFormat();
  const what = useMeasuredWhat();
  const x = detail.target;
  const current = new Set(detail.periods.map((p) => p.current?.id).filter(Boolean));
  const historyColumns: TableColumnsType<Value> = [
    {
      key: 'period',
      title: t('targets.history.period'),
      render: (_, v) => `${labels.period(v.period)} ${v.year}`,
    },
    { key: 'revision', title: t('targets.history.revision'), align: 'right', dataIndex: 'revision' },
    {
      key: 'value',
      title: t('targets.columns.value'),
      align: 'right',
      render: (_, v) => labels.number(v.value),
    },
    {
      key: 'status',
      title: t('targets.history.status'),
      render: (_, v) => (
        <>
          <Tag className={STATUS_CLASSES[v.status]}>{t(`targets.valueStatus.${v.status}`)}</Tag>
          {!current.has(v.id) ? <div className="cell-note">{t('targets.history.replaced')}</div> : null}
        </>
      ),
    },
    {
      key: 'source',
      title: t('targets.history.source'),
      render: (_, v) => (
        <>
          {v.source}
          {v.note ? <div className="cell-note">{v.note}</div> : null}
          {v.correctionReason ? (
            <div className="cell-note">{t('targets.history.correction', { reason: v.correctionReason })}</div>
          ) : null}
          {v.reviewNote ? (
            <div className="cell-note">{t('targets.history.returned', { reason: v.reviewNote })}</div>
          ) : null}
        </>
      ),
    },
    {
      key: 'who',
      title: t('targets.history.reportedBy'),
      render: (_, v) => (
        <>
          {v.reportedBy}, {format.dateTime(v.reportedAt)}
          {v.reviewedBy ? (
            <div className="cell-note">{t('targets.history.reviewedBy', { who: v.reviewedBy })}</div>
          ) : null}
        </>
      ),
    },
  ];
  const reviewable = detail.permissions.review
    ? detail.periods
        .map((p) => p.current)
        .filter((v): v is Value => v !== null && (v.status === 'reported' || v.status === 'approved'))
    : [];
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'plan', label: t('targets.columns.plan'), children: `${labels.plan(x)} ${x.unitOfMeasure}` },
          { key: 'kind', label: t('targets.drawer.kind'), children: t(`targets.rules.text.${x.kind}`) },
          { key: 'due', label: t('targets.drawer.dueYear'), children: x.dueYear },
          {
            key: 'scope',
            label: t('targets.drawer.scope'),
            children: x.scopeLabel ?? x.units.map((u) => u.name).join(', '),
          },
          { key: 'agency', label: t('targets.drawer.responsible'), children: x.responsibleAgencyName },
          ...(x.measuredBy
            ? [
                { key: 'measured', label: t('targets.measured.tag'), children: what(x) },
                { key: 'method', label: t('targets.measured.method'), children: <MethodText target={x} /> },
              ]
            : []),
          ...(x.note ? [{ key: 'note', label: t('targets.drawer.note'), children: x.note }] : []),
          ...(detail.parent
            ? [
                {
                  key: 'parent',
                  label: t('targets.drawer.parent'),
                  children: `${detail.parent.label}. ${detail.parent.indicator}`,
                },
              ]
            : []),
        ]}
      />
      <h3 className="drawer-heading">{t('targets.drawer.periods')}</h3>
      {x.measuredBy ? (
        <ul className="period-list" data-testid="target-measured-periods">
          {detail.periods.map((p) => (
            <li key={`${p.year}-${p.period}`}>
              <strong>{`${labels.period(p.period)} ${p.year}`}</strong>
              {p.achievement.state ? (
                <Tag className={`${STATE_CLASSES[p.achievement.state]} period-tag`}>
                  {t(`targets.states.${p.achievement.state}`)}
                </Tag>
              ) : null}
              <div>
                <MeasuredCell
                  label={`${x.label}-${p.year}-${p.period}`}
                  measured={p.measured}
                  measuredBy={x.measuredBy}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : detail.periods.length === 0 ? (
        <p className="muted" data-testid="target-no-values">
          {t('targets.drawer.noValues')}
        </p>
      ) : (
        <ul className="period-list">
          {detail.periods.map((p) => (
            <li key={`${p.year}-${p.period}`}>
              <strong>{`${labels.period(p.period)} ${p.year}`}</strong>: {labels.number(p.current?.value)}{' '}
              {x.unitOfMeasure}
              {p.achievement.state ? (
                <Tag className={`${STATE_CLASSES[p.achievement.state]} period-tag`}>
                  {t(`targets.states.${p.achievement.state}`)}
                </Tag>
              ) : null}
              {p.achievement.percentOfPlan !== null
                ? ` ${t('targets.drawer.ofPlan', { percent: labels.percent(p.achievement.percentOfPlan) })}`
                : ''}
            </li>
          ))}
        </ul>
      )}
      {reviewable.map((v) => (
        <section
          key={v.id}
          aria-label={t('targets.review.heading', { period: `${labels.period(v.period)} ${v.year}` })}
          className="panel"
        >
          <h3 className="drawer-heading">
            {t('targets.review.heading', { period: `${labels.period(v.period)} ${v.year}` })}
          </h3>
          <ReviewActions value={v} label={`${labels.period(v.period)} ${v.year}`} />
        </section>
      ))}
      {detail.permissions.report ? <ReportValueForm detail={detail} /> : null}
      <h3 className="drawer-heading">{t('targets.history.heading')}</h3>
      {x.measuredBy ? (
        <p className="muted" data-testid="target-no-typing">
          {t('targets.measured.noHistory')}
        </p>
      ) : null}
      <ScrollRegion label={t('targets.history.heading')}>
        <Table<Value>
          className="data-table"
          rowKey="id"
          size="small"
          columns={historyColumns}
          dataSource={detail.history}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          caption={<span className="visually-hidden">{t('targets.history.heading')}</span>}
          data-testid="target-history"
        />
      </ScrollRegion>
    </>
  );
}

export function TargetDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const query = useTarget(id);
  const x = query.data?.target;
  const name = x
    ? `${x.label}. ${i18n.resolvedLanguage === 'en' && x.indicatorEn ? x.indicatorEn : x.indicator}`
    : '';
  return (
    <Drawer
      open
      onClose={onClose}
      title={x ? name : t('targets.drawer.loading')}
      size={wide ? 720 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="target-drawer"
    >
      {query.data ? (
        <Body detail={query.data} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="target-error" />
      ) : (
        <InlineLoading />
      )}
    </Drawer>
  );
}
