/**
 * Keeping the denouncer's identity confidential (Law on Denunciations 2018 art. 47–48) in the records others
 * read. What a denouncer does on their own case (filing it on the portal, withdrawing it) is recorded in the
 * timeline and the audit trail under the system actor `denunciation-intake`, with a request id of its own that
 * no server log line carries: the one link from the case to the person is the `denouncers` row. And a case's
 * texts (title, content, notes, answer) reach an official who may not know the denouncer with the denouncer's
 * data masked (redact.ts), whatever the denouncer or an official typed into them.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { loadUser } from '../identity/index.js';
import { caseRef, type LoadedCase } from './case-store.js';
import { decideCaseAction, isOwnCase } from './policy.js';
import { type PersonalData, personalDataOf, redactPersonalData } from './redact.js';
import { denouncers, submitters } from './schema.js';

/** The actor a denouncer's own steps are recorded under; its label is all the trail and timeline show. */
export const DENUNCIATION_INTAKE: Actor = { kind: 'system', name: 'denunciation-intake' };

/** The context a denouncer's own step is recorded under: no account, no request id leading to a log line. */
export function denouncerCtx(ctx: Ctx): Ctx {
  return { ...ctx, actor: DENUNCIATION_INTAKE, requestId: `denunciation-intake:${newId()}` };
}

/** `ctx` itself, or the intake's when the actor is the denouncer acting on their own denunciation. */
export function recordedCtx(ctx: Ctx, loaded: LoadedCase): Ctx {
  return loaded.row.kind === 'denunciation' && isOwnCase(ctx.actor, caseRef(loaded))
    ? denouncerCtx(ctx)
    : ctx;
}

/** The officials assigned to the case and the head who assigned them (art. 47); nobody else. */
export function mayKnowDenouncer(actor: Actor, loaded: LoadedCase): boolean {
  return decideCaseAction(actor, 'reveal_denouncer', caseRef(loaded)) === 'allow';
}

export type Mask = (text: string) => string;

const noMask: Mask = (text) => redactPersonalData(text);

function maskOf(person: PersonalData): Mask {
  return (text) => redactPersonalData(text, person);
}

/** The mask of one denunciation's texts, knowing its denouncer (and the account they filed with). */
export async function denouncerMask(db: Executor, caseId: string): Promise<Mask> {
  const [row] = await db.select().from(denouncers).where(eq(denouncers.caseId, caseId));
  if (!row) return noMask;
  const user = row.userId ? await loadUser(db, row.userId) : undefined;
  return maskOf(personalDataOf(row, user ? [user.displayName, user.username] : []));
}

/**
 * Masks for many cases at once (lists, exports): each case's submitter or denouncer, as far as the module
 * knows them; cases without a person get the generic mask (e-mails, phone and identity numbers).
 */
export async function personMasks(db: Executor, caseIds: string[]): Promise<(caseId: string) => Mask> {
  if (caseIds.length === 0) return () => noMask;
  const [denounced, submitted] = await Promise.all([
    db.select().from(denouncers).where(inArray(denouncers.caseId, caseIds)),
    db.select().from(submitters).where(inArray(submitters.caseId, caseIds)),
  ]);
  const masks = new Map<string, Mask>();
  for (const row of [...denounced, ...submitted]) masks.set(row.caseId, maskOf(personalDataOf(row)));
  return (caseId) => masks.get(caseId) ?? noMask;
}
