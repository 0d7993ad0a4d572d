/**
 * The meetings of the reader's province (issue 8 §1): each opens in a drawer with its agenda, who attended, the
 * documents and how each draft was decided ("approved unanimously"), the minutes and the conclusions issued.
 * The issuing leaders record a meeting and issue a conclusion from it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { IssueConclusionDrawer, issuerGrants } from './IssueConclusionDrawer';
import { tone } from './labels';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { type Meeting, type MeetingSummary, useMeeting, useMeetings } from './meetings-api';

export function MeetingsPanel({
  provinceCode,
  meetingId,
  linkFor,
  onClose,
}: {
  provinceCode: string;
  meetingId: string;
  linkFor: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [page, setPage] = useState({ page: 1, size: 20 });
  const [recording, setRecording] = useState(false);
  const navigate = useNavigate();
  const grants = issuerGrants(useCurrentUser().roles);
  const meetings = useMeetings(provinceCode, page.page, page.size);
  const columns: TableColumnsType<MeetingSummary> = [
    {
      key: 'title',
      title: t('oversight.meetings.title'),
      render: (_, m) => (
        <Link to={linkFor(m.id)} aria-label={t('oversight.meetings.open', { title: m.title })}>
          {m.title}
        </Link>
      ),
    },
    {
      key: 'body',
      title: t('oversight.meetings.body'),
      render: (_, m) => (
        <div>
          {m.bodyName}
          <div className="cell-note">{t(`oversight.meetings.bodyKind.${m.bodyKind}`)}</div>
        </div>
      ),
    },
    {
      key: 'startsAt',
      title: t('oversight.meetings.startsAt'),
      render: (_, m) => format.dateTime(m.startsAt),
    },
    { key: 'location', title: t('oversight.meetings.location'), render: (_, m) => m.location ?? '' },
  ];
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading" className="visually-hidden">
        {t('oversight.meetings.caption')}
      </h2>
      {grants.length ? (
        <div className="toolbar">
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setRecording(true)}
            data-testid="meeting-new"
          >
            {t('oversight.meetingForm.open')}
          </Button>
        </div>
      ) : null}
      <MeetingFormDrawer
        open={recording}
        grants={grants}
        onClose={() => setRecording(false)}
        onRecorded={(m) => {
          setRecording(false);
          navigate(linkFor(m.id));
        }}
      />
      {meetings.isError && !meetings.data ? (
        <ProblemAlert
          error={meetings.error}
          onRetry={() => void meetings.refetch()}
          testId="meetings-error"
        />
      ) : (
        <Table<MeetingSummary>
          className="data-table"
          rowKey="id"
          columns={columns}
          dataSource={meetings.data?.items ?? []}
          loading={meetings.isFetching}
          caption={<span className="visually-hidden">{t('oversight.meetings.caption')}</span>}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('oversight.meetings.empty')} /> }}
          pagination={{
            current: page.page,
            pageSize: page.size,
            total: meetings.data?.total ?? 0,
            onChange: (p, size) => setPage({ page: p, size }),
          }}
          data-testid="meetings-table"
        />
      )}
      {meetingId ? <MeetingDrawer key={meetingId} id={meetingId} onClose={onClose} /> : null}
    </section>
  );
}

function MeetingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const meeting = useMeeting(id);
  const grants = issuerGrants(useCurrentUser().roles);
  const [issuing, setIssuing] = useState(false);
  return (
    <Drawer
      open
      onClose={onClose}
      title={meeting.data?.title ?? t('oversight.meetings.loading')}
      size={wide ? 720 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="meeting-drawer"
    >
      {meeting.isPending ? (
        <InlineLoading label={t('oversight.meetings.loading')} />
      ) : meeting.isError ? (
        <ProblemAlert error={meeting.error} onRetry={() => void meeting.refetch()} testId="meeting-error" />
      ) : (
        <>
          {meeting.data.isIssuer && grants.length ? (
            <Button type="primary" onClick={() => setIssuing(true)} data-testid="meeting-issue">
              {t('oversight.meetingForm.issueFrom')}
            </Button>
          ) : null}
          <MeetingBody meeting={meeting.data} />
          <IssueConclusionDrawer
            open={issuing}
            grants={grants}
            meeting={{ id: meeting.data.id, title: meeting.data.title, unitCode: meeting.data.unitCode }}
            onClose={() => setIssuing(false)}
            onIssued={() => {
              setIssuing(false);
              void meeting.refetch();
            }}
          />
        </>
      )}
    </Drawer>
  );
}

function MeetingBody({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const m = 'oversight.meetings';
  return (
    <div className="task-body">
      <Descriptions column={1} size="small" bordered className="task-facts">
        <Descriptions.Item label={t(`${m}.body`)}>{meeting.bodyName}</Descriptions.Item>
        <Descriptions.Item label={t(`${m}.startsAt`)}>{format.dateTime(meeting.startsAt)}</Descriptions.Item>
        <Descriptions.Item label={t(`${m}.location`)}>{meeting.location ?? t(`${m}.none`)}</Descriptions.Item>
        <Descriptions.Item label={t(`${m}.chair`)}>{meeting.chairName ?? t(`${m}.none`)}</Descriptions.Item>
      </Descriptions>

      <h3 className="section-heading-small">{t(`${m}.agenda`)}</h3>
      <ol className="agenda-list">
        {meeting.agenda.map((a) => (
          <li key={a.position}>
            {a.title}
            {a.presenter ? <span className="cell-note"> · {a.presenter}</span> : null}
          </li>
        ))}
      </ol>

      <h3 className="section-heading-small">{t(`${m}.participants`)}</h3>
      <p>{t(`${m}.attendanceSummary`, meeting.attendance)}</p>
      <ul className="plain-list compact">
        {meeting.participants.map((p) => (
          <li key={p.position}>
            <strong>{p.name}</strong>
            {p.title ? <span> — {p.title}</span> : null}{' '}
            <span className="cell-note">({t(`${m}.role.${p.role}`)})</span>{' '}
            <Tag
              className={tone(
                p.attendance === 'present' ? 'green' : p.attendance === 'excused' ? 'gold' : 'red',
              )}
            >
              {t(`${m}.attendance.${p.attendance}`)}
            </Tag>
          </li>
        ))}
      </ul>

      <h3 className="section-heading-small">{t(`${m}.documents`)}</h3>
      <ul className="plain-list">
        {meeting.documents.map((d) => (
          <li key={d.position} data-testid={`meeting-document-${d.position}`}>
            <Tag className={tone('grey')}>{t(`${m}.kind.${d.kind}`)}</Tag> {d.title}
            {d.reference ? <span className="cell-note"> · {d.reference}</span> : null}
            {d.outcome ? (
              <div>
                <Tag
                  className={tone(
                    d.outcome === 'rejected' ? 'red' : d.outcome === 'deferred' ? 'gold' : 'green',
                  )}
                >
                  {t(`${m}.outcome.${d.outcome}`)}
                </Tag>
                {d.outcomeNote ? <span>{d.outcomeNote}</span> : null}
                {d.votesFor !== null ? (
                  <span className="cell-note">
                    {' '}
                    ·{' '}
                    {t(`${m}.votes`, {
                      for: d.votesFor,
                      against: d.votesAgainst ?? 0,
                      abstain: d.votesAbstain ?? 0,
                    })}
                  </span>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      <h3 className="section-heading-small">{t(`${m}.minutes`)}</h3>
      <p className="pre-line">{meeting.minutes ?? t(`${m}.noMinutes`)}</p>

      <h3 className="section-heading-small">{t(`${m}.conclusions`)}</h3>
      {meeting.conclusions.length === 0 ? (
        <p className="muted">{t(`${m}.none`)}</p>
      ) : (
        <ul className="plain-list">
          {meeting.conclusions.map((c) => (
            <li key={c.id}>
              <Link to={`?conclusion=${c.id}`}>
                {c.number} — {c.title}
              </Link>{' '}
              <span className="cell-note">({format.date(c.issuedOn)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
