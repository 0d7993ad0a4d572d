/**
 * `/procedures/:code` — one procedure as the province publishes it (issue 5 §4): documents with form templates,
 * fees, time limits per channel, legal basis, who decides, where to file, the handling steps, and "Apply".
 * Public: no sign-in.
 */
import { Descriptions, Result, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { LinkButton } from '../../layout/LinkButton';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import { WhereToFile } from './ApplyPage';
import { type CatalogueEntry, useCatalogueEntry } from './api';
import { FeesList } from './FeesList';
import { onlineColour, useProcedureLabels } from './labels';
import { ScrollRegion } from './ScrollRegion';
import { useCatalogueProvince } from './useProvince';
import '../data-pages.css';
import './procedures.css';

export function ProcedurePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { province } = useCatalogueProvince();
  const entry = useCatalogueEntry(province, code);
  usePageTitle(entry.data?.procedure.name ?? t('procedures.catalogue.title'));
  const back = `/procedures?province=${province}`;
  return (
    <PublicLayout>
      <div className="data-page procedures-page">
        <p>
          <Link to={back}>← {t('procedures.detail.back')}</Link>
        </p>
        {entry.data ? (
          <ProcedureDetail entry={entry.data} />
        ) : entry.isError ? (
          isApiError(entry.error) && entry.error.status === 404 ? (
            <Result
              status="404"
              title={<h1 className="result-heading">{t('procedures.detail.notFound')}</h1>}
              extra={<LinkButton to={back}>{t('procedures.detail.back')}</LinkButton>}
            />
          ) : (
            <ProblemAlert error={entry.error} onRetry={() => void entry.refetch()} />
          )
        ) : (
          <InlineLoading />
        )}
      </div>
    </PublicLayout>
  );
}

function ProcedureDetail({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const { date: formatDate } = useDateFormat();
  const p = entry.procedure;
  const pub = entry.publication;
  const deciding = pub.decidingAgency
    ? labels.agency(pub.decidingAgency)
    : pub.decidingAgencyKind === 'people_committee'
      ? t('procedures.detail.communeCommittee')
      : (p.competentAuthority ?? t('procedures.detail.sectorAgency'));
  return (
    <article data-testid="procedure-detail">
      <Typography.Title level={1} className="page-heading">
        {p.name}
      </Typography.Title>
      <p className="drawer-lead">
        <span className="code">{t('procedures.detail.code', { code: p.code })}</span> ·{' '}
        {t('procedures.detail.version', { version: p.versionNo, date: formatDate(p.validFrom) })}
      </p>
      <div className="procedure-actions">
        {p.onlineLevel === 'none' ? null : (
          <LinkButton to={`/procedures/${p.code}/apply?province=${entry.provinceCode}`} primary>
            {t('procedures.detail.apply')}
          </LinkButton>
        )}
        {p.url ? (
          <a href={p.url} target="_blank" rel="noreferrer" className="link-button">
            {t('procedures.detail.portal')}
          </a>
        ) : null}
      </div>

      {p.onlineLevel === 'none' ? <WhereToFile entry={entry} /> : null}

      <section className="panel" aria-labelledby="procedure-summary">
        <h2 id="procedure-summary" className="section-heading-small">
          {t('procedures.detail.summary')}
        </h2>
        <Descriptions column={1} size="small" bordered className="procedure-descriptions">
          <Descriptions.Item label={t('procedures.detail.field')}>{p.field}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.levels')}>
            {p.levels.map((l) => labels.level(l)).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.applicants')}>
            {p.applicants.join('; ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.decidingAgency')}>{deciding}</Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.onlineLevel')}>
            <Tag color={onlineColour(p.onlineLevel)}>{labels.online(p.onlineLevel)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.receiving')}>
            {pub.receiving.mode === 'all_pas_centres'
              ? t('procedures.detail.receivingAll', {
                  province: entry.provinceName,
                  count: pub.receiving.count,
                })
              : null}
            <details className="procedure-receivers">
              <summary>{t('procedures.detail.receivingList')}</summary>
              <ul>
                {pub.receiving.agencies.map((a) => (
                  <li key={a.id}>{labels.agency(a)}</li>
                ))}
              </ul>
            </details>
          </Descriptions.Item>
        </Descriptions>
      </section>

      <section className="panel" aria-labelledby="procedure-durations">
        <h2 id="procedure-durations" className="section-heading-small">
          {t('procedures.detail.durations')}
        </h2>
        {p.durations.length ? (
          <ScrollRegion label={t('procedures.detail.durations')}>
            <Table
              size="small"
              pagination={false}
              rowKey="channel"
              dataSource={p.durations}
              data-testid="procedure-durations"
              columns={[
                {
                  key: 'channel',
                  title: t('procedures.detail.channel'),
                  render: (_, d) => labels.channel(d.channel),
                },
                {
                  key: 'time',
                  title: t('procedures.detail.time'),
                  render: (_, d) => <strong>{labels.duration(d)}</strong>,
                },
                {
                  key: 'text',
                  title: t('procedures.detail.original'),
                  render: (_, d) => <span className="cell-note">{d.text}</span>,
                },
              ]}
            />
          </ScrollRegion>
        ) : (
          <p>{t('procedures.detail.durationsNone')}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="procedure-documents">
        <h2 id="procedure-documents" className="section-heading-small">
          {t('procedures.detail.documents')}
        </h2>
        {p.documents.length ? (
          <ol className="procedure-documents" data-testid="procedure-documents">
            {p.documents.map((d) => (
              <li key={d.name}>
                <span>{d.name}</span>{' '}
                <Tag color={d.required ? 'geekblue' : undefined}>
                  {d.required ? t('procedures.detail.required') : t('procedures.detail.optional')}
                </Tag>
                {d.copies ? <span className="cell-note">{d.copies}</span> : null}
                {d.templateUrl ? (
                  <div>
                    <a href={d.templateUrl} target="_blank" rel="noreferrer">
                      {t('procedures.detail.template', { name: d.templateName ?? d.name })}
                    </a>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('procedures.detail.documentsNone')}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="procedure-fees">
        <h2 id="procedure-fees" className="section-heading-small">
          {t('procedures.detail.fees')}
        </h2>
        <FeesList fees={pub.fees} />
      </section>

      <section className="panel" aria-labelledby="procedure-steps">
        <h2 id="procedure-steps" className="section-heading-small">
          {t('procedures.detail.steps')}
        </h2>
        {entry.workflow ? (
          <>
            <ScrollRegion label={t('procedures.detail.stepsCaption')}>
              <Table
                size="small"
                pagination={false}
                rowKey="position"
                dataSource={entry.workflow.steps}
                data-testid="procedure-steps"
                caption={<span className="visually-hidden">{t('procedures.detail.stepsCaption')}</span>}
                columns={[
                  { key: 'position', title: t('procedures.detail.step'), render: (_, s) => s.position },
                  { key: 'name', title: t('procedures.detail.stepName'), render: (_, s) => s.name },
                  {
                    key: 'who',
                    title: t('procedures.detail.responsible'),
                    render: (_, s) =>
                      [
                        labels.role(s.role),
                        s.agency
                          ? labels.agency(s.agency)
                          : t(`procedures.agencyRef.${s.agencyRef as 'agency'}`),
                      ]
                        .filter(Boolean)
                        .join(' — '),
                  },
                  {
                    key: 'time',
                    title: t('procedures.detail.stepTime'),
                    render: (_, s) => labels.time(s.amount, s.unit),
                  },
                ]}
              />
            </ScrollRegion>
            <p className="list-status">
              {t('procedures.detail.stepsTotal', { total: labels.minutes(entry.workflow.totalMinutes) })}
            </p>
          </>
        ) : (
          <p>{t('procedures.detail.stepsNone')}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="procedure-legal">
        <h2 id="procedure-legal" className="section-heading-small">
          {t('procedures.detail.legalBasis')}
        </h2>
        <Descriptions
          column={1}
          size="small"
          bordered
          className="procedure-descriptions"
          data-testid="procedure-legal"
        >
          <Descriptions.Item label={t('procedures.detail.legalNumber')}>
            {p.legalBasis.number ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedures.detail.legalDate')}>
            {p.legalBasis.date ? formatDate(p.legalBasis.date) : t('procedures.detail.legalDateUnknown')}
          </Descriptions.Item>
          {p.legalBasis.text ? (
            <Descriptions.Item label={t('procedures.detail.legalBasis')}>
              {p.legalBasis.text}
            </Descriptions.Item>
          ) : null}
          {pub.decision ? (
            <Descriptions.Item label={t('procedures.detail.provinceDecision')}>
              {pub.decision.number}
              {pub.decision.date ? ` (${formatDate(pub.decision.date)})` : ''}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </section>
    </article>
  );
}
