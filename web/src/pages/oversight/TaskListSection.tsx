/**
 * Tasks of a view with their filters in the address (`status`, `due`, `q`, `escalated`, `never`, `page`, `size`),
 * counted by deadline state, each opening the task drawer (`task`).
 */
import { Button, Checkbox, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { DUE_STATES, type DueState, TASK_STATUSES, type TaskFilters, type TaskStatus, useTasks } from './api';
import { TasksTable } from './TasksTable';

const PAGE_SIZES = [10, 20, 50, 100];

export function readTaskFilters(params: URLSearchParams, view: TaskFilters['view']): TaskFilters {
  const status = params.get('status') ?? '';
  const due = params.get('due') ?? '';
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    view,
    status: (TASK_STATUSES as readonly string[]).includes(status) ? (status as TaskStatus) : '',
    dueState: (DUE_STATES as readonly string[]).includes(due) ? (due as DueState) : '',
    q: (params.get('q') ?? '').slice(0, 100),
    escalation: params.get('escalated') === '1' ? 'issuer' : '',
    neverReported: params.get('never') === '1',
    conclusionId: /^[0-9a-f-]{36}$/i.test(params.get('conclusion') ?? '')
      ? (params.get('conclusion') ?? '')
      : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(size) ? size : 20,
  };
}

export function TaskListSection({ view, testId }: { view: TaskFilters['view']; testId: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [params, setParams] = useSearchParams();
  const filters = readTaskFilters(params, view);
  const tasks = useTasks(filters);
  const [q, setQ] = useState(filters.q);
  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      if (!('page' in changes)) next.delete('page');
      return next;
    });
  const counts = tasks.data?.counts;
  const idFor = (name: string) => `${testId}-${name}`;

  return (
    <section aria-labelledby={idFor('heading')} data-testid={testId}>
      <h2 id={idFor('heading')} className="visually-hidden">
        {t('oversight.tasksTable.caption')}
      </h2>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: q.trim() || null });
        }}
      >
        <div className="toolbar-field toolbar-grow">
          <label htmlFor={idFor('q')}>{t('oversight.filters.search')}</label>
          <Input
            id={idFor('q')}
            value={q}
            maxLength={100}
            placeholder={t('oversight.filters.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
            allowClear
          />
        </div>
        <div className="toolbar-field toolbar-select">
          <label htmlFor={idFor('status')}>{t('oversight.filters.status')}</label>
          <Select<string>
            id={idFor('status')}
            value={filters.status}
            onChange={(value) => update({ status: value || null })}
            options={[
              { value: '', label: t('oversight.filters.all') },
              ...TASK_STATUSES.map((s) => ({
                value: s,
                label: `${t(`oversight.status.${s}`)}${counts ? ` (${counts.byStatus[s]})` : ''}`,
              })),
            ]}
            data-testid={idFor('status')}
          />
        </div>
        <div className="toolbar-field toolbar-select">
          <label htmlFor={idFor('due')}>{t('oversight.filters.dueState')}</label>
          <Select<string>
            id={idFor('due')}
            value={filters.dueState}
            onChange={(value) => update({ due: value || null })}
            options={[
              { value: '', label: t('oversight.filters.all') },
              ...DUE_STATES.map((s) => ({
                value: s,
                label: `${t(`oversight.dueState.${s}`)}${counts ? ` (${counts.byDueState[s]})` : ''}`,
              })),
            ]}
            data-testid={idFor('due')}
          />
        </div>
        <Button htmlType="submit">{t('oversight.filters.apply')}</Button>
        <div className="toolbar-field toolbar-check">
          {view === 'issued' ? (
            <Checkbox
              checked={filters.escalation === 'issuer'}
              onChange={(e) => update({ escalated: e.target.checked ? '1' : null })}
            >
              {t('oversight.filters.escalated')}
            </Checkbox>
          ) : null}
          <Checkbox
            checked={filters.neverReported}
            onChange={(e) => update({ never: e.target.checked ? '1' : null })}
          >
            {t('oversight.filters.neverReported')}
          </Checkbox>
        </div>
      </form>
      {filters.conclusionId ? (
        <p>
          <Button
            size="small"
            onClick={() => update({ conclusion: null })}
            data-testid={idFor('clear-conclusion')}
          >
            {t('oversight.conclusions.clearFilter')}
          </Button>
        </p>
      ) : null}
      <p className="list-status" role="status" aria-live="polite" data-testid={idFor('total')}>
        {tasks.data
          ? `${t('oversight.tasksTable.total', { count: tasks.data.total })} · ${t('oversight.today', { date: format.date(tasks.data.today) })}`
          : tasks.isPending
            ? t('common.loading')
            : ''}
      </p>
      {tasks.isError && !tasks.data ? (
        <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} testId={idFor('error')} />
      ) : (
        <TasksTable
          list={tasks.data}
          loading={tasks.isFetching}
          page={filters.page}
          pageSize={filters.pageSize}
          onPage={(page, size) => update({ page: String(page), size: String(size) })}
          linkFor={(id) => {
            const next = new URLSearchParams(params);
            next.set('task', id);
            return `?${next}`;
          }}
        />
      )}
    </section>
  );
}
