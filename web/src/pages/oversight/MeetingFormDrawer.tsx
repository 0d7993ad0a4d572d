/**
 * "Record a meeting" (issue 8 §1): the body of a unit the reader leads, the title, time and place, the agenda,
 * who was called and whether they attended, the documents with the drafts put to the body and how each was
 * decided (outcome, wording, votes), and the minutes. The issuing leaders of the unit only (the server checks).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import type { RoleGrant } from '../../api/types';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type BodyKind, type Meeting, type NewMeeting, useRecordMeeting } from './meetings-api';

const BODY_KINDS: BodyKind[] = [
  'party_committee',
  'party_standing_committee',
  'people_council',
  'people_committee',
  'other',
];
const ROLES = ['chair', 'member', 'secretary', 'invited'] as const;
const ATTENDANCE = ['present', 'excused', 'absent'] as const;
const DOC_KINDS = ['report', 'draft', 'minutes', 'other'] as const;
const OUTCOMES = ['approved', 'approved_with_changes', 'rejected', 'deferred'] as const;

type Values = Omit<NewMeeting, 'startsAt'> & { startsAt: Dayjs };

type Props = { open: boolean; grants: RoleGrant[]; onClose: () => void; onRecorded: (m: Meeting) => void };

export function MeetingFormDrawer({ open, grants, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('oversight.meetingForm.title')}
      size={wide ? 760 : '100%'}
      destroyOnHidden
      closable={{ 'aria-label': t('common.close') }}
      data-testid="meeting-form-drawer"
    >
      {open ? <MeetingForm grants={grants} onCancel={onClose} onRecorded={onRecorded} /> : null}
    </Drawer>
  );
}

/** Text fields are trimmed; empty optional ones are left out (the API takes no empty strings). */
function clean<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(
    Object.entries(row)
      .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])
      .filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

function MeetingForm({
  grants,
  onCancel,
  onRecorded,
}: {
  grants: RoleGrant[];
  onCancel: () => void;
  onRecorded: (m: Meeting) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordMeeting();
  const m = (key: string) => t(`oversight.meetings.${key}` as 'oversight.meetings.title');
  const f = (key: string) => t(`oversight.meetingForm.${key}` as 'oversight.meetingForm.title');
  const required = { required: true, whitespace: true, message: f('required') };
  const choose = (list: readonly string[], prefix: string) =>
    list.map((value) => ({ value, label: m(`${prefix}.${value}`) }));

  const submit = (v: Values) =>
    record.mutate(
      clean({
        ...v,
        startsAt: v.startsAt.format(),
        agenda: (v.agenda ?? []).map(clean),
        participants: (v.participants ?? []).map(clean),
        documents: (v.documents ?? []).map(clean),
      }) as NewMeeting,
      {
        onSuccess: (meeting) => {
          void message.success(f('done'));
          onRecorded(meeting);
        },
        onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark
      onFinish={submit}
      initialValues={{
        unitCode: grants[0]?.unitCode,
        bodyKind: 'people_committee',
        startsAt: dayjs().startOf('hour'),
        agenda: [{}],
        participants: [{ role: 'chair', attendance: 'present' }],
        documents: [],
      }}
      data-testid="meeting-form"
    >
      {record.isError ? <ProblemAlert error={record.error} testId="meeting-form-error" /> : null}
      <div className="form-pair">
        <Form.Item name="unitCode" label={f('unit')} rules={[{ required: true }]}>
          <Select
            options={grants.map((g) => ({ value: g.unitCode, label: `${g.unitName} (${g.unitCode})` }))}
          />
        </Form.Item>
        <Form.Item name="bodyKind" label={f('bodyKind')}>
          <Select options={choose(BODY_KINDS, 'bodyKind')} />
        </Form.Item>
      </div>
      <Form.Item name="bodyName" label={m('body')} rules={[required]} extra={f('bodyNameHelp')}>
        <Input maxLength={300} data-testid="meeting-body-name" />
      </Form.Item>
      <Form.Item name="title" label={m('title')} rules={[required]}>
        <Input maxLength={500} data-testid="meeting-title" />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="startsAt" label={m('startsAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" allowClear={false} />
        </Form.Item>
        <Form.Item name="location" label={m('location')}>
          <Input maxLength={300} />
        </Form.Item>
      </div>
      <Form.Item name="chairName" label={m('chair')}>
        <Input maxLength={200} />
      </Form.Item>

      <Rows name="agenda" legend={m('agenda')} add={f('addAgenda')} remove={f('removeRow')} testId="agenda">
        {(row) => (
          <div className="form-pair">
            <Form.Item name={[row, 'title']} label={f('agendaTitle')} rules={[required]}>
              <Input maxLength={500} data-testid={`agenda-${row}-title`} />
            </Form.Item>
            <Form.Item name={[row, 'presenter']} label={f('presenter')}>
              <Input maxLength={200} />
            </Form.Item>
          </div>
        )}
      </Rows>

      <Rows
        name="participants"
        legend={m('participants')}
        add={f('addParticipant')}
        remove={f('removeRow')}
        initial={{ role: 'member', attendance: 'present' }}
        testId="participant"
      >
        {(row) => (
          <>
            <div className="form-pair">
              <Form.Item name={[row, 'name']} label={f('name')} rules={[required]}>
                <Input maxLength={200} data-testid={`participant-${row}-name`} />
              </Form.Item>
              <Form.Item name={[row, 'title']} label={f('office')}>
                <Input maxLength={200} />
              </Form.Item>
            </div>
            <div className="form-pair">
              <Form.Item name={[row, 'role']} label={f('role')}>
                <Select options={choose(ROLES, 'role')} />
              </Form.Item>
              <Form.Item name={[row, 'attendance']} label={f('attendance')}>
                <Select
                  options={choose(ATTENDANCE, 'attendance')}
                  data-testid={`participant-${row}-attendance`}
                />
              </Form.Item>
            </div>
          </>
        )}
      </Rows>

      <Rows
        name="documents"
        legend={m('documents')}
        add={f('addDocument')}
        remove={f('removeRow')}
        initial={{ kind: 'draft' }}
        testId="document"
      >
        {(row) => (
          <>
            <div className="form-pair">
              <Form.Item name={[row, 'kind']} label={f('documentKind')}>
                <Select options={choose(DOC_KINDS, 'kind')} />
              </Form.Item>
              <Form.Item name={[row, 'reference']} label={f('reference')}>
                <Input maxLength={1000} />
              </Form.Item>
            </div>
            <Form.Item name={[row, 'title']} label={f('documentTitle')} rules={[required]}>
              <Input maxLength={500} data-testid={`document-${row}-title`} />
            </Form.Item>
            <div className="form-pair">
              <Form.Item name={[row, 'outcome']} label={f('outcome')}>
                <Select
                  allowClear
                  options={choose(OUTCOMES, 'outcome')}
                  data-testid={`document-${row}-outcome`}
                />
              </Form.Item>
              <Form.Item name={[row, 'outcomeNote']} label={f('outcomeNote')}>
                <Input
                  maxLength={500}
                  placeholder={f('outcomeNotePlaceholder')}
                  data-testid={`document-${row}-note`}
                />
              </Form.Item>
            </div>
            <div className="form-triple">
              {(['votesFor', 'votesAgainst', 'votesAbstain'] as const).map((key) => (
                <Form.Item key={key} name={[row, key]} label={f(key)}>
                  <InputNumber min={0} max={100_000} precision={0} />
                </Form.Item>
              ))}
            </div>
          </>
        )}
      </Rows>

      <Form.Item name="minutes" label={m('minutes')}>
        <Input.TextArea rows={5} maxLength={50_000} />
      </Form.Item>
      <Space wrap className="form-actions">
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="meeting-submit">
          {f('submit')}
        </Button>
        <Button onClick={onCancel}>{t('oversight.issue.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** A repeatable group of fields (agenda items, participants, documents) in a fieldset. */
function Rows({
  name,
  legend,
  add,
  remove,
  initial = {},
  testId,
  children,
}: {
  name: 'agenda' | 'participants' | 'documents';
  legend: string;
  add: string;
  remove: string;
  initial?: Record<string, unknown>;
  testId: string;
  children: (row: number) => ReactNode;
}) {
  return (
    <fieldset className="task-rows">
      <legend>{legend}</legend>
      <Form.List name={name}>
        {(rows, list) => (
          <>
            {rows.map((row, index) => (
              <fieldset key={row.key} className="task-row" data-testid={`${testId}-${index}`}>
                <legend>
                  {legend} {index + 1}
                </legend>
                {children(row.name)}
                <Button
                  className="task-row-remove"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`${remove} ${legend.toLocaleLowerCase()} ${index + 1}`}
                  onClick={() => list.remove(row.name)}
                />
              </fieldset>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => list.add(initial)}
              block
              data-testid={`${testId}-add`}
            >
              {add}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
