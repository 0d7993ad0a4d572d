/**
 * Electronic results in the demo history (issue 16 §5): the demo's commune leaders approve the online dossiers of
 * their own commune of the last quarter with their own accounts, and each such result is issued through
 * the real path — the procedure's template, a number from the agency's register, the PDF signed with the
 * leader's key — so "Kết quả điện tử" (Decision 766 indicator 4.1) counts what was issued. Only communes with a
 * demo leader account can sign; every other approval stays the system's and carries no result document. The
 * demo citizen gets a birth registration of their own, approved and issued the same way.
 */
import type { Ctx } from '../../platform/context.js';
import { localInstant } from '../../platform/vietnam-time.js';
import { addWorkingMinutes, localDate, type WorkingCalendar } from '../calendar/index.js';
import { birthDeclaration } from '../procedures/index.js';
import type { AgencySummary } from '../units/index.js';
import type { ProcedureBasis } from './basis.js';
import { decisionStep } from './draft.js';
import { issueResult, type ResultSigning } from './issue-result.js';
import type { StepSnapshot } from './model.js';
import { runDossierWork, type TimedOp, type WorkItem } from './run-work.js';

/** A demo leader who approves and signs for their commune. */
export interface DemoSigner {
  userId: string;
  name: string;
  unitCode: string;
}

/**
 * How far back the demo's leaders approved (and so signed) online dossiers themselves: a quarter, so the current
 * quarter's reports measure the share. Signing costs about 0.4–0.8 s a result on the 2-core machine (measured:
 * 99 results over a year of the 20,000-dossier demo took 74 s under load); a quarter is about 30 of them.
 */
export const E_RESULT_DAYS = 92;

/** A work item whose approval a leader signs: issued once the history is written. */
export type SignedItem = WorkItem & { issueAt?: Date };

/** The approval of `at`, by the leader when the result is to be issued electronically. */
export function approval(at: Date, signer: DemoSigner | null, by: string): TimedOp {
  return signer
    ? { op: { type: 'approve' }, at, by: signer.name, byUserId: signer.userId }
    : { op: { type: 'approve' }, at, by };
}

/** The step positions a dossier walks after reception up to its decision (as the demo planner counts them). */
export function stepsToDecision(basis: ProcedureBasis): { startAt: number; decision: number } | null {
  const workflow = basis.entry.workflow?.steps ?? [];
  const snapshot = workflow.map((s, i) => ({ position: i + 1, role: s.role })) as StepSnapshot[];
  const decision = decisionStep(snapshot)?.position ?? workflow.length - 1;
  const first = workflow[0];
  const startAt = first?.role === 'counter_clerk' && first.agencyRef === 'receiving_centre' ? 2 : 1;
  return workflow.length < 2 || decision < startAt ? null : { startAt, decision };
}

/**
 * The demo citizen's own birth registration (their child), filed online at their leader's commune two weeks
 * ago, received, handled and approved by the leader: the birth certificate they download and verify.
 */
export function citizenBirth(
  cal: WorkingCalendar,
  basis: ProcedureBasis,
  centres: AgencySummary[],
  signer: DemoSigner | undefined,
  citizen: { id: string; name: string },
  now: Date,
): SignedItem | undefined {
  const centre = signer && centres.find((a) => a.unitCode === signer.unitCode);
  const steps = stepsToDecision(basis);
  if (!steps || !centre || !signer || !citizen.name) return undefined;
  // Filed the evening before, received at 08:30 and decided the same morning: birth registration is done
  // within the day it is received (Law 60/2014 art. 16).
  const day = new Date(localInstant(localDate(new Date(now.getTime() - 14 * 86_400_000)), 8 * 3_600_000));
  const received = addWorkingMinutes(cal, day, 30);
  let t = received;
  const ops: TimedOp[] = [{ op: { type: 'receive' }, at: t, by: 'Công chức Bộ phận Một cửa (demo)' }];
  for (let p = steps.startAt; p < steps.decision; p++) {
    t = addWorkingMinutes(cal, t, 60);
    ops.push({ op: { type: 'forward' }, at: t, by: 'Chuyên viên thụ lý (demo)' });
  }
  t = addWorkingMinutes(cal, t, 60);
  if (t > now) return undefined;
  ops.push(approval(t, signer, ''));
  const declaration = birthDeclaration({
    requester: {
      fullName: citizen.name,
      idNumber: '004090001122',
      residence: 'Tổ 3, phường Thục Phán, tỉnh Cao Bằng',
    },
    child: { fullName: `${citizen.name.split(' ')[0]} Minh Anh`, sex: 'Nữ', dateOfBirth: localDay(day, -3) },
    commune: 'phường Thục Phán',
  });
  // The citizen is the father; the mother declared beside him.
  declaration.requester = { ...(declaration.requester as object), relationship: 'Cha' };
  declaration.mother = {
    fullName: 'Lương Thị Hạnh',
    birthYear: 1994,
    ethnicity: 'Tày',
    nationality: 'Việt Nam',
    residence: 'Tổ 3, phường Thục Phán, tỉnh Cao Bằng',
  };
  declaration.father = {
    fullName: citizen.name,
    birthYear: 1990,
    ethnicity: 'Tày',
    nationality: 'Việt Nam',
    residence: 'Tổ 3, phường Thục Phán, tỉnh Cao Bằng',
    idNumber: '004090001122',
  };
  return {
    create: {
      procedureCode: basis.code,
      channel: 'online',
      receivingAgencyId: centre.id,
      subjectUnitCode: signer.unitCode,
      applicant: {
        name: citizen.name,
        phone: '0912000111',
        address: 'Tổ 3, phường Thục Phán, tỉnh Cao Bằng',
      },
      resultMethod: 'online',
      documents: basis.documents.filter((d) => d.required).map((d) => ({ name: d.name })),
      declaration,
      applicantUserId: citizen.id,
      at: new Date(received.getTime() - 12 * 3_600_000),
      by: citizen.name,
    },
    ops,
    issueAt: t,
  };
}

/** dd days from `at`'s Vietnamese date, as YYYY-MM-DD. */
function localDay(at: Date, days: number): string {
  return new Date(at.getTime() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Issue the results the leaders approved, oldest first, each at its approval's time (numbers then run with the
 * dates, per agency and year). Returns the progress line's part: how many were signed, in how long.
 */
export async function issueDemoResults(
  ctx: Ctx,
  approved: Array<{ id: string; at: Date }>,
  signing: ResultSigning | undefined,
): Promise<string> {
  const started = Date.now();
  let signed = 0;
  for (const { id, at } of [...approved].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const issued = await issueResult({ ...ctx, now: at }, id, signing);
    if (issued.ok && issued.value.signed) signed++;
    else if (!issued.ok) ctx.log.warn({ dossierId: id, error: issued.error }, 'demo result not issued');
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  return signed ? `, ${signed} electronic results signed by their leaders in ${seconds} s` : '';
}

/** Write the planned history in batches; the dossiers whose result a leader signs, to issue after. */
export async function runDemoItems(
  ctx: Ctx,
  items: SignedItem[],
): Promise<{ made: number; skipped: number; toIssue: Array<{ id: string; at: Date }> }> {
  const toIssue: Array<{ id: string; at: Date }> = [];
  const issueLater = (item: SignedItem, id: string | undefined) => {
    if (item.issueAt && id) toIssue.push({ id, at: item.issueAt });
  };
  let made = 0;
  let skipped = 0;
  for (let i = 0; i < items.length; i += 2000) {
    const chunk = items.slice(i, i + 2000);
    const done = await runDossierWork(ctx, chunk);
    if (done.ok) {
      made += done.value.length;
      for (const [k, o] of done.value.entries()) issueLater(chunk[k]!, o.id);
      continue;
    }
    // A plan the rules refuse (e.g. a custom workflow the planner did not foresee) is skipped, not forced.
    for (const item of chunk) {
      const one = await runDossierWork(ctx, [item]);
      if (one.ok) {
        made += 1;
        issueLater(item, one.value[0]?.id);
      } else {
        skipped += 1;
        if (skipped <= 3) ctx.log.warn({ error: one.error }, 'demo dossier refused');
      }
    }
  }
  return { made, skipped, toIssue };
}
