/**
 * "Needs a processing time" (issue 15 §2): a procedure whose catalogue entry states no processing time in a unit
 * cannot be published, since no dossier of it could be received. The province sets one here, with the document
 * that sets it (a law's article, a decree, or its own decision); the server writes it as a new version.
 */
import { Alert, Button, Checkbox, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput';
import { ProblemAlert } from '../../../layout/ProblemAlert';
import { type AdminView, type Channel, type Unit, useSetProcessingTime } from '../api';
import { useProcedureLabels } from '../labels';

const UNITS: Unit[] = ['working_days', 'working_hours', 'calendar_days', 'months'];

export function ProcessingTimeForm({
  province,
  view,
  onSaved,
}: {
  province: string;
  view: AdminView;
  /** Called once the new version is saved (the form then gives way to the publication form). */
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const set = useSetProcessingTime(province, view.procedure.code);
  const offered: Channel[] = view.procedure.channels.length ? view.procedure.channels : ['in_person'];
  const [channels, setChannels] = useState<Channel[]>(offered);
  const [amount, setAmount] = useState<number | null>(null);
  const [unit, setUnit] = useState<Unit>('working_days');
  const [text, setText] = useState('');
  const [basis, setBasis] = useState('');
  const [basisDate, setBasisDate] = useState('');
  const [basisText, setBasisText] = useState('');
  const save = () =>
    set.mutate(
      {
        baseVersionNo: view.procedure.versionNo,
        durations: channels.map((channel) => ({
          channel,
          amount: amount ?? 0,
          unit,
          ...(text.trim() ? { text: text.trim() } : {}),
        })),
        legalBasis: {
          number: basis,
          ...(basisDate ? { date: basisDate } : {}),
          ...(basisText.trim() ? { text: basisText.trim() } : {}),
        },
      },
      { onSuccess: onSaved },
    );
  return (
    <section className="panel" aria-labelledby="processing-time-heading" data-testid="processing-time-form">
      <h3 id="processing-time-heading" className="section-heading-small">
        {t('procedures.admin.timeTitle')}
      </h3>
      <Alert type="warning" showIcon title={t('procedures.admin.timeNeeded')} />
      <fieldset className="toolbar-field">
        <legend>{t('procedures.admin.timeChannels')}</legend>
        <Checkbox.Group
          value={channels}
          onChange={(values) => setChannels(values as Channel[])}
          options={(['in_person', 'online', 'post'] as const).map((c) => ({
            value: c,
            label: labels.channel(c),
          }))}
        />
      </fieldset>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="processing-time-amount">{t('procedures.admin.stepAmount')}</label>
          <InputNumber
            id="processing-time-amount"
            min={0}
            max={10_000}
            value={amount}
            onChange={setAmount}
            data-testid="processing-time-amount"
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="processing-time-unit">{t('procedures.admin.unit')}</label>
          <Select
            id="processing-time-unit"
            value={unit}
            onChange={setUnit}
            options={UNITS.map((u) => ({ value: u, label: t(`procedures.unitNames.${u}`) }))}
            className="toolbar-select"
          />
        </div>
      </div>
      <div className="toolbar-field">
        <label htmlFor="processing-time-text">{t('procedures.admin.timeText')}</label>
        <Input
          id="processing-time-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={500}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor="processing-time-basis">{t('procedures.admin.timeBasis')}</label>
        <Input
          id="processing-time-basis"
          value={basis}
          onChange={(e) => setBasis(e.target.value)}
          maxLength={200}
          placeholder={t('procedures.admin.timeBasisExample')}
          data-testid="processing-time-basis"
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor="processing-time-basis-date">{t('procedures.admin.timeBasisDate')}</label>
        <DateInput id="processing-time-basis-date" value={basisDate} onChange={setBasisDate} />
      </div>
      <div className="toolbar-field">
        <label htmlFor="processing-time-basis-text">{t('procedures.admin.timeBasisText')}</label>
        <Input.TextArea
          id="processing-time-basis-text"
          value={basisText}
          onChange={(e) => setBasisText(e.target.value)}
          maxLength={2000}
          autoSize={{ minRows: 2 }}
        />
      </div>
      {set.isError ? <ProblemAlert error={set.error} /> : null}
      <div className="procedure-actions">
        <Button
          type="primary"
          onClick={save}
          loading={set.isPending}
          disabled={set.isPending || channels.length === 0}
          data-testid="processing-time-save"
        >
          {t('procedures.admin.timeSave')}
        </Button>
      </div>
    </section>
  );
}
