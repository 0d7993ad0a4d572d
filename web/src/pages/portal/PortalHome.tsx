/**
 * `/` for a visitor (issue 15 §1): the province's public service portal in the manner of dichvucong.gov.vn —
 * search of procedures, "Đăng nhập", "Tra cứu hồ sơ", "Gửi phản ánh, kiến nghị", and the province's public service
 * figures of this year, computed from the dossiers by the public report (the same as `/public/reports/:unit`).
 */
import { FileSearchOutlined, LoginOutlined, MessageOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMe, useSystemInfo } from '../../auth/queries';
import { useFormat } from '../../i18n/format';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { usePageTitle } from '../../layout/usePageTitle';
import { usePublicReport } from '../reports/api';
import './portal.css';

function TaskCard({
  to,
  icon,
  title,
  text,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
  testId: string;
}) {
  return (
    <li>
      <Link to={to} className="portal-task" data-testid={testId}>
        <span className="portal-task-icon" aria-hidden>
          {icon}
        </span>
        <span>
          <strong className="portal-task-title">{title}</strong>
          <span className="portal-task-text">{text}</span>
        </span>
      </Link>
    </li>
  );
}

function Figures({ province }: { province: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { dateTime } = useDateFormat();
  const year = String(new Date().getFullYear());
  const report = usePublicReport(province, year);
  if (report.isPending) return <InlineLoading />;
  if (!report.data) return <p>{t('front.home.figuresUnavailable')}</p>;
  const r = report.data;
  const figures = [
    { key: 'received', label: t('front.home.received'), value: format.count(r.received) },
    { key: 'online', label: t('front.home.onlineRate'), value: format.percent(r.onlineRate) },
    { key: 'ontime', label: t('front.home.onTimeRate'), value: format.percent(r.onTimeRate) },
    { key: 'satisfaction', label: t('front.home.satisfaction'), value: format.percent(r.satisfactionRate) },
  ];
  return (
    <section className="portal-figures" aria-labelledby="portal-figures-title" data-testid="portal-figures">
      <h2 id="portal-figures-title" className="section-heading">
        {t('front.home.figuresTitle', { period: format.period(r.period.label) })} · {r.unitName}
      </h2>
      <dl className="portal-figure-list">
        {figures.map((f) => (
          <div key={f.key} className="portal-figure" data-testid={`portal-figure-${f.key}`}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="cell-note">
        {t('front.home.figuresSource', { at: dateTime(r.measuredAt) })}{' '}
        <Link to={`/public/reports/${province}?period=${year}`} className="portal-more">
          {t('front.home.figuresMore')}
        </Link>
      </p>
    </section>
  );
}

export function PortalHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const info = useSystemInfo();
  const me = useMe();
  const province = info.data?.province;
  const title = province ? t('front.home.title', { province: province.name }) : t('front.home.titlePlain');
  usePageTitle(title);
  const [q, setQ] = useState('');
  const search = () => {
    const query = new URLSearchParams(q.trim() ? { q: q.trim() } : {});
    void navigate(`/procedures${query.size ? `?${query.toString()}` : ''}`);
  };
  return (
    <div className="portal-home" data-testid="portal-home">
      <section className="portal-hero">
        <Typography.Title level={1} className="page-heading">
          {title}
        </Typography.Title>
        <p className="portal-lead">{t('front.home.lead')}</p>
        <search>
          <form
            className="portal-search"
            onSubmit={(e) => {
              e.preventDefault();
              search();
            }}
          >
            <Input
              size="large"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('front.home.searchPlaceholder')}
              aria-label={t('front.home.searchLabel')}
              maxLength={200}
              data-testid="portal-search"
            />
            <Button size="large" type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('front.home.searchButton')}
            </Button>
          </form>
        </search>
      </section>
      <section aria-labelledby="portal-tasks-title">
        <h2 id="portal-tasks-title" className="section-heading">
          {t('front.home.tasks')}
        </h2>
        <ul className="portal-tasks">
          {me.data ? null : (
            <TaskCard
              to="/login"
              icon={<LoginOutlined />}
              title={t('front.home.signIn')}
              text={t('front.home.signInText')}
              testId="portal-sign-in"
            />
          )}
          <TaskCard
            to="/procedures"
            icon={<SearchOutlined />}
            title={t('front.home.procedures')}
            text={t('front.home.proceduresText')}
            testId="portal-procedures"
          />
          <TaskCard
            to="/track"
            icon={<FileSearchOutlined />}
            title={t('front.home.track')}
            text={t('front.home.trackText')}
            testId="portal-track"
          />
          <TaskCard
            to="/public/feedback/new"
            icon={<MessageOutlined />}
            title={t('front.home.feedback')}
            text={t('front.home.feedbackText')}
            testId="portal-feedback"
          />
        </ul>
      </section>
      {province ? <Figures province={province.code} /> : null}
    </div>
  );
}
