/**
 * Quy trình nội bộ — editing a procedure's internal workflow with a live check (issue 5 §3, §6): as steps change,
 * the server checks that their times add up to no more than the statutory time limit and that every agency
 * exists, and the result is read out here. "Save and publish" is refused by the server when the check fails.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../layout/ProblemAlert';
import {
  type AdminView,
  checkSteps,
  type Step,
  templateSteps,
  type Unit,
  useSaveWorkflow,
  type WorkflowCheck,
} from '../api';
import { useProcedureLabels } from '../labels';

const UNITS: Unit[] = ['working_days', 'half_working_days', 'working_hours', 'calendar_days'];
const ROLES = ['counter_clerk', 'specialist', 'unit_leader', 'provincial_leader'] as const;
const TEMPLATES = ['commune_decides', 'department_decides', 'inter_agency'] as const;

export function WorkflowEditor({ province, view }: { province: string; view: AdminView }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const code = view.procedure.code;
  const save = useSaveWorkflow(province, code);
  const [steps, setSteps] = useState<Step[]>(view.workflow?.steps ?? []);
  const [template, setTemplate] = useState<string>(view.workflow?.template ?? 'custom');
  const [check, setCheck] = useState<WorkflowCheck | null>(view.check);
  const [checking, setChecking] = useState(false);
  const [templateError, setTemplateError] = useState<unknown>(null);

  // The live check: ask the server a moment after the last change (it alone knows the agencies and the rules).
  useEffect(() => {
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      checkSteps(province, code, steps)
        .then((result) => current && setCheck(result))
        .catch(() => current && setCheck(null))
        .finally(() => current && setChecking(false));
    }, 350);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [province, code, steps]);

  const set = (i: number, change: Partial<Step>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const move = (i: number, by: number) => {
    const next = [...steps];
    const [step] = next.splice(i, 1);
    if (step) next.splice(i + by, 0, step);
    setSteps(next);
  };
  const applyTemplate = () => {
    const coordinating = view.agencies.find((a) => a.kind === 'department')?.id ?? null;
    setTemplateError(null);
    templateSteps(province, code, template, coordinating)
      .then((result) => setSteps(result.steps))
      .catch(setTemplateError);
  };
  const agencies = view.agencies.map((a) => ({ value: a.id, label: labels.agency(a) }));
  const problem = (p: WorkflowCheck['problems'][number]) => {
    const q = p as {
      kind: string;
      position?: number | null;
      totalMinutes?: number;
      budgetMinutes?: number;
      channel?: string;
    };
    if (q.kind === 'exceeds')
      return t('procedures.admin.problems.exceeds', {
        total: labels.minutes(q.totalMinutes ?? 0),
        budget: labels.minutes(q.budgetMinutes ?? 0),
        channel: labels.channel(q.channel ?? ''),
      });
    if (q.kind === 'missing_agency' && (q.position ?? null) === null)
      return t('procedures.admin.problems.missing_deciding');
    const known = [
      'no_steps',
      'no_statutory_duration',
      'invalid_step_time',
      'missing_agency',
      'empty_step_name',
    ];
    return known.includes(q.kind)
      ? t(`procedures.admin.problems.${q.kind as 'no_steps'}`, { position: q.position })
      : q.kind;
  };

  return (
    <section className="panel" aria-labelledby="workflow-heading">
      <h3 id="workflow-heading" className="section-heading-small">
        {t('procedures.admin.workflow')}
        {view.workflow ? ` · ${t(`procedures.admin.states.${view.workflow.status}`)}` : ''}
      </h3>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="workflow-template">{t('procedures.admin.template')}</label>
          <Select
            id="workflow-template"
            value={template}
            onChange={setTemplate}
            options={[...TEMPLATES, 'custom'].map((k) => ({
              value: k,
              label: t(`procedures.admin.templates.${k as 'custom'}`),
            }))}
            className="toolbar-select"
          />
        </div>
        <Button onClick={applyTemplate} disabled={template === 'custom'}>
          {t('procedures.admin.applyTemplate')}
        </Button>
      </div>
      {templateError ? <ProblemAlert error={templateError} /> : null}
      <ol className="procedure-list" data-testid="workflow-steps">
        {steps.map((step, i) => {
          const n = i + 1;
          const id = `step-${i}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are identified by their position
            <li className="step-row" key={i}>
              <div className="toolbar-field step-name">
                <label htmlFor={`${id}-name`}>{t('procedures.admin.stepName', { n })}</label>
                <Input
                  id={`${id}-name`}
                  value={step.name}
                  maxLength={300}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </div>
              <div className="toolbar-field">
                <label htmlFor={`${id}-role`}>{t('procedures.admin.role')}</label>
                <Select
                  id={`${id}-role`}
                  value={step.role ?? ''}
                  onChange={(role: string) => set(i, { role: role || null })}
                  options={[
                    { value: '', label: t('procedures.admin.noRole') },
                    ...ROLES.map((r) => ({ value: r, label: labels.role(r) })),
                  ]}
                />
              </div>
              <div className="toolbar-field">
                <label htmlFor={`${id}-ref`}>{t('procedures.admin.agencyRef')}</label>
                <Select
                  id={`${id}-ref`}
                  value={step.agencyRef}
                  onChange={(agencyRef: Step['agencyRef']) =>
                    set(i, { agencyRef, agencyId: agencyRef === 'agency' ? step.agencyId : null })
                  }
                  options={(['receiving_centre', 'deciding_agency', 'agency'] as const).map((r) => ({
                    value: r,
                    label: t(`procedures.agencyRef.${r}`),
                  }))}
                />
              </div>
              {step.agencyRef === 'agency' ? (
                <div className="toolbar-field">
                  <label htmlFor={`${id}-agency`}>{t('procedures.admin.agency')}</label>
                  <Select
                    id={`${id}-agency`}
                    value={step.agencyId ?? undefined}
                    onChange={(agencyId: string) => set(i, { agencyId })}
                    options={agencies}
                    showSearch
                    optionFilterProp="label"
                    popupMatchSelectWidth={false}
                  />
                </div>
              ) : null}
              <div className="toolbar-field step-amount">
                <label htmlFor={`${id}-amount`}>{t('procedures.admin.stepAmount')}</label>
                <InputNumber
                  id={`${id}-amount`}
                  min={0}
                  step={1}
                  value={step.amount}
                  onChange={(v) => set(i, { amount: Number(v ?? 0) })}
                  data-testid={`${id}-amount`}
                />
              </div>
              <div className="toolbar-field">
                <label htmlFor={`${id}-unit`}>{t('procedures.admin.unit')}</label>
                <Select
                  id={`${id}-unit`}
                  value={step.unit}
                  onChange={(unit: Unit) => set(i, { unit })}
                  options={UNITS.map((u) => ({ value: u, label: t(`procedures.unitNames.${u}`) }))}
                />
              </div>
              <div className="step-buttons">
                <Button
                  icon={<ArrowUpOutlined aria-hidden />}
                  aria-label={t('procedures.admin.moveUp', { n })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                />
                <Button
                  icon={<ArrowDownOutlined aria-hidden />}
                  aria-label={t('procedures.admin.moveDown', { n })}
                  disabled={i === steps.length - 1}
                  onClick={() => move(i, 1)}
                />
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('procedures.admin.removeStep', { n })}
                  onClick={() => setSteps(steps.filter((_, j) => j !== i))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        onClick={() =>
          setSteps([
            ...steps,
            {
              name: '',
              role: 'specialist',
              agencyRef: 'deciding_agency',
              agencyId: null,
              amount: 1,
              unit: 'working_hours',
            },
          ])
        }
      >
        {t('procedures.admin.addStep')}
      </Button>
      <div className="workflow-check" role="status" aria-live="polite" data-testid="workflow-check">
        {checking && !check ? (
          t('procedures.admin.checking')
        ) : check?.ok ? (
          <Alert
            type="success"
            showIcon
            title={t('procedures.admin.checkOk', {
              total: labels.minutes(check.totalMinutes),
              budget:
                check.budgetMinutes === null
                  ? t('procedures.admin.budgetNone')
                  : labels.minutes(check.budgetMinutes),
            })}
          />
        ) : check ? (
          <Alert
            type="warning"
            showIcon
            title={t('procedures.admin.checkFail')}
            description={
              <ul>
                {check.problems.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in the order found
                  <li key={i}>{problem(p)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
      </div>
      {save.isError ? <ProblemAlert error={save.error} /> : null}
      {save.isSuccess ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('procedures.admin.workflowSaved', {
            status: t(`procedures.admin.states.${save.data.workflow.status as 'draft'}`),
          })}
        />
      ) : null}
      <div className="procedure-actions">
        <Button
          onClick={() =>
            save.mutate({ version: view.workflow?.version ?? null, template, steps, publish: false })
          }
          loading={save.isPending}
        >
          {t('procedures.admin.saveDraft')}
        </Button>
        <Button
          type="primary"
          onClick={() =>
            save.mutate({ version: view.workflow?.version ?? null, template, steps, publish: true })
          }
          loading={save.isPending}
          disabled={check !== null && !check.ok}
          data-testid="workflow-publish"
        >
          {t('procedures.admin.savePublish')}
        </Button>
      </div>
    </section>
  );
}
