/**
 * The Decision 766 scorecard of a unit and period (issue 7 §2; RULES.md §2): per group its points, per
 * sub-indicator its formula, threshold, numerator ÷ denominator and points; what tinhso cannot know reads
 * "no data" with the reason and is left out of the total; the total over the points with data, and the rating.
 */
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ReportFilter, type SubIndicator, useScorecard } from './api';
import { ExportLinks } from './ExportLinks';
import { InProgressRule } from './InProgressRule';
import { useReportFormat } from './labels';
import { ScrollRegion } from './ScrollRegion';

const NO_DATA = { color: '#262626', background: '#f5f5f5', borderColor: '#8c8c8c' };

export function ScorecardPanel({ filter }: { filter: ReportFilter }) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  const format = useReportFormat();
  const card = useScorecard(filter);
  const points = (n: number) => format.decimal(Math.round(n * 10) / 10);
  return (
    <section className="panel" aria-labelledby="report-766-heading" data-testid="scorecard">
      <h2 id="report-766-heading" className="section-heading-small">
        {t('reports.scorecard.heading')}
      </h2>
      <p className="report-note">{t('reports.scorecard.intro')}</p>
      {card.isError ? (
        <ProblemAlert error={card.error} onRetry={() => void card.refetch()} />
      ) : !card.data ? (
        <InlineLoading />
      ) : (
        <>
          <p className="report-total" role="status" data-testid="scorecard-total">
            {t('reports.scorecard.total', {
              total: points(card.data.total),
              max: card.data.max,
              fullMax: card.data.fullMax,
            })}{' '}
            <span data-testid="scorecard-on100">
              {card.data.share === null
                ? t('reports.scorecard.on100None')
                : t('reports.scorecard.on100', { score: points(card.data.share) })}
            </span>{' '}
            <strong data-testid="scorecard-rating">
              {card.data.rating
                ? t('reports.scorecard.rating', {
                    rating: en ? card.data.rating.nameEn : card.data.rating.name,
                  })
                : t('reports.scorecard.noRating')}
            </strong>
          </p>
          <p className="report-note" data-testid="scorecard-nodata-help">
            {t('reports.scorecard.noDataHelp')}
          </p>
          <InProgressRule card={card.data} />
          <ExportLinks
            filter={{
              unit: filter.unit,
              level: filter.level,
              period: filter.period,
              from: filter.from,
              to: filter.to,
            }}
            report="index766"
          />
          {card.data.groups.map((group) => {
            const heading = t('reports.scorecard.group', {
              name: en ? group.nameEn : group.name,
              points: points(group.points),
              max: group.max,
            });
            return (
              <div key={group.key} className="report-766-group" data-testid={`scorecard-${group.key}`}>
                <h3 className="report-766-heading">{heading}</h3>
                <ScrollRegion label={heading}>
                  <Table<SubIndicator>
                    className="data-table"
                    size="small"
                    rowKey="code"
                    pagination={false}
                    dataSource={group.items}
                    caption={<span className="visually-hidden">{heading}</span>}
                    columns={[
                      {
                        key: 'code',
                        title: t('reports.scorecard.code'),
                        render: (_, i) => i.code,
                        width: 56,
                      },
                      {
                        key: 'name',
                        title: t('reports.scorecard.name'),
                        render: (_, i) => (
                          <>
                            {en ? i.nameEn : i.name}
                            <div className="cell-note">{en ? i.formulaEn : i.formula}</div>
                            {i.hasData && (en ? i.noteEn : i.note) ? (
                              <div className="cell-note">{en ? i.noteEn : i.note}</div>
                            ) : null}
                          </>
                        ),
                      },
                      {
                        key: 'threshold',
                        title: t('reports.scorecard.threshold'),
                        align: 'right',
                        render: (_, i) => (i.threshold === null ? '—' : format.percent(i.threshold)),
                      },
                      {
                        key: 'value',
                        title: t('reports.scorecard.value'),
                        align: 'right',
                        render: (_, i) =>
                          !i.hasData || i.numerator === null || i.denominator === null ? (
                            '—'
                          ) : i.display === 'days' ? (
                            <span data-testid={`scorecard-days-${i.code}`}>
                              {t('reports.scorecard.average', { days: format.days(i.ratio) })}
                            </span>
                          ) : (
                            <span data-testid={`scorecard-value-${i.code}`}>
                              {`${format.count(i.numerator)} / ${format.count(i.denominator)} = ${format.percent(i.ratio)}`}
                            </span>
                          ),
                      },
                      {
                        key: 'points',
                        title: t('reports.scorecard.points'),
                        align: 'right',
                        render: (_, i) =>
                          i.hasData && i.points !== null ? (
                            i.display === 'days' ? (
                              '—'
                            ) : (
                              `${points(i.points)} / ${i.maxPoints}`
                            )
                          ) : (
                            <span data-testid={`scorecard-nodata-${i.code}`}>
                              <Tag style={NO_DATA}>{t('reports.scorecard.noData')}</Tag>
                              <div className="cell-note">
                                {t('reports.scorecard.notCounted')} ({i.maxPoints})
                                {(en ? i.reasonEn : i.reason) ? ` — ${en ? i.reasonEn : i.reason}` : ''}
                              </div>
                            </span>
                          ),
                      },
                    ]}
                  />
                </ScrollRegion>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
