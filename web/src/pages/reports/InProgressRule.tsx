/**
 * Which dossiers Decision 766 sub-indicators 2.1 and 5.4 count (issue 24 §5a), on the scorecard: the rule in
 * force with its legal source, the dossiers in progress it added, and — for a provincial or national
 * administrator (the server says who) — the change, confirmed with what it changes.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ok, typedApi } from '../../api/typed';
import { ProblemAlert } from '../../layout/ProblemAlert';
import type { InProgressRuleView, Scorecard } from './api';
import { useReportFormat } from './labels';

type Rule = InProgressRuleView['rule'];

function useSetRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: Rule) =>
      ok(typedApi.PUT('/api/v1/reports/settings/in-progress-rule', { body: { rule } })),
    // Every scorecard and export follows the rule: read them again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function InProgressRule({ card }: { card: Scorecard }) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  const format = useReportFormat();
  const { message } = App.useApp();
  const rule = card.inProgressRule;
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Rule>(rule.rule);
  const save = useSetRule();
  const target = rule.choices.find((c) => c.rule === chosen) ?? rule;
  const name = (r: { name: string; nameEn: string }) => (en ? r.nameEn : r.name);

  const apply = () =>
    save.mutate(chosen, {
      onSuccess: (view) => {
        setOpen(false);
        void message.success(t('reports.rule.saved', { name: name(view) }));
      },
    });

  return (
    <div className="report-note" data-testid="scorecard-rule" data-rule={rule.rule}>
      <h3 className="report-766-heading">{t('reports.rule.heading')}</h3>
      <p>
        <strong data-testid="scorecard-rule-name">{t('reports.rule.inForce', { name: name(rule) })}</strong>{' '}
        {rule.isDefault ? t('reports.rule.isDefault') : null}
        <br />
        {en ? rule.effectEn : rule.effect}
        <br />
        <span data-testid="scorecard-rule-source">
          {t('reports.rule.source', { source: en ? rule.sourceEn : rule.source })}
        </span>
        {rule.rule === 'period_end' ? (
          <>
            <br />
            <span data-testid="scorecard-rule-pending">
              {t('reports.rule.pending', {
                onTime: format.count(card.pendingAtEnd.onTime),
                late: format.count(card.pendingAtEnd.late),
              })}
            </span>
          </>
        ) : null}
      </p>
      {rule.canChange ? (
        <Button
          data-testid="scorecard-rule-change"
          onClick={() => {
            setChosen(rule.rule);
            save.reset();
            setOpen(true);
          }}
        >
          {t('reports.rule.change')}
        </Button>
      ) : null}
      <Modal
        open={open}
        title={t('reports.rule.dialogTitle')}
        okText={t('reports.rule.confirm')}
        cancelText={t('reports.rule.cancel')}
        okButtonProps={
          {
            disabled: chosen === rule.rule,
            loading: save.isPending,
            'data-testid': 'scorecard-rule-ok',
          } as never
        }
        onOk={apply}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {save.isError ? <ProblemAlert error={save.error} testId="scorecard-rule-error" /> : null}
        <fieldset className="plain-fieldset">
          <legend>{t('reports.rule.choose')}</legend>
          <Radio.Group
            value={chosen}
            onChange={(e) => setChosen(e.target.value as Rule)}
            data-testid="scorecard-rule-choices"
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            {rule.choices.map((c) => (
              <Radio key={c.rule} value={c.rule}>
                {name(c)}
                {c.rule === rule.rule ? ` (${t('reports.rule.current')})` : ''}
              </Radio>
            ))}
          </Radio.Group>
        </fieldset>
        <p data-testid="scorecard-rule-what" role="status">
          {chosen === rule.rule
            ? t('reports.rule.unchanged')
            : t('reports.rule.whatChanges', {
                from: name(rule),
                to: name(target),
                effect: en ? target.effectEn : target.effect,
              })}
        </p>
      </Modal>
    </div>
  );
}
