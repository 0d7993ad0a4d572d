/**
 * The shape every handling use case shares (STYLE.md, A use case): load the case, ask the policy, plan the
 * change (validation only, no writes), then in one transaction save the case under its version (409 with the
 * case as the caller may read it, when someone changed it meanwhile), apply the step writes and timeline, and
 * write the audit entry last. Answers what changed; a reader asks `getCase` for the whole view.
 */
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/database/connection.js';
import { conflictBecause, forbiddenBecause, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import {
  addEvent,
  type CaseRow,
  type Clock,
  caseRef,
  clockFor,
  inTransaction,
  type LoadedCase,
  loadCase,
  saveCase,
} from './case-store.js';
import { buildCaseView, buildOwnCaseView } from './case-view.js';
import { recordedCtx } from './denouncer-privacy.js';
import { msg } from './messages.js';
import type { CaseKind, CaseStatus } from './model.js';
import { type CaseAction, decideCaseAction, isOwnCase } from './policy.js';

export interface CaseChange {
  changes: Partial<CaseRow>;
  /** Writes after the case row is saved: deadlines, assignments. */
  apply?: (tx: Tx) => Promise<void>;
  event: { action: string; note?: string | null; data?: unknown; visibleToSubmitter?: boolean };
  audit: { action: string; before?: unknown; after?: unknown };
}

/** What a handling step answers: the case's new status and version. */
export interface CaseChanged {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  version: number;
}

/** Load and authorise: 404 when the case is hidden from the actor, 403 when visible but not theirs to change. */
export async function authorizedCase(
  ctx: Ctx,
  caseId: string,
  action: CaseAction,
): Promise<Result<LoadedCase>> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) return notFound('feedback case', caseId);
  const decision = decideCaseAction(ctx.actor, action, caseRef(loaded));
  if (decision === 'hide') return notFound('feedback case', caseId);
  if (decision === 'deny') return forbiddenBecause(msg('feedback.stepNotAllowed'));
  return ok(loaded);
}

export async function changeCase(
  ctx: Ctx,
  caseId: string,
  version: number,
  action: CaseAction,
  plan: (loaded: LoadedCase, clock: Clock) => Result<CaseChange> | Promise<Result<CaseChange>>,
): Promise<Result<CaseChanged>> {
  const authorized = await authorizedCase(ctx, caseId, action);
  if (!authorized.ok) return authorized;
  const loaded = authorized.value;
  const clock = await clockFor(ctx.db, loaded.row.provinceCode);
  const planned = await plan(loaded, clock);
  if (!planned.ok) return planned;
  const change = planned.value;
  // A denouncer's own step (a withdrawal) is recorded under the intake's name, not their account (art. 47).
  const recorded = recordedCtx(ctx, loaded);
  const saved = await inTransaction(ctx.db, async (tx) => {
    if (!(await saveCase(tx, ctx, caseId, version, change.changes))) return false;
    await change.apply?.(tx);
    await addEvent(tx, recorded, loaded.row, change.event.action, change.event);
    await recordAudit(tx, recorded, {
      action: change.audit.action,
      entityType: 'feedback_case',
      entityId: caseId,
      provinceCode: loaded.row.provinceCode,
      before: change.audit.before,
      after: { code: loaded.row.code, ...(change.audit.after as object) },
    });
    return true;
  });
  if (!saved) {
    const current = await loadCase(ctx.db, caseId);
    const readable = current && decideCaseAction(ctx.actor, 'read', caseRef(current)) === 'allow';
    const view = !current
      ? undefined
      : readable
        ? await buildCaseView(ctx.db, current, ctx.actor, ctx.now)
        : isOwnCase(ctx.actor, caseRef(current))
          ? await buildOwnCaseView(ctx.db, current, ctx.now)
          : undefined;
    return conflictBecause(msg('feedback.changedFirst'), view);
  }
  return ok({
    id: caseId,
    code: loaded.row.code,
    kind: loaded.row.kind,
    status: change.changes.status ?? loaded.row.status,
    version: version + 1,
  });
}
