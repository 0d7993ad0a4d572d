/**
 * The two checks a workflow must pass before it is published (issue 5 §6): its step times fit the statutory
 * duration (workflow-check.ts) and every agency it names exists in the province. Problems come back as values
 * with a plain message each, for the API and for the live check in the editor.
 */
import type { Role } from '../../platform/context.js';
import { type Message, renderMessage } from '../../platform/http/messages.js';
import type { Channel, ChannelDuration } from './duration-text.js';
import { msg } from './messages.js';
import {
  checkWorkflowTimes,
  type TimeAmount,
  type TimeProblem,
  WORKING_DAY_MINUTES,
} from './workflow-check.js';
import type { AgencyRef } from './workflow-templates.js';

export interface StepInput {
  name: string;
  role: Role | null;
  agencyRef: AgencyRef;
  agencyId: string | null;
  amount: number;
  unit: TimeAmount['unit'];
}

export type WorkflowProblem =
  | TimeProblem
  | { kind: 'missing_agency'; position: number | null; agencyId: string | null }
  | { kind: 'empty_step_name'; position: number };

export interface WorkflowCheck {
  ok: boolean;
  totalMinutes: number;
  budgetMinutes: number | null;
  channel: Channel | null;
  problems: WorkflowProblem[];
  /** One readable sentence per problem (English; the web app words `problems` in the user's language). */
  messages: string[];
}

export interface CheckContext {
  provinceCode: string;
  statutory: ChannelDuration[];
  decidingAgencyId: string | null;
  /** The agencies that exist, by id (only those named by the publication and the steps are needed). */
  agencies: Map<string, { provinceCode: string }>;
}

/** "2 working days 3 working hours" from working minutes, in the reader's language. */
export function minutesMessage(minutes: number): Message {
  const days = Math.floor(minutes / WORKING_DAY_MINUTES);
  const rest = minutes - days * WORKING_DAY_MINUTES;
  const hours = Math.round((rest / 60) * 100) / 100;
  const daysPart = msg(days === 1 ? 'procedures.workingDay' : 'procedures.workingDays', { count: days });
  const hoursPart = msg(hours === 1 ? 'procedures.workingHour' : 'procedures.workingHours', { count: hours });
  if (!days) return hoursPart;
  return hours ? msg('procedures.daysAndHours', { days: daysPart, hours: hoursPart }) : daysPart;
}

/** "2 working days 3 working hours" from working minutes. */
export const describeMinutes = (minutes: number): string => renderMessage(minutesMessage(minutes), 'en');

/** One problem as a sentence for the catalogue administrator (issue 15 §2: in the reader's language). */
export function problemMessage(p: WorkflowProblem): Message {
  switch (p.kind) {
    case 'no_steps':
      return msg('procedures.workflowNoSteps');
    case 'no_statutory_duration':
      return msg('procedures.workflowNoStatutory');
    case 'invalid_step_time':
      return msg('procedures.workflowStepTime', { position: p.position });
    case 'exceeds':
      return msg('procedures.workflowExceeds', {
        total: minutesMessage(p.totalMinutes),
        budget: minutesMessage(p.budgetMinutes),
        channel: msg(`procedures.channel.${p.channel}`),
      });
    case 'missing_agency':
      return p.position === null
        ? msg('procedures.workflowNoDeciding')
        : msg('procedures.workflowNoAgency', { position: p.position });
    case 'empty_step_name':
      return msg('procedures.workflowNoName', { position: p.position });
  }
}

export function checkWorkflow(context: CheckContext, steps: StepInput[]): WorkflowCheck {
  const time = checkWorkflowTimes(
    context.statutory,
    steps.map((s) => ({ amount: s.amount, unit: s.unit })),
  );
  const problems: WorkflowProblem[] = [...time.problems];
  const exists = (id: string | null) =>
    id !== null && context.agencies.get(id)?.provinceCode === context.provinceCode;
  if (context.decidingAgencyId && !exists(context.decidingAgencyId))
    problems.push({ kind: 'missing_agency', position: null, agencyId: context.decidingAgencyId });
  steps.forEach((s, i) => {
    if (!s.name.trim()) problems.push({ kind: 'empty_step_name', position: i + 1 });
    if (s.agencyRef === 'agency' && !exists(s.agencyId))
      problems.push({ kind: 'missing_agency', position: i + 1, agencyId: s.agencyId });
  });
  return {
    ok: problems.length === 0,
    totalMinutes: time.totalMinutes,
    budgetMinutes: time.budgetMinutes,
    channel: time.channel,
    problems,
    messages: problems.map((p) => renderMessage(problemMessage(p), 'en')),
  };
}
