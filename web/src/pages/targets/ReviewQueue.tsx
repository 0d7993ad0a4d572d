/** The planning office's queue: values reported (or returned) and not yet approved, oldest first. */
import { App, Button, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ReviewItem, useReviewQueue, useReviewValue } from './api';
import { STATUS_CLASSES, useTargetLabels } from './labels';
import { ScrollRegion } from './ScrollRegion';

export function ReviewQueue({
  provinceCode,
  onOpenTarget,
}: {
  provinceCode: string;
  onOpenTarget: (id: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const labels = useTargetLabels();
  const format = useDateFormat();
  const queue = useReviewQueue(provinceCode, true);
  const review = useReviewValue();

  const columns: TableColumnsType<ReviewItem> = [
    {
      key: 'target',
      title: t('targets.columns.indicator'),
      render: (_, x) => (
        <>
          {x.targetLabel}. {x.indicator}
          <div className="cell-note">
            {x.resolutionNumber} · {x.responsibleAgencyName}
          </div>
        </>
      ),
    },
    {
      key: 'period',
      title: t('targets.history.period'),
      render: (_, x) => f.yearPart(x.period, x.year),
    },
    {
      key: 'value',
      title: t('targets.columns.value'),
      align: 'right',
      render: (_, x) => `${labels.number(x.value)} ${x.unitOfMeasure}`,
    },
    {
      key: 'status',
      title: t('targets.history.status'),
      render: (_, x) => (
        <Tag className={STATUS_CLASSES[x.status]}>{t(`targets.valueStatus.${x.status}`)}</Tag>
      ),
    },
    {
      key: 'by',
      title: t('targets.history.reportedBy'),
      render: (_, x) => `${x.reportedBy}, ${format.dateTime(x.reportedAt)}`,
    },
    {
      key: 'actions',
      title: <span className="visually-hidden">{t('targets.columns.actions')}</span>,
      render: (_, x) => (
        <span className="button-row">
          {x.status === 'reported' ? (
            <Button
              size="small"
              type="primary"
              loading={review.isPending && review.variables?.id === x.id}
              onClick={() =>
                review.mutate(
                  { id: x.id, action: 'approve', version: x.version },
                  { onSuccess: () => void message.success(t('targets.review.approved')) },
                )
              }
              aria-label={t('targets.review.approveLabel', { label: x.targetLabel })}
              data-testid={`queue-approve-${x.targetLabel}`}
            >
              {t('targets.review.approve')}
            </Button>
          ) : null}
          <Button
            size="small"
            onClick={() => onOpenTarget(x.targetId)}
            aria-label={t('targets.open', { label: x.targetLabel })}
          >
            {t('targets.details')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <section aria-labelledby="review-queue" className="review-queue">
      <h3 id="review-queue" className="section-heading-small">
        {t('targets.review.queue')}
      </h3>
      {review.isError ? <ProblemAlert error={review.error} testId="queue-error" /> : null}
      {queue.isError ? (
        <ProblemAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <ScrollRegion label={t('targets.review.queue')}>
          <Table<ReviewItem>
            className="data-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={queue.data?.items ?? []}
            loading={queue.isPending}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            caption={<span className="visually-hidden">{t('targets.review.queue')}</span>}
            locale={{ emptyText: <span className="muted">{t('targets.review.empty')}</span> }}
            data-testid="review-queue"
          />
        </ScrollRegion>
      )}
    </section>
  );
}
