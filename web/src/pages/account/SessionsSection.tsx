/** "Các phiên đăng nhập": every account sees and ends its own sessions — device, address, last use (issue 20 §3). */
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type OwnSession, useEndSession, useOwnSessions } from '../../identity/api';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { useWhen } from './when';

/** A readable device from the browser's user agent: its browser and system, enough to recognise it. */
function deviceOf(agent: string | null): string | null {
  if (!agent) return null;
  const browser = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(agent)?.[1]?.replace('Edg', 'Edge');
  const system = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/
    .exec(agent)?.[1]
    ?.replace('Mac OS X', 'macOS');
  return [browser, system].filter(Boolean).join(' · ') || agent.slice(0, 60);
}

export function SessionsSection() {
  const { t } = useTranslation();
  const when = useWhen();
  const sessions = useOwnSessions();
  const end = useEndSession();
  const { message } = App.useApp();
  return (
    <section aria-labelledby="account-sessions" className="account-section" data-testid="account-sessions">
      <h2 id="account-sessions" className="drawer-heading">
        {t('identity.sessions.title')}
      </h2>
      <p>{t('identity.sessions.intro')}</p>
      {sessions.error ? (
        <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : null}
      {end.error ? <ProblemAlert error={end.error} /> : null}
      <ScrollRegion label={t('identity.sessions.title')}>
        <Table<OwnSession>
          rowKey="handle"
          size="small"
          pagination={false}
          loading={sessions.isPending}
          dataSource={sessions.data?.items ?? []}
          columns={[
            {
              key: 'device',
              title: t('identity.sessions.device'),
              render: (_, s) => (
                <>
                  {deviceOf(s.userAgent) ?? t('identity.sessions.unknownDevice')}
                  {s.provider ? ` (${t('identity.sessions.via', { provider: s.provider })})` : ''}{' '}
                  {s.current ? <Tag>{t('identity.sessions.current')}</Tag> : null}
                </>
              ),
            },
            { key: 'ip', title: t('identity.sessions.address'), render: (_, s) => s.ip ?? '—' },
            { key: 'created', title: t('identity.sessions.started'), render: (_, s) => when(s.createdAt) },
            { key: 'seen', title: t('identity.sessions.lastUsed'), render: (_, s) => when(s.lastSeenAt) },
            {
              key: 'end',
              title: <span className="visually-hidden">{t('identity.sessions.end')}</span>,
              render: (_, s) =>
                s.current ? null : (
                  <Popconfirm
                    title={t('identity.sessions.endConfirm')}
                    onConfirm={() =>
                      end.mutate(s.handle, {
                        onSuccess: () => void message.success(t('identity.sessions.ended')),
                      })
                    }
                  >
                    <Button size="small" danger data-testid="session-end">
                      {t('identity.sessions.end')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </ScrollRegion>
    </section>
  );
}
