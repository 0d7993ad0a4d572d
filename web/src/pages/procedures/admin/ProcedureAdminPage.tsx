/**
 * `/admin/procedures` — a province's catalogue for its system administrators and leaders (issue 5 §3): which
 * procedures it applies, with each publication's and workflow's state; `?code=` opens one for editing.
 * The server checks every change (policy, agencies, times); this page only helps to get it right first time.
 */
import { Drawer, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../../auth/current-user';
import { useSystemInfo } from '../../../auth/queries';
import { ProblemAlert } from '../../../layout/ProblemAlert';
import { SearchField } from '../../../layout/SearchField';
import { useMediaQuery, WIDE_SCREEN } from '../../../layout/useMediaQuery';
import { usePageTitle } from '../../../layout/usePageTitle';
import { type AdminItem, useAdminList } from '../api';
import { useProcedureLabels } from '../labels';
import { ProcedureEditor } from './ProcedureEditor';
import '../../data-pages.css';
import '../procedures.css';

/** The province the user manages: a province-level grant, else `?province=`, else the installation's. */
function useManagedProvince(): string {
  const user = useCurrentUser();
  const info = useSystemInfo();
  const [params] = useSearchParams();
  const grant = user.roles.find(
    (g) => (g.role === 'system_admin' || g.role === 'provincial_leader') && /^\d{2}$/.test(g.unitCode),
  );
  const asked = params.get('province') ?? '';
  return grant?.unitCode ?? (/^\d{2}$/.test(asked) ? asked : (info.data?.province?.code ?? ''));
}

export function ProcedureAdminPage() {
  const { t } = useTranslation();
  const title = t('areas.procedureCatalogue.title');
  usePageTitle(title);
  const wide = useMediaQuery(WIDE_SCREEN);
  const province = useManagedProvince();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const publication = params.get('publication') ?? '';
  const workflow = params.get('workflow') ?? '';
  const processingTime = params.get('processingTime') ?? '';
  const code = params.get('code') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const list = useAdminList(province, { q, publication, workflow, processingTime, page });
  const labels = useProcedureLabels();
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const state = (value: string | null) => t(`procedures.admin.states.${(value ?? 'none') as 'none'}`);
  const columns: TableColumnsType<AdminItem> = [
    {
      key: 'code',
      title: t('procedures.catalogue.columns.code'),
      render: (_, i) => <span className="code">{i.code}</span>,
    },
    {
      key: 'name',
      title: t('procedures.catalogue.columns.name'),
      render: (_, i) => (
        <Link
          to={`?${new URLSearchParams({ ...Object.fromEntries(params), code: i.code })}`}
          aria-label={t('procedures.admin.edit', { name: i.name })}
        >
          {i.name}
        </Link>
      ),
    },
    {
      key: 'level',
      title: t('procedures.catalogue.columns.level'),
      render: (_, i) =>
        i.levels
          .filter((l) => l === 'province' || l === 'commune')
          .map(labels.level)
          .join(', '),
    },
    {
      key: 'publication',
      title: t('procedures.admin.publication'),
      render: (_, i) => (
        <>
          <Tag color={i.publication === 'published' ? 'geekblue' : undefined}>{state(i.publication)}</Tag>
          {i.hasProcessingTime ? null : (
            <Tag color="orange" data-testid="needs-processing-time">
              {t('procedures.admin.needsTime')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'workflow',
      title: t('procedures.admin.workflow'),
      render: (_, i) => (
        <Tag color={i.workflow === 'published' ? 'geekblue' : undefined}>{state(i.workflow)}</Tag>
      ),
    },
  ];
  const stateOptions = (values: string[]) => [
    { value: '', label: t('procedures.catalogue.all') },
    ...values.map((v) => ({ value: v, label: state(v) })),
  ];

  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-procedure-admin">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('procedures.admin.intro')}</Typography.Paragraph>
      <search className="toolbar" aria-label={t('procedures.catalogue.filters')}>
        <SearchField
          id="procedure-admin-search"
          className="toolbar-field toolbar-grow"
          label={t('procedures.catalogue.searchLabel')}
          value={text}
          onChange={setText}
          onSubmit={(value) => update({ q: value || null, page: null })}
          button={t('procedures.catalogue.searchButton')}
          maxLength={200}
          testId="procedure-admin-search"
        />
        <div className="toolbar-field">
          <label htmlFor="procedure-admin-publication">{t('procedures.admin.publication')}</label>
          <Select
            id="procedure-admin-publication"
            value={publication}
            options={stateOptions(['published', 'withdrawn', 'none'])}
            onChange={(value: string) => update({ publication: value || null, page: null })}
            className="toolbar-select"
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="procedure-admin-workflow">{t('procedures.admin.workflow')}</label>
          <Select
            id="procedure-admin-workflow"
            value={workflow}
            options={stateOptions(['published', 'draft', 'none'])}
            onChange={(value: string) => update({ workflow: value || null, page: null })}
            className="toolbar-select"
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="procedure-admin-time">{t('procedures.admin.statutory')}</label>
          <Select
            id="procedure-admin-time"
            value={processingTime}
            options={[
              { value: '', label: t('procedures.catalogue.all') },
              { value: 'missing', label: t('procedures.admin.needsTime') },
              { value: 'set', label: t('procedures.admin.hasTime') },
            ]}
            onChange={(value: string) => update({ processingTime: value || null, page: null })}
            className="toolbar-select"
          />
        </div>
      </search>
      <p className="list-status" role="status" aria-live="polite">
        {list.data ? t('procedures.catalogue.total', { count: list.data.total }) : ''}
      </p>
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table
          rowKey="code"
          size="small"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          caption={<span className="visually-hidden">{t('procedures.catalogue.caption')}</span>}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (next) => update({ page: String(next) }),
          }}
          data-testid="procedure-admin-table"
        />
      )}
      {code ? (
        <Drawer
          open
          onClose={() => update({ code: null })}
          title={code}
          size={wide ? 920 : '100%'}
          closable={{ 'aria-label': t('common.close') }}
          data-testid="procedure-editor"
        >
          <ProcedureEditor key={`${province}:${code}`} province={province} code={code} />
        </Drawer>
      ) : null}
    </div>
  );
}
