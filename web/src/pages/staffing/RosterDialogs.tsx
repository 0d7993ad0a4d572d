/**
 * A commune keeps its roster (issue 21 §1: officials in post, qualifications and training): an official is taken
 * on or their particulars change from a date, or they leave on a date (the record stays). Positions held by
 * accounts belong to the users' administration; an account holder is linked here, not created.
 */
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useConfirmedSave } from '../../components/confirmed-save';
import { FormDialog } from '../../components/FormDialog';
import { todayInVietnam } from '../../layout/dates';
import {
  type Catalogue,
  type CommuneView,
  QUALIFICATIONS,
  type StaffInput,
  TRAININGS,
  useEndStaff,
  useSaveStaff,
} from './api';
import { useStaffingForm, ValidFromField } from './ChangeDialogs';

type Staff = CommuneView['staff'][number];

export function StaffDialog({
  commune,
  catalogue,
  person,
  onClose,
}: {
  commune: CommuneView;
  catalogue: Catalogue;
  person: Staff | null;
  onClose: () => void;
}) {
  const { t, format, en, name, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useSaveStaff(commune.unitCode, person?.personId ?? null);
  const confirm = useConfirmedSave();
  const accounts = commune.accountsNotOnRoster.filter((a) => a.positionId !== person?.positionId);
  const submit = async () => {
    const v = await form.validateFields();
    const body: StaffInput = {
      agencyId: v.agencyId,
      fullName: v.fullName,
      jobPosition: v.jobPosition,
      qualification: v.qualification,
      fieldOfStudy: v.fieldOfStudy?.trim() ? v.fieldOfStudy : null,
      trainings: v.trainings ?? [],
      positionId: v.positionId ?? null,
      validFrom: iso(v.validFrom),
    };
    confirm({
      summary: t('communesEdit.staff.summary', {
        name: body.fullName.trim(),
        job: name(catalogue.jobPositions.find((j) => j.code === body.jobPosition)),
        qualification: t(`staffing.qualifications.${body.qualification}`),
        day: format.day(body.validFrom),
      }),
      testId: 'staff',
      form,
      input: body,
      save: save.mutateAsync,
      saved: (r) => t('communesEdit.saved', { day: format.day(r.validFrom) }),
      done: () => onClose(),
    });
  };
  return (
    <FormDialog
      title={t('communesEdit.staff.title', { commune: en ? (commune.nameEn ?? commune.name) : commune.name })}
      saveLabel={t('communesEdit.staff.save')}
      saving={save.isPending}
      error={save.error}
      testId="staff"
      onSave={() => void submit().catch(() => undefined)}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="staff-form"
        initialValues={{
          agencyId: person?.agencyId ?? commune.agencies[0]?.id,
          fullName: person?.fullName ?? '',
          jobPosition: person?.jobPosition,
          qualification: person?.qualification ?? 'university',
          fieldOfStudy: person?.fieldOfStudy ?? '',
          trainings: person?.trainings ?? [],
          positionId: person?.positionId ?? undefined,
          validFrom: dayjs(todayInVietnam()),
        }}
      >
        <Form.Item
          name="fullName"
          label={t('staffing.columns.name')}
          rules={required(t('staffing.columns.name'))}
        >
          <Input maxLength={200} data-testid="staff-name" />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t('staffing.columns.agency')}
          rules={required(t('staffing.columns.agency'))}
        >
          <Select
            options={commune.agencies.map((a) => ({
              value: a.id,
              label: en ? (a.nameEn ?? a.name) : a.name,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="jobPosition"
          label={t('staffing.columns.job')}
          rules={required(t('staffing.columns.job'))}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={catalogue.jobPositions.map((j) => ({ value: j.code, label: name(j) }))}
            data-testid="staff-job"
          />
        </Form.Item>
        <Form.Item
          name="qualification"
          label={t('staffing.columns.qualification')}
          rules={required(t('staffing.columns.qualification'))}
        >
          <Select
            options={QUALIFICATIONS.map((q) => ({ value: q, label: t(`staffing.qualifications.${q}`) }))}
          />
        </Form.Item>
        <Form.Item name="fieldOfStudy" label={t('communesEdit.staff.fieldOfStudy')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="trainings" label={t('staffing.columns.trainings')}>
          <Checkbox.Group
            options={TRAININGS.map((x) => ({ value: x, label: t(`staffing.trainings.${x}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="positionId"
          label={t('communesEdit.staff.account')}
          extra={
            <>
              {t('communesEdit.staff.accountHint')}{' '}
              <Link to="/admin/users">{t('communesEdit.staff.manageAccounts')}</Link>
            </>
          }
        >
          <Select
            allowClear
            options={[
              ...(person?.positionId ? [{ value: person.positionId, label: person.fullName }] : []),
              ...accounts.map((a) => ({ value: a.positionId, label: `${a.title} — ${a.agencyName}` })),
            ]}
          />
        </Form.Item>
        <ValidFromField />
      </Form>
    </FormDialog>
  );
}

export function LeaveDialog({ person, onClose }: { person: Staff; onClose: () => void }) {
  const { t, format, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useEndStaff(person.personId);
  const confirm = useConfirmedSave();
  const submit = async () => {
    const v = await form.validateFields();
    const body = { validTo: iso(v.validTo), ...(v.reason?.trim() ? { reason: v.reason as string } : {}) };
    confirm({
      summary: t('communesEdit.staff.leaveSummary', { name: person.fullName, day: format.day(body.validTo) }),
      testId: 'leave',
      form,
      input: body,
      save: save.mutateAsync,
      saved: (r) => t('communesEdit.saved', { day: format.day(r.validTo) }),
      done: () => onClose(),
    });
  };
  return (
    <FormDialog
      title={t('communesEdit.staff.leaveTitle', { name: person.fullName })}
      saveLabel={t('communesEdit.staff.leaveSave')}
      saving={save.isPending}
      error={save.error}
      testId="leave"
      onSave={() => void submit().catch(() => undefined)}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ validTo: dayjs(todayInVietnam()), reason: '' }}>
        <Form.Item
          name="validTo"
          label={t('communesEdit.staff.leaveOn')}
          rules={required(t('communesEdit.staff.leaveOn'))}
        >
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item name="reason" label={t('communesEdit.staff.reason')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
