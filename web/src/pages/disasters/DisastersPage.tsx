/**
 * `/dashboard/disasters`: the province's disaster events (a commune's officials see those that struck their
 * commune) and the communes' preparedness scenarios; one event with `?event=<id>`: the damage, the province
 * aggregate per day, recovery tasks, and the commune officer's damage report.
 */
import { Button, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { TableSection } from '../../components/TableSection';
import { useFormat } from '../../i18n/format';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { type EventSummary, useAbilities, useEvents } from './api';
import { EventView } from './EventView';
import { ScenariosSection } from './ScenariosSection';
import { DeclareEventDialog } from './SteeringDialogs';
import '../data-pages.css';
import './disasters.css';
import '../staffing/figures.css';

export function DisastersPage() {
  const { t } = useTranslation();
  const title = t('areas.disasters.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const grants = user.roles as Array<{ unitCode: string; provinceCode?: string }>;
  const province =
    grants.find((g) => /^\d{2}$/.test(g.unitCode))?.unitCode ??
    grants.find((g) => g.provinceCode && /^\d{2}$/.test(g.provinceCode))?.provinceCode ??
    '04';
  const eventId = params.get('event') ?? '';
  const events = useEvents(province);
  const abilities = useAbilities(province);
  const [declaring, setDeclaring] = useState(false);
  const open = (id: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set('event', id);
      else next.delete('event');
      return next;
    });
  const span = (e: EventSummary) =>
    `${format.day(e.startedOn)} – ${e.endedOn ? format.day(e.endedOn) : t('disasters.ongoing')}`;
  const columns: TableColumnsType<EventSummary> = [
    { key: 'code', title: t('disasters.columns.code'), render: (_, e) => e.code },
    {
      key: 'name',
      title: t('disasters.columns.name'),
      render: (_, e) => (
        <Button
          type="link"
          className="link-inline"
          onClick={() => open(e.id)}
          data-testid={`disaster-open-${e.code}`}
        >
          {e.name}
        </Button>
      ),
    },
    {
      key: 'hazards',
      title: t('disasters.columns.hazards'),
      render: (_, e) => e.hazards.map((h) => t(`disasters.hazards.${h}`)).join(', '),
    },
    { key: 'dates', title: t('disasters.columns.dates'), render: (_, e) => span(e) },
    {
      key: 'communes',
      title: t('disasters.columns.communes'),
      align: 'right',
      render: (_, e) => format.count(e.communes),
    },
  ];
  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-disasters">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('disasters.intro')}</Typography.Paragraph>
      {eventId ? (
        <EventView id={eventId} onBack={() => open(null)} />
      ) : events.isPending ? (
        <InlineLoading />
      ) : events.isError ? (
        <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <>
          <TableSection
            id="disasters-events"
            heading={t('disasters.events')}
            actions={
              abilities.data?.steer ? (
                <Button type="primary" onClick={() => setDeclaring(true)} data-testid="event-add">
                  {t('communesEdit.event.add')}
                </Button>
              ) : null
            }
            rowKey="id"
            columns={columns}
            dataSource={events.data}
            locale={{ emptyText: t('disasters.none') }}
            tableTestId="disaster-events"
          />
          <ScenariosSection provinceCode={province} communes={abilities.data?.communes ?? []} />
          {declaring && abilities.data ? (
            <DeclareEventDialog
              provinceCode={province}
              communes={abilities.data.communes}
              onClose={(id) => {
                setDeclaring(false);
                if (id) open(id);
              }}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
