/**
 * `/public/reception` — the leaders' citizen-reception schedule of the province and its communes, for anyone,
 * without sign-in (Decree 154/2026 art. 29(1)(d): posted publicly and on the portal). Grouped by day; a
 * cancelled slot stays, with its reason. `?weeks=` in the address.
 */
import { Empty, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSystemInfo } from '../../auth/queries';
import { todayInVietnam, useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { LinkButton } from '../../layout/LinkButton';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import { type Slot, useSchedule } from './api';
import '../data-pages.css';
import './reception.css';

const WEEKS = [4, 8, 13] as const;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function PublicSchedulePage() {
  const { t } = useTranslation();
  const title = t('reception.public.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const weeks = WEEKS.find((w) => String(w) === params.get('weeks')) ?? 8;
  const province = useSystemInfo().data?.province?.code ?? '';
  const today = todayInVietnam();
  const schedule = useSchedule(
    province,
    `${today}T00:00:00+07:00`,
    `${addDays(today, weeks * 7)}T00:00:00+07:00`,
  );
  const days = new Map<string, Slot[]>();
  for (const slot of schedule.data?.items ?? []) {
    const day = todayInVietnam(new Date(slot.startsAt));
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <PublicLayout>
      <div className="data-page reception-page">
        <div className="page-head">
          <Typography.Title level={1} className="page-heading" data-testid="page-reception-schedule">
            {title}
          </Typography.Title>
          <LinkButton to="/public/feedback/new">{t('reception.public.toPortal')}</LinkButton>
        </div>
        <Typography.Paragraph className="page-intro">{t('reception.public.intro')}</Typography.Paragraph>
        <div className="toolbar">
          <div className="toolbar-field">
            <label htmlFor="schedule-weeks">{t('reception.public.weeks')}</label>
            <Select
              id="schedule-weeks"
              value={weeks}
              style={{ minWidth: 180 }}
              onChange={(w) => setParams({ weeks: String(w) })}
              options={[
                { value: 4, label: t('reception.public.next4') },
                { value: 8, label: t('reception.public.next8') },
                { value: 13, label: t('reception.public.next13') },
              ]}
            />
          </div>
        </div>
        {schedule.isPending ? (
          <InlineLoading />
        ) : schedule.isError ? (
          <ProblemAlert
            error={schedule.error}
            onRetry={() => void schedule.refetch()}
            testId="schedule-error"
          />
        ) : days.size === 0 ? (
          <Empty description={t('reception.public.empty')} />
        ) : (
          <ol
            className="schedule-days"
            aria-label={t('reception.public.caption')}
            data-testid="schedule-days"
          >
            {[...days.entries()].map(([day, slots]) => (
              <li key={day}>
                <h2 className="schedule-day">
                  <DayHeading day={day} />
                </h2>
                <ul className="schedule-slots">
                  {slots.map((slot) => (
                    <SlotCard key={slot.id} slot={slot} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>
    </PublicLayout>
  );
}

function DayHeading({ day }: { day: string }) {
  const { i18n } = useTranslation();
  const format = useDateFormat();
  const weekday = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
  return (
    <>
      {weekday.charAt(0).toLocaleUpperCase() + weekday.slice(1)}, {format.date(day)}
    </>
  );
}

export function SlotCard({ slot, action }: { slot: Slot; action?: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const time = (at: string) => format.dateTime(at).slice(11, 16);
  return (
    <li className={`schedule-slot${slot.cancelled ? ' is-cancelled' : ''}`} data-testid="schedule-slot">
      <div className="slot-time">
        {time(slot.startsAt)}–{time(slot.endsAt)}
      </div>
      <div className="slot-body">
        <div className="slot-receiver">
          <strong>{slot.receiverName}</strong>, {slot.receiverTitle}
        </div>
        <div>{slot.unitName}</div>
        <div className="cell-note">
          {t('reception.public.location')}: {slot.location}
        </div>
        {slot.note ? <div className="cell-note">{slot.note}</div> : null}
        <div className="tag-list">
          <Tag>{t(`reception.kind.${slot.kind}`)}</Tag>
          <Tag>{t(`reception.mode.${slot.mode}`)}</Tag>
          {slot.cancelled ? (
            <Tag color="red">{t('reception.public.cancelled', { reason: slot.cancelReason ?? '' })}</Tag>
          ) : null}
        </div>
      </div>
      {action ? <div className="slot-action">{action}</div> : null}
    </li>
  );
}
