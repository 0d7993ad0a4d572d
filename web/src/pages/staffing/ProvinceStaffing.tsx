/** The province view: every commune's quota, officials in post, vacancies and shortfalls, each opening its page. */
import { Button, Checkbox, Select, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableSection } from '../../components/TableSection';
import { useFormat } from '../../i18n/format';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ProvinceView, provinceExport, SHORTFALLS, type Shortfall, useProvinceStaffing } from './api';

type Row = ProvinceView['communes'][number];

export function ProvinceStaffing({
  provinceCode,
  at,
  belowOnly,
  shortfall,
  update,
}: {
  provinceCode: string;
  at: string;
  belowOnly: boolean;
  shortfall: Shortfall | '';
  update: (changes: Record<string, string | null>) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const filter = { provinceCode, at, belowOnly, shortfall };
  const query = useProvinceStaffing(filter);
  const en = format.language === 'en';
  const name = (r: { name: string; nameEn: string | null }) => (en ? (r.nameEn ?? r.name) : r.name);
  const n = (v: number) => format.count(v);
  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('staffing.columns.commune'),
      render: (_, r) => (
        <Button
          type="link"
          className="link-inline"
          onClick={() => update({ unit: r.unitCode })}
          aria-label={t('staffing.open', { name: name(r) })}
          data-testid={`staffing-open-${r.unitCode}`}
        >
          {name(r)}
        </Button>
      ),
    },
    { key: 'quota', title: t('staffing.columns.quota'), align: 'right', render: (_, r) => n(r.totals.quota) },
    {
      key: 'inPost',
      title: t('staffing.columns.inPost'),
      align: 'right',
      render: (_, r) => n(r.totals.inPost),
    },
    {
      key: 'vacancies',
      title: t('staffing.columns.vacancies'),
      align: 'right',
      render: (_, r) => n(r.totals.vacancies),
    },
    {
      key: 'belowQ',
      title: t('staffing.columns.belowQualification'),
      align: 'right',
      render: (_, r) => n(r.totals.belowQualification),
    },
    {
      key: 'untrained',
      title: t('staffing.columns.untrained'),
      align: 'right',
      render: (_, r) => n(r.totals.untrained),
    },
    {
      key: 'facilities',
      title: t('staffing.columns.facilitiesShort'),
      align: 'right',
      render: (_, r) => n(r.totals.facilitiesShort),
    },
    {
      key: 'shortfalls',
      title: t('staffing.columns.shortfalls'),
      render: (_, r) =>
        r.shortfalls.length ? (
          <span className="tag-list">
            {r.shortfalls.map((s) => (
              <Tag key={s} className="tag-warn">
                {t(`staffing.shortfalls.${s}`)}
              </Tag>
            ))}
          </span>
        ) : (
          <Tag className="tag-ok">{t('staffing.shortfalls.none')}</Tag>
        ),
    },
  ];
  return (
    <>
      <div className="toolbar">
        <Checkbox
          className="toolbar-check"
          checked={belowOnly}
          onChange={(e) => update({ below: e.target.checked ? '1' : null })}
          data-testid="staffing-below-only"
        >
          {t('staffing.belowOnly')}
        </Checkbox>
        <div className="toolbar-field">
          <label htmlFor="staffing-shortfall">{t('staffing.shortfall')}</label>
          <Select
            id="staffing-shortfall"
            className="toolbar-select"
            value={shortfall}
            onChange={(v) => update({ shortfall: v || null })}
            options={[
              { value: '', label: t('staffing.anyShortfall') },
              ...SHORTFALLS.map((s) => ({ value: s, label: t(`staffing.shortfalls.${s}`) })),
            ]}
          />
        </div>
      </div>
      {query.isPending ? (
        <InlineLoading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="staffing-error" />
      ) : (
        <TableSection
          id="staffing-province-heading"
          heading={`${query.data.provinceName} — ${format.day(query.data.at)}`}
          regionLabel={t('staffing.provinceTable')}
          note={
            <dl className="headline-figures" data-testid="staffing-totals">
              <div>
                <dt>{t('staffing.columns.shortfalls')}</dt>
                <dd data-testid="staffing-below">
                  {t('staffing.communesBelow', {
                    below: n(query.data.totals.below),
                    communes: n(query.data.totals.communes),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('staffing.columns.quota')}</dt>
                <dd>{n(query.data.totals.quota)}</dd>
              </div>
              <div>
                <dt>{t('staffing.columns.inPost')}</dt>
                <dd>{n(query.data.totals.inPost)}</dd>
              </div>
              <div>
                <dt>{t('staffing.columns.vacancies')}</dt>
                <dd>{n(query.data.totals.vacancies)}</dd>
              </div>
            </dl>
          }
          downloads={{
            label: t('staffing.exports'),
            links: [
              {
                label: t('staffing.exportXlsx'),
                href: provinceExport(filter, 'xlsx', i18n.language),
                testId: 'staffing-export-xlsx',
              },
              {
                label: t('staffing.exportCsv'),
                href: provinceExport(filter, 'csv', i18n.language),
                testId: 'staffing-export-csv',
              },
            ],
          }}
          rowKey="unitCode"
          columns={columns}
          dataSource={query.data.communes}
          tableTestId="staffing-communes"
        />
      )}
    </>
  );
}
