/** The targets of a resolution at a period: plan, value, percent of plan, the year before, and the verdict. */
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolutionDetail, TargetAtPeriod } from './api';
import { STATE_CLASSES, STATUS_CLASSES, useTargetLabels } from './labels';
import { MeasuredCell, useMeasuredWhat } from './MeasuredValue';
import { ScrollRegion } from './ScrollRegion';

export function TargetsTable({
  detail,
  onOpenTarget,
}: {
  detail: ResolutionDetail;
  onOpenTarget: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = useTargetLabels();
  const english = i18n.resolvedLanguage === 'en';
  const what = useMeasuredWhat();

  const columns: TableColumnsType<TargetAtPeriod> = [
    {
      key: 'label',
      title: t('targets.columns.label'),
      render: (_, x) => <span className={x.parentId ? 'sub-target-label' : undefined}>{x.label}</span>,
    },
    {
      key: 'indicator',
      title: t('targets.columns.indicator'),
      render: (_, x) => (
        <div className={x.parentId ? 'sub-target' : undefined}>
          {english && x.indicatorEn ? x.indicatorEn : x.indicator}
          <div className="cell-note">
            {x.unitOfMeasure}
            {x.scopeLabel ? ` · ${x.scopeLabel}` : ''}
            {` · ${x.responsibleAgencyName}`}
          </div>
          {x.measuredBy ? <div className="cell-note">{what(x)}</div> : null}
        </div>
      ),
    },
    {
      key: 'plan',
      title: t('targets.columns.plan'),
      render: (_, x) => <span className="nowrap">{labels.plan(x)}</span>,
    },
    {
      key: 'value',
      title: t('targets.columns.value'),
      align: 'right',
      render: (_, x) =>
        x.measuredBy ? (
          <MeasuredCell label={x.label} measured={x.measured} measuredBy={x.measuredBy} />
        ) : x.current ? (
          <>
            <span data-testid={`target-value-${x.label}`}>{labels.number(x.current.value)}</span>
            <div>
              <Tag className={`${STATUS_CLASSES[x.current.status]} wrap-tag`}>
                {t(`targets.valueStatus.${x.current.status}`)}
              </Tag>
            </div>
          </>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'percent',
      title: t('targets.columns.percent'),
      align: 'right',
      render: (_, x) => labels.percent(x.achievement.percentOfPlan),
    },
    {
      key: 'previous',
      title: t('targets.columns.previous'),
      align: 'right',
      render: (_, x) =>
        x.previous === null ? (
          ''
        ) : (
          <>
            {labels.number(x.previous)}
            {x.achievement.trend ? (
              <div className="cell-note">
                {t(
                  x.achievement.trend.improved === null
                    ? 'targets.trend.changed'
                    : x.achievement.trend.improved
                      ? 'targets.trend.better'
                      : 'targets.trend.worse',
                  { change: labels.number(x.achievement.trend.change) },
                )}
              </div>
            ) : null}
          </>
        ),
    },
    {
      key: 'state',
      title: t('targets.columns.state'),
      render: (_, x) => (
        <>
          {x.achievement.state ? (
            <Tag
              className={`${STATE_CLASSES[x.achievement.state]} wrap-tag`}
              data-testid={`target-state-${x.label}`}
            >
              {t(`targets.states.${x.achievement.state}`)}
            </Tag>
          ) : null}
          {x.achievement.state === 'not_yet_due' && x.achievement.reading ? (
            <div className="cell-note">
              {t('targets.reading', { verdict: t(`targets.readings.${x.achievement.reading}`) })}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'actions',
      title: <span className="visually-hidden">{t('targets.columns.actions')}</span>,
      render: (_, x) => (
        <Button
          size="small"
          type={x.mayReport && !x.current ? 'primary' : 'default'}
          onClick={() => onOpenTarget(x.id)}
          aria-label={t(x.mayReport ? 'targets.openReport' : 'targets.open', { label: x.label })}
          data-testid={`target-open-${x.label}`}
        >
          {x.mayReport ? t('targets.report') : t('targets.details')}
        </Button>
      ),
    },
  ];

  return (
    <ScrollRegion label={t('targets.tableCaption')}>
      <Table<TargetAtPeriod>
        className="data-table targets-table"
        rowKey="id"
        columns={columns}
        dataSource={detail.targets}
        pagination={false}
        size="small"
        caption={<span className="visually-hidden">{t('targets.tableCaption')}</span>}
        data-testid="targets-table"
      />
    </ScrollRegion>
  );
}
