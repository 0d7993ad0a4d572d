/**
 * `/work/reception` — citizen reception for the officials of a unit (issue 21 §3): the register (Form
 * 03/TCD) with sessions and receptions entered, a reception turned into a case, a denouncer shown only to
 * those who may know them; the leaders' schedule; the period report with its exports. `?tab=` in the address.
 */
import { Button, Drawer, Empty, Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { API_BASE } from '../../api/client';
import { useMe, useSystemInfo } from '../../auth/queries';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { type Entry, revealDenouncer, useRegister } from './api';
import { EntryForm, OpenCaseForm } from './EntryForm';
import { ReportTab } from './ReportTab';
import { ScheduleTab } from './ScheduleTab';
import { SessionForm } from './SessionForm';
import '../data-pages.css';
import './reception.css';

const TABS = ['register', 'schedule', 'report'] as const;

export function ReceptionPage() {
  const { t } = useTranslation();
  const title = t('reception.page.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'register';
  const grants = (useMe().data?.user.roles ?? []).filter(
    (g) => g.role !== 'citizen' && g.role !== 'system_admin',
  );
  const province = useSystemInfo().data?.province?.code ?? '';
  return (
    <div className="data-page reception-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-reception">
          {title}
        </Typography.Title>
        <Link to="/public/reception">{t('reception.page.publicLink')}</Link>
      </div>
      <Typography.Paragraph className="page-intro">{t('reception.page.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'register' ? {} : { tab: key })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`reception-tab-${key}`}>{t(`reception.page.tabs.${key}`)}</span>,
          children:
            key === 'register' ? (
              <RegisterTab province={province} grants={grants} />
            ) : key === 'schedule' ? (
              <ScheduleTab province={province} grants={grants} />
            ) : (
              <ReportTab province={province} grants={grants} />
            ),
        }))}
      />
    </div>
  );
}

type Grants = NonNullable<ReturnType<typeof useMe>['data']>['user']['roles'];

function RegisterTab({ province, grants }: { province: string; grants: Grants }) {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const [page, setPage] = useState(1);
  const register = useRegister(province, page);
  const [drawer, setDrawer] = useState<'session' | 'entry' | { entry: Entry } | null>(null);
  const [sessionId, setSessionId] = useState<string>('');
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const reveal = async (e: Entry) => {
    const who = await revealDenouncer(e.id);
    setRevealed((r) => ({
      ...r,
      [e.id]: t('reception.register.revealed', {
        name: who.fullName,
        id: who.idNumber ?? '—',
        address: who.address ?? '—',
      }),
    }));
  };
  const columns: TableColumnsType<Entry> = [
    { key: 'seq', title: t('reception.register.seq'), render: (_, e) => `${e.seq}/${e.year}` },
    {
      key: 'date',
      title: t('reception.register.date'),
      render: (_, e) => (
        <div>
          {format.dateTime(e.receivedAt).slice(0, 16)}
          <div className="cell-note">{e.unitName}</div>
        </div>
      ),
    },
    {
      key: 'person',
      title: t('reception.register.person'),
      render: (_, e) =>
        e.person ? (
          <div>
            {e.person.fullName}
            <div className="cell-note">{e.person.address}</div>
          </div>
        ) : (
          <div>
            <Tag>{t('reception.register.confidential')}</Tag>
            {revealed[e.id] ? (
              <div className="reception-revealed" data-testid="denouncer-revealed">
                {revealed[e.id]}
              </div>
            ) : e.mayRevealDenouncer ? (
              <Button size="small" type="link" onClick={() => void reveal(e)} data-testid="reveal-denouncer">
                {t('reception.register.reveal')}
              </Button>
            ) : null}
          </div>
        ),
    },
    {
      key: 'content',
      title: t('reception.register.content'),
      render: (_, e) => (
        <div className="cell-wide">
          {e.content}
          <div className="cell-note">
            {t(`reception.classification.${e.classification}`)} · {t('reception.register.people')}:{' '}
            {e.peopleCount}
          </div>
        </div>
      ),
    },
    {
      key: 'outcome',
      title: t('reception.register.outcome'),
      render: (_, e) => (
        <div>
          {t(`reception.outcome.${e.outcome}`)}
          {e.caseCode ? (
            <div>
              <Link to={`/work/feedback?case=${e.caseId}`} className="code" data-testid="entry-case">
                {e.caseCode}
              </Link>
            </div>
          ) : null}
          {e.referredTo ? (
            <div className="cell-note">
              {t('reception.register.referredTo', {
                body: [e.referredTo, e.referralNumber].filter(Boolean).join(' — '),
              })}
            </div>
          ) : null}
          {e.followUp ? <div className="cell-note">{e.followUp}</div> : null}
        </div>
      ),
    },
    {
      key: 'receiver',
      title: t('reception.register.receiver'),
      render: (_, e) => (
        <div>
          {e.session.receiverName}
          <div className="cell-note">{e.session.receiverTitle}</div>
        </div>
      ),
    },
    {
      key: 'actions',
      title: t('reception.register.actions'),
      render: (_, e) =>
        e.outcome === 'pending' ? (
          <Button size="small" onClick={() => setDrawer({ entry: e })} data-testid={`open-case-${e.seq}`}>
            {t('reception.register.openCase')}
          </Button>
        ) : null,
    },
  ];
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading" className="visually-hidden">
        {t('reception.register.caption')}
      </h2>
      <div className="reception-actions">
        <Button type="primary" onClick={() => setDrawer('session')} data-testid="new-session">
          {t('reception.register.newSession')}
        </Button>
        <Button onClick={() => setDrawer('entry')} disabled={!sessionId} data-testid="new-entry">
          {t('reception.register.newEntry')}
        </Button>
        <a
          href={`${API_BASE}/reception/register.csv?provinceCode=${province}&lang=${i18n.resolvedLanguage === 'en' ? 'en' : 'vi'}`}
          download
          data-testid="register-csv"
        >
          {t('reception.register.csv')}
        </a>
      </div>
      {!sessionId ? <p className="cell-note">{t('reception.session.noSession')}</p> : null}
      {register.isError && !register.data ? (
        <ProblemAlert
          error={register.error}
          onRetry={() => void register.refetch()}
          testId="register-error"
        />
      ) : (
        <Table<Entry>
          className="data-table"
          rowKey="id"
          columns={columns}
          dataSource={register.data?.items ?? []}
          loading={register.isFetching}
          caption={<span className="visually-hidden">{t('reception.register.caption')}</span>}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('reception.register.empty')} /> }}
          pagination={{ current: page, pageSize: 20, total: register.data?.total ?? 0, onChange: setPage }}
          data-testid="register-table"
        />
      )}
      <Drawer
        open={drawer !== null}
        onClose={() => setDrawer(null)}
        destroyOnHidden
        size={640}
        closable={{ 'aria-label': t('common.close') }}
        title={
          drawer === 'session'
            ? t('reception.session.title')
            : drawer === 'entry'
              ? t('reception.entry.title')
              : t('reception.openCase.title')
        }
        data-testid="reception-drawer"
      >
        {drawer === 'session' ? (
          <SessionForm
            grants={grants}
            onDone={(id) => {
              setSessionId(id);
              setDrawer('entry');
            }}
          />
        ) : drawer === 'entry' ? (
          <EntryForm sessionId={sessionId} onDone={() => setDrawer(null)} />
        ) : drawer ? (
          <OpenCaseForm
            entryId={drawer.entry.id}
            classification={drawer.entry.classification}
            onDone={() => setDrawer(null)}
          />
        ) : null}
      </Drawer>
    </section>
  );
}
