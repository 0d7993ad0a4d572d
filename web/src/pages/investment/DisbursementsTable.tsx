/** A plan year's payments, newest first; a wrong one is cancelled with a reason (kept, struck through). */
import { App, Button, Input, Popover, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type Disbursement, useCancelDisbursement } from './api';
import { useMoney } from './labels';

function CancelButton({ item }: { item: Disbursement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cancel = useCancelDisbursement();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        <div className="cancel-popover">
          <label htmlFor={`cancel-${item.id}`}>{t('investment.payments.cancelReason')}</label>
          <Input
            id={`cancel-${item.id}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
          />
          {cancel.isError ? <ProblemAlert error={cancel.error} /> : null}
          <Button
            danger
            size="small"
            disabled={!reason.trim()}
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(
                { id: item.id, reason },
                {
                  onSuccess: () => {
                    setOpen(false);
                    void message.success(t('investment.payments.cancelled'));
                  },
                },
              )
            }
          >
            {t('investment.payments.confirmCancel')}
          </Button>
        </div>
      }
    >
      <Button size="small" aria-label={t('investment.payments.cancelLabel', { date: item.disbursedOn })}>
        {t('investment.payments.cancel')}
      </Button>
    </Popover>
  );
}

export function DisbursementsTable({ items, mayCancel }: { items: Disbursement[]; mayCancel: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useDateFormat();
  const columns: TableColumnsType<Disbursement> = [
    { key: 'date', title: t('investment.payments.date'), render: (_, x) => format.date(x.disbursedOn) },
    {
      key: 'source',
      title: t('investment.columns.source'),
      render: (_, x) => t(`investment.sources.${x.source}`),
    },
    {
      key: 'amount',
      title: t('investment.project.amountDong'),
      align: 'right',
      render: (_, x) => (x.cancelledAt ? <del>{money.dong(x.amount)}</del> : money.dong(x.amount)),
    },
    {
      key: 'voucher',
      title: t('investment.payments.voucher'),
      render: (_, x) => (
        <>
          {x.voucherNo ?? '—'}
          <div className="cell-note">
            {t(`investment.payments.origin.${x.origin}`)} · {x.enteredBy}
          </div>
          {x.note ? <div className="cell-note">{x.note}</div> : null}
        </>
      ),
    },
    {
      key: 'state',
      title: t('investment.payments.state'),
      render: (_, x) =>
        x.cancelledAt ? (
          <>
            <Tag className="tag-bad">{t('investment.payments.cancelledTag')}</Tag>
            <div className="cell-note">{x.cancelReason}</div>
          </>
        ) : mayCancel ? (
          <CancelButton item={x} />
        ) : null,
    },
  ];
  return (
    <ScrollRegion label={t('investment.payments.caption')}>
      <Table<Disbursement>
        className="data-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
        caption={<span className="visually-hidden">{t('investment.payments.caption')}</span>}
        locale={{ emptyText: <span className="muted">{t('investment.payments.empty')}</span> }}
        data-testid="project-payments"
      />
    </ScrollRegion>
  );
}
