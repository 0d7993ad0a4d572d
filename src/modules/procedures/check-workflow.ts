/**
 * The two checks a workflow must pass before it is published (issue 5 §6): its step times fit the statutory
 * duration (workflow-check.ts) and every agency it names exists in the province. Problems come back as values
 * with a plain message each, for the API and for the live check in the editor.
 */
import type { Role } from '../../platform/context.js';
import type { Channel, ChannelDuration } from './duration-text.js';
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
  /** One readable sentence per problem (English; the web app words them in the user's language). */
  messages: string[];
}

export interface CheckContext {
  provinceCode: string;
  statutory: ChannelDuration[];
  decidingAgencyId: string | null;
  /** The agencies that exist, by id (only those named by the publication and the steps are needed). */
  agencies: Map<string, { provinceCode: string }>;
}

/** "2 working days 3 hours" from working minutes. */
export function describeMinutes(minutes: number): string {
  const days = Math.floor(minutes / WORKING_DAY_MINUTES);
  const rest = minutes - days * WORKING_DAY_MINUTES;
  const hours = Math.round((rest / 60) * 100) / 100;
  const parts = [
    ...(days ? [`${days} working day${days === 1 ? '' : 's'}`] : []),
    ...(hours || !days ? [`${hours} working hour${hours === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(' ');
}

function message(p: WorkflowProblem): string {
  switch (p.kind) {
    case 'no_steps':
      return 'The workflow has no steps.';
    case 'no_statutory_duration':
      return 'The procedure gives no statutory processing time with a unit, so the workflow cannot be checked: record the time in a new version of the procedure first.';
    case 'invalid_step_time':
      return `Step ${p.position}: ${p.reason}.`;
    case 'exceeds':
      return `The steps take ${describeMinutes(p.totalMinutes)}, more than the statutory time allows (${describeMinutes(p.budgetMinutes)}, ${p.channel} channel).`;
    case 'missing_agency':
      return p.position === null
        ? 'The deciding agency of the publication does not exist in this province.'
        : `Step ${p.position} names an agency that does not exist in this province.`;
    case 'empty_step_name':
      return `Step ${p.position} has no name.`;
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
    messages: problems.map(message),
  };
}
