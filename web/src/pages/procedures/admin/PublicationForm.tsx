/**
 * The province's publication of a procedure: who decides (a named agency, or the competent commune's People's
 * Committee for a commune-level procedure), where dossiers are received (every PAS centre by default, Decree
 * 118/2025), and the fees. Saved with the version it was read at (409 if someone saved meanwhile).
 */
import { Alert, Button, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../layout/ProblemAlert';
import { type AdminView, type FeeDraft, usePublish, useWithdraw } from '../api';
import { useProcedureLabels } from '../labels';
import { FeesEditor } from './FeesEditor';

function initialDeciding(view: AdminView): string {
  const pub = view.publication;
  if (pub) return `${pub.decidingAgencyKind}:${pub.decidingAgencyId ?? ''}`;
  if (view.procedure.levels.includes('commune')) return 'people_committee:';
  const department = view.agencies.find((a) => a.kind === 'department');
  return department ? `department:${department.id}` : 'other:';
}

export function PublicationForm({ province, view }: { province: string; view: AdminView }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const publish = usePublish(province, view.procedure.code);
  const withdraw = useWithdraw(province, view.procedure.code);
  const pub = view.publication;
  const [deciding, setDeciding] = useState(initialDeciding(view));
  const [mode, setMode] = useState<'all_pas_centres' | 'selected'>(pub?.receiving.mode ?? 'all_pas_centres');
  const [selected, setSelected] = useState<string[]>(pub?.receiving.agencyIds ?? []);
  const [fees, setFees] = useState<FeeDraft[]>(
    (pub?.fees ?? []).map((f) => ({
      kind: f.kind,
      name: f.name,
      ...(f.amountDong === null ? {} : { amountDong: f.amountDong }),
      per: f.per,
      note: f.note,
      basis: f.basis,
      ...(f.kind === 'table' ? { rows: f.rows } : {}),
    })),
  );
  const own = view.agencies.filter((a) => a.unitCode === province);
  const centres = view.agencies.filter((a) => a.kind === 'pas_centre');
  const decidingOptions = [
    ...(view.procedure.levels.includes('commune')
      ? [{ value: 'people_committee:', label: t('procedures.admin.decidingCommune') }]
      : []),
    { value: 'other:', label: t('procedures.admin.decidingOther') },
    ...own.map((a) => ({ value: `${a.kind}:${a.id}`, label: labels.agency(a) })),
  ];
  const save = () => {
    const [kind = 'other', id = ''] = deciding.split(':');
    publish.mutate({
      ...(pub ? { version: pub.version } : {}),
      decidingAgencyId: id || null,
      decidingAgencyKind: kind,
      receiving: mode === 'all_pas_centres' ? { mode } : { mode, agencyIds: selected },
      fees: fees.map((f) =>
        f.kind === 'fixed'
          ? {
              kind: 'fixed',
              name: f.name,
              amountDong: f.amountDong ?? 0,
              per: f.per ?? null,
              note: f.note ?? null,
              basis: f.basis ?? null,
            }
          : f.kind === 'table'
            ? {
                kind: 'table',
                name: f.name,
                rows: f.rows ?? [],
                per: f.per ?? null,
                note: f.note ?? null,
                basis: f.basis ?? null,
              }
            : { kind: 'exemption', name: f.name, note: f.note ?? null, basis: f.basis ?? null },
      ),
    });
  };

  return (
    <section className="panel" aria-labelledby="publication-heading">
      <h3 id="publication-heading" className="section-heading-small">
        {t('procedures.admin.publishTitle')}
        {pub ? ` · ${t(`procedures.admin.states.${pub.status}`)}` : ''}
      </h3>
      <div className="toolbar-field">
        <label htmlFor="publication-deciding">{t('procedures.admin.deciding')}</label>
        <Select
          id="publication-deciding"
          value={deciding}
          options={decidingOptions}
          onChange={setDeciding}
          showSearch
          optionFilterProp="label"
          data-testid="publication-deciding"
        />
      </div>
      <fieldset className="toolbar-field">
        <legend>{t('procedures.admin.receiving')}</legend>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
          <Space direction="vertical">
            <Radio value="all_pas_centres">{t('procedures.admin.receivingAll')}</Radio>
            <Radio value="selected">{t('procedures.admin.receivingSelected')}</Radio>
          </Space>
        </Radio.Group>
        {mode === 'selected' ? (
          <Select
            mode="multiple"
            aria-label={t('procedures.admin.receivingPick')}
            value={selected}
            onChange={setSelected}
            options={centres.map((a) => ({ value: a.id, label: labels.agency(a) }))}
            optionFilterProp="label"
          />
        ) : null}
      </fieldset>
      <h4 className="section-heading-small">{t('procedures.admin.fees')}</h4>
      <FeesEditor fees={fees} onChange={setFees} />
      {publish.isError ? <ProblemAlert error={publish.error} /> : null}
      {withdraw.isError ? <ProblemAlert error={withdraw.error} /> : null}
      {publish.isSuccess ? (
        <Alert type="success" showIcon title={t('procedures.admin.saved')} role="status" />
      ) : null}
      {withdraw.isSuccess ? (
        <Alert type="success" showIcon title={t('procedures.admin.withdrawn')} role="status" />
      ) : null}
      <div className="procedure-actions">
        <Button type="primary" onClick={save} loading={publish.isPending} data-testid="publication-save">
          {t('procedures.admin.save')}
        </Button>
        {pub?.status === 'published' ? (
          <Button danger onClick={() => withdraw.mutate(pub.version)} loading={withdraw.isPending}>
            {t('procedures.admin.withdraw')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
