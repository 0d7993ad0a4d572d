/**
 * Giao nhiệm vụ từ phản ánh, khiếu nại hoặc dự án chậm giải ngân — a leader turns a PAKN or complaint (issue 10
 * §3) or an investment project at risk (issue 9 §2) into an oversight task in one action: a standalone
 * directive of the leader's unit with one task pointing at the source, its lead agency prefilled from the
 * source (the case's competent agency, the project's owner). One transaction holds both sides: the feedback
 * module records and audits the request (`requestOversight`, which refuses a second one), and this module
 * issues and audits the directive; if either refuses, nothing is written. The investment module keeps no such
 * record, so only the directive's audit entry names the project.
 */
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/database/connection.js';
import { invalidBecause, notFound, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { FEEDBACK_LINK_KIND, getFeedbackState, requestOversight } from '../feedback/index.js';
import { getProject, INVESTMENT_LINK_KIND } from '../investment/index.js';
import type { ConclusionDetail } from './conclusion-view.js';
import { issueConclusion } from './issue-conclusion.js';
import { msg } from './messages.js';
import type { TaskInput } from './task-input.js';

export const RAISE_SOURCES = [FEEDBACK_LINK_KIND, INVESTMENT_LINK_KIND] as const;
export type RaiseSource = (typeof RAISE_SOURCES)[number];

export interface RaiseTaskInput {
  /** The record the task comes from; a feedback case is changed too, so its version is sent. */
  source: { kind: RaiseSource; id: string; version?: number | undefined };
  issuerUnitCode: string;
  issuerName: string;
  /** The directive's number and date (numbered like every document of the unit). */
  number: string;
  issuedOn: string;
  /** The directive's title; by default "Chỉ đạo xử lý …" and the source's code. */
  title?: string | undefined;
  signerName?: string | undefined;
  /** The task; without a lead agency, the source's (the case's competent agency, the project's owner). */
  task: Omit<TaskInput, 'leadAgencyId' | 'links'> & { leadAgencyId?: string | undefined };
  /** Why, for the source's timeline (feedback). */
  note?: string | undefined;
}

/** Raised through the source: the directive and the task it holds. */
export interface Raised {
  conclusion: ConclusionDetail;
  taskId: string;
}

interface Source {
  code: string;
  title: string;
  leadAgencyId: string | null;
}

/** Ends the transaction with a use case's refusal (a domain error, not a bug). */
class Refused extends Error {
  constructor(readonly result: Result<never>) {
    super('refused');
  }
}

async function loadSource(ctx: Ctx, input: RaiseTaskInput): Promise<Result<Source>> {
  if (input.source.kind === FEEDBACK_LINK_KIND) {
    if (input.source.version === undefined)
      return invalidBecause(msg('oversight.caseVersion'), [{ field: 'source.version', message: 'required' }]);
    // Who may see and change the case is the feedback module's to decide (requestOversight, below).
    const state = await getFeedbackState(ctx.db, input.source.id, ctx.now);
    if (!state) return notFound('feedback case', input.source.id);
    return { ok: true, value: { code: state.code, title: state.title, leadAgencyId: state.agencyId } };
  }
  const project = await getProject(ctx, input.source.id);
  if (!project.ok) return project;
  const p = project.value.project;
  return { ok: true, value: { code: p.code, title: p.name, leadAgencyId: p.ownerAgencyId } };
}

export async function raiseTask(ctx: Ctx, input: RaiseTaskInput): Promise<Result<Raised>> {
  const source = await loadSource(ctx, input);
  if (!source.ok) return source;
  const leadAgencyId = input.task.leadAgencyId ?? source.value.leadAgencyId;
  if (!leadAgencyId)
    return invalidBecause(msg('oversight.chooseLead'), [{ field: 'task.leadAgencyId', message: 'required' }]);
  const what = input.source.kind === FEEDBACK_LINK_KIND ? 'phản ánh, kiến nghị, khiếu nại' : 'dự án';
  const title = input.title?.trim()
    ? input.title
    : `Chỉ đạo xử lý ${what} ${source.value.code}: ${source.value.title}`.slice(0, 500);
  const run = async (tx: Tx): Promise<Raised> => {
    const txCtx: Ctx = { ...ctx, db: tx };
    if (input.source.kind === FEEDBACK_LINK_KIND) {
      const requested = await requestOversight(txCtx, input.source.id, {
        version: input.source.version!,
        note: input.note?.trim() ? nfc(input.note) : undefined,
      });
      if (!requested.ok) throw new Refused(requested);
    }
    const issued = await issueConclusion(txCtx, {
      issuerUnitCode: input.issuerUnitCode,
      issuerName: input.issuerName,
      kind: 'directive',
      number: input.number,
      issuedOn: input.issuedOn,
      title,
      summary: input.note,
      signerName: input.signerName,
      tasks: [
        {
          ...input.task,
          leadAgencyId,
          links: [{ kind: input.source.kind, reference: input.source.id }],
        },
      ],
    });
    if (!issued.ok) throw new Refused(issued);
    return { conclusion: issued.value, taskId: issued.value.tasks[0]!.id };
  };
  try {
    return { ok: true, value: await ctx.db.transaction(run) };
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
