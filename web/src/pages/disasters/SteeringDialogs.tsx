/**
 * The provincial command's forms (issue 21 §2): declare a disaster event with the communes it struck, and raise
 * a relief and recovery task through oversight (tracked there to completion). A commune's preparedness scenario
 * is recorded by the commune itself or by the command on its behalf.
 */
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useConfirmedSave } from '../../components/confirmed-save';
import { FormDialog } from '../../components/FormDialog';
import { todayInVietnam } from '../../layout/dates';
import { useAgencies } from '../oversight/api';
import { useStaffingForm } from '../staffing/ChangeDialogs';
import {
  type Abilities,
  type Hazard,
  useAddScenario,
  useDeclareEvent,
  useDisasterCatalogue,
  useRaiseRecovery,
} from './api';

const DAY = 'DD/MM/YYYY';

function useHazardOptions() {
  const { t } = useStaffingForm();
  const catalogue = useDisasterCatalogue();
  return (catalogue.data?.hazards ?? []).map((h: Hazard) => ({
    value: h,
    label: t(`disasters.hazards.${h}`),
  }));
}

export function DeclareEventDialog({
  provinceCode,
  communes,
  onClose,
}: {
  provinceCode: string;
  communes: Abilities['communes'];
  onClose: (id?: string) => void;
}) {
  const { t, format, en, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useDeclareEvent();
  const confirm = useConfirmedSave();
  const hazards = useHazardOptions();
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      provinceCode,
      code: v.code as string,
      name: v.name as string,
      hazards: v.hazards as Hazard[],
      startedOn: iso(v.startedOn),
      endedOn: v.endedOn ? iso(v.endedOn) : null,
      description: v.description?.trim() ? (v.description as string) : null,
      communes: v.communes as string[],
    };
    confirm({
      summary: t('communesEdit.event.summary', {
        code: body.code.trim(),
        name: body.name.trim(),
        count: format.count(body.communes.length),
        day: format.day(body.startedOn),
      }),
      testId: 'event',
      form,
      input: body,
      save: save.mutateAsync,
      saved: () => t('communesEdit.event.saved', { code: body.code.trim() }),
      done: (r) => onClose(r.id),
    });
  };
  return (
    <FormDialog
      title={t('communesEdit.event.title')}
      saveLabel={t('communesEdit.event.save')}
      saving={save.isPending}
      error={save.error}
      testId="event"
      onSave={() => void submit().catch(() => undefined)}
      onClose={() => onClose()}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="event-form"
        initialValues={{ hazards: [], communes: [], startedOn: dayjs(todayInVietnam()) }}
      >
        <Form.Item
          name="code"
          label={t('communesEdit.event.code')}
          rules={required(t('communesEdit.event.code'))}
        >
          <Input maxLength={40} data-testid="event-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('communesEdit.event.name')}
          rules={required(t('communesEdit.event.name'))}
        >
          <Input maxLength={300} data-testid="event-name" />
        </Form.Item>
        <Form.Item
          name="hazards"
          label={t('communesEdit.event.hazards')}
          rules={required(t('communesEdit.event.hazards'))}
        >
          <Select mode="multiple" options={hazards} data-testid="event-hazards" />
        </Form.Item>
        <Form.Item
          name="startedOn"
          label={t('communesEdit.event.startedOn')}
          rules={required(t('communesEdit.event.startedOn'))}
        >
          <DatePicker format={DAY} allowClear={false} />
        </Form.Item>
        <Form.Item name="endedOn" label={t('communesEdit.event.endedOn')}>
          <DatePicker format={DAY} />
        </Form.Item>
        <Form.Item
          name="communes"
          label={t('communesEdit.event.communes')}
          rules={required(t('communesEdit.event.communes'))}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={communes.map((c) => ({ value: c.code, label: en ? (c.nameEn ?? c.name) : c.name }))}
            data-testid="event-communes"
          />
        </Form.Item>
        <Form.Item name="description" label={t('communesEdit.event.description')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export function RecoveryDialog({
  eventId,
  provinceCode,
  onClose,
}: {
  eventId: string;
  provinceCode: string;
  onClose: () => void;
}) {
  const { t, format, en, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useRaiseRecovery(eventId);
  const confirm = useConfirmedSave();
  const agencies = useAgencies(provinceCode);
  const agencyName = (id: string) => {
    const a = agencies.data?.items.find((x) => x.id === id);
    return a ? (en ? (a.nameEn ?? a.name) : a.name) : '';
  };
  const submit = async () => {
    const v = await form.validateFields();
    const task = {
      title: v.title as string,
      content: v.content as string,
      leadAgencyId: v.leadAgencyId as string,
      deadline: iso(v.deadline),
    };
    const body = { issuerName: v.issuerName, number: v.number, issuedOn: iso(v.issuedOn), tasks: [task] };
    confirm({
      summary: t('communesEdit.recovery.summary', {
        number: body.number.trim(),
        task: task.title.trim(),
        lead: agencyName(task.leadAgencyId),
        day: format.day(task.deadline),
      }),
      testId: 'recovery',
      form,
      input: body,
      save: save.mutateAsync,
      saved: (r) => t('communesEdit.recovery.saved', { number: r.number }),
      done: () => onClose(),
      field: (f) => (f.name[0] === 'tasks' ? { ...f, name: f.name.slice(2) } : f),
    });
  };
  return (
    <FormDialog
      title={t('communesEdit.recovery.title')}
      saveLabel={t('communesEdit.recovery.save')}
      saving={save.isPending}
      error={save.error}
      testId="recovery"
      onSave={() => void submit().catch(() => undefined)}
      onClose={onClose}
    >
      <p className="muted">{t('communesEdit.recovery.hint')}</p>
      <Form
        form={form}
        layout="vertical"
        data-testid="recovery-form"
        initialValues={{
          issuerName: en ? 'Provincial People’s Committee' : 'Ủy ban nhân dân tỉnh',
          issuedOn: dayjs(todayInVietnam()),
        }}
      >
        {(
          [
            ['issuerName', 300],
            ['number', 60],
          ] as const
        ).map(([field, max]) => (
          <Form.Item
            key={field}
            name={field}
            label={t(`communesEdit.recovery.${field}`)}
            rules={required(t(`communesEdit.recovery.${field}`))}
          >
            <Input maxLength={max} data-testid={`recovery-${field}`} />
          </Form.Item>
        ))}
        <Form.Item
          name="issuedOn"
          label={t('communesEdit.recovery.issuedOn')}
          rules={required(t('communesEdit.recovery.issuedOn'))}
        >
          <DatePicker format={DAY} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('communesEdit.recovery.taskTitle')}
          rules={required(t('communesEdit.recovery.taskTitle'))}
        >
          <Input maxLength={300} data-testid="recovery-task" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('communesEdit.recovery.content')}
          rules={required(t('communesEdit.recovery.content'))}
        >
          <Input.TextArea rows={3} maxLength={5000} data-testid="recovery-content" />
        </Form.Item>
        <Form.Item
          name="leadAgencyId"
          label={t('communesEdit.recovery.lead')}
          rules={required(t('communesEdit.recovery.lead'))}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={agencies.isPending}
            options={(agencies.data?.items ?? []).map((a) => ({
              value: a.id,
              label: en ? (a.nameEn ?? a.name) : a.name,
            }))}
            data-testid="recovery-lead"
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('communesEdit.recovery.deadline')}
          rules={required(t('communesEdit.recovery.deadline'))}
        >
          <DatePicker format={DAY} data-testid="recovery-deadline" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export function ScenarioDialog({
  communes,
  onClose,
}: {
  communes: Abilities['communes'];
  onClose: () => void;
}) {
  const { t, format, en, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useAddScenario();
  const confirm = useConfirmedSave();
  const hazards = useHazardOptions();
  const label = (c: Abilities['communes'][number]) => (en ? (c.nameEn ?? c.name) : c.name);
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      unitCode: v.unitCode as string,
      hazard: v.hazard as Hazard,
      title: v.title as string,
      householdsAtRisk: v.householdsAtRisk as number,
      peopleAtRisk: v.peopleAtRisk as number,
      evacuationSites: v.evacuationSites as string,
      forces: v.forces as string,
      supplies: v.supplies as string,
      approvedOn: v.approvedOn ? iso(v.approvedOn) : null,
    };
    const commune = communes.find((c) => c.code === body.unitCode);
    confirm({
      summary: t('communesEdit.scenario.summary', {
        commune: commune ? label(commune) : body.unitCode,
        name: body.title.trim(),
        households: format.count(body.householdsAtRisk),
        people: format.count(body.peopleAtRisk),
      }),
      testId: 'scenario',
      form,
      input: body,
      save: save.mutateAsync,
      saved: (_) => t('communesEdit.scenario.saved'),
      done: () => onClose(),
    });
  };
  const text = (field: 'sites' | 'forces' | 'supplies', name: string) => (
    <Form.Item
      name={name}
      label={t(`communesEdit.scenario.${field}`)}
      rules={required(t(`communesEdit.scenario.${field}`))}
    >
      <Input.TextArea rows={2} maxLength={4000} data-testid={`scenario-${field}`} />
    </Form.Item>
  );
  return (
    <FormDialog
      title={t('communesEdit.scenario.title')}
      saveLabel={t('communesEdit.scenario.save')}
      saving={save.isPending}
      error={save.error}
      testId="scenario"
      onSave={() => void submit().catch(() => undefined)}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="scenario-form"
        initialValues={{
          unitCode: communes.length === 1 ? communes[0]?.code : undefined,
          householdsAtRisk: 0,
          peopleAtRisk: 0,
        }}
      >
        <Form.Item
          name="unitCode"
          label={t('communesEdit.scenario.commune')}
          rules={required(t('communesEdit.scenario.commune'))}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={communes.map((c) => ({ value: c.code, label: label(c) }))}
          />
        </Form.Item>
        <Form.Item
          name="hazard"
          label={t('communesEdit.scenario.hazard')}
          rules={required(t('communesEdit.scenario.hazard'))}
        >
          <Select options={hazards} data-testid="scenario-hazard" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('communesEdit.scenario.name')}
          rules={required(t('communesEdit.scenario.name'))}
        >
          <Input maxLength={300} data-testid="scenario-title" />
        </Form.Item>
        <Form.Item
          name="householdsAtRisk"
          label={t('communesEdit.scenario.households')}
          rules={required(t('communesEdit.scenario.households'))}
        >
          <InputNumber min={0} max={1000000} precision={0} />
        </Form.Item>
        <Form.Item
          name="peopleAtRisk"
          label={t('communesEdit.scenario.people')}
          rules={required(t('communesEdit.scenario.people'))}
        >
          <InputNumber min={0} max={10000000} precision={0} />
        </Form.Item>
        {text('sites', 'evacuationSites')}
        {text('forces', 'forces')}
        {text('supplies', 'supplies')}
        <Form.Item name="approvedOn" label={t('communesEdit.scenario.approvedOn')}>
          <DatePicker format={DAY} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
