/**
 * Tasks as an issuer writes them: checked (agencies known and within the issuer's reach, one deadline given
 * as a date or as working days through the calendar module) and turned into rows.
 */
import { actorLabel, type Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import type { FieldError } from '../../platform/result.js';
import { fieldError } from '../../platform/result.js';
import { foldForSearch } from '../../platform/search-text.js';
import { nfc } from '../../platform/text.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { type AgencySummary, findAgencies } from '../units/index.js';
import { msg } from './messages.js';
import { type LinkKind, type Priority, taskCoordinators, taskLinks, tasks } from './schema.js';

export interface TaskInput {
  title: string;
  content: string;
  leadAgencyId: string;
  coordinatingAgencyIds?: string[] | undefined;
  /** Hạn hoàn thành as a date … */
  deadline?: string | undefined;
  /** … or as a number of working days after the issue date (calendar module, days off skipped). */
  deadlineWorkingDays?: number | undefined;
  priority?: Priority | undefined;
  expectedOutput?: string | undefined;
  /** Records of other modules the task points at from the start (checked by the caller: raise-task.ts). */
  links?: Array<{ kind: LinkKind; reference: string }> | undefined;
}

export interface Issuer {
  provinceCode: string;
  issuerUnitCode: string;
  issuedOn: string;
}

export interface PlannedTask {
  input: TaskInput;
  deadline: string;
  lead: AgencySummary;
  coordinators: AgencySummary[];
}

/**
 * Check tasks for an issuer: a provincial issuer assigns to any agency of the province; a commune's leaders
 * only to their commune's agencies (a commune does not direct a provincial department).
 */
export async function planTasks(
  ctx: Ctx,
  cal: WorkingCalendar,
  issuer: Issuer,
  inputs: readonly TaskInput[],
  field = 'tasks',
): Promise<{ ok: true; planned: PlannedTask[] } | { ok: false; errors: FieldError[] }> {
  const ids = inputs.flatMap((t) => [t.leadAgencyId, ...(t.coordinatingAgencyIds ?? [])]);
  const agencies = await findAgencies(ctx.db, ids);
  const errors: FieldError[] = [];
  const inReach = (a: AgencySummary) =>
    a.provinceCode === issuer.provinceCode &&
    (issuer.issuerUnitCode === issuer.provinceCode || a.unitCode === issuer.issuerUnitCode);
  const planned: PlannedTask[] = [];
  inputs.forEach((input, i) => {
    const at = `${field}.${i}`;
    const lead = agencies.get(input.leadAgencyId);
    if (!lead) errors.push({ field: `${at}.leadAgencyId`, message: 'unknown agency' });
    else if (!inReach(lead))
      errors.push({ field: `${at}.leadAgencyId`, message: 'outside the issuer’s unit' });
    const coordinators: AgencySummary[] = [];
    for (const [j, id] of [...new Set(input.coordinatingAgencyIds ?? [])].entries()) {
      const agency = agencies.get(id);
      if (!agency) errors.push({ field: `${at}.coordinatingAgencyIds.${j}`, message: 'unknown agency' });
      else if (!inReach(agency))
        errors.push({ field: `${at}.coordinatingAgencyIds.${j}`, message: 'outside the issuer’s unit' });
      else if (id !== input.leadAgencyId) coordinators.push(agency);
    }
    let deadline: string | undefined;
    if ((input.deadline === undefined) === (input.deadlineWorkingDays === undefined)) {
      errors.push({
        field: `${at}.deadline`,
        message: 'give either a deadline date or a number of working days',
      });
    } else if (input.deadline !== undefined) {
      deadline = input.deadline;
      if (deadline < issuer.issuedOn)
        errors.push(fieldError(`${at}.deadline`, msg('oversight.notBeforeIssue', { day: issuer.issuedOn })));
    } else {
      deadline = cal.addWorkingDays(issuer.issuedOn, input.deadlineWorkingDays!);
    }
    if (lead && deadline) planned.push({ input, deadline, lead, coordinators });
  });
  return errors.length ? { ok: false, errors } : { ok: true, planned };
}

/** Insert planned tasks of a conclusion from place `firstSeq` on; returns their ids and codes. */
export async function insertTasks(
  tx: Tx,
  ctx: Ctx,
  conclusion: { id: string; number: string; provinceCode: string },
  planned: readonly PlannedTask[],
  firstSeq: number,
): Promise<Array<{ id: string; code: string }>> {
  const created: Array<{ id: string; code: string }> = [];
  for (const [i, p] of planned.entries()) {
    const seq = firstSeq + i;
    const id = newId();
    const code = `${conclusion.number}-${String(seq).padStart(2, '0')}`;
    const title = nfc(p.input.title);
    const content = nfc(p.input.content);
    await tx.insert(tasks).values({
      id,
      provinceCode: conclusion.provinceCode,
      conclusionId: conclusion.id,
      seq,
      code,
      title,
      content,
      leadAgencyId: p.lead.id,
      leadUnitCode: p.lead.unitCode,
      priority: p.input.priority ?? 'normal',
      expectedOutput: p.input.expectedOutput?.trim() ? nfc(p.input.expectedOutput) : null,
      deadline: p.deadline,
      originalDeadline: p.deadline,
      deadlineWorkingDays: p.input.deadlineWorkingDays ?? null,
      status: 'assigned',
      searchText: foldForSearch(`${code} ${title} ${content}`),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (p.input.links?.length)
      await tx.insert(taskLinks).values(
        p.input.links.map((link) => ({
          id: newId(),
          taskId: id,
          provinceCode: conclusion.provinceCode,
          kind: link.kind,
          reference: link.reference,
          createdBy: actorLabel(ctx.actor),
          createdAt: ctx.now,
        })),
      );
    if (p.coordinators.length)
      await tx.insert(taskCoordinators).values(
        p.coordinators.map((a) => ({
          taskId: id,
          agencyId: a.id,
          unitCode: a.unitCode,
          provinceCode: conclusion.provinceCode,
        })),
      );
    created.push({ id, code });
  }
  return created;
}
