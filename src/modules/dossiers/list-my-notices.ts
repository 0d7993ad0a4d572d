/**
 * Thông báo — what changed on the signed-in citizen's own dossiers, newest first (issue 15 §3): the same
 * transitions the e-mail/SMS notices report (notices.ts) and the ones the applicant acts on (a supplement asked,
 * a result out), read from the dossier events of the dossiers their account filed.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { detailsOf } from './dossier-view.js';
import { STATUS_LABELS_VI, type Status } from './model.js';
import { dossiers, events } from './schema.js';

/** The transitions an applicant is told of; internal hand-overs between steps are not theirs to follow. */
export const APPLICANT_NOTICE_TYPES = [
  'submitted',
  'received',
  'reception_supplement_requested',
  'supplement_requested',
  'rejected',
  'refused',
  'extended',
  'approved',
  'stopped',
  'result_returned',
  'withdrawn',
  'tracking_secret_reissued',
] as const;

export interface NoticeItem {
  dossierId: string;
  code: string | null;
  submissionRef: string | null;
  procedureName: string;
  at: Date;
  type: string;
  status: Status;
  statusLabel: string;
  details: string[];
}

export async function listMyNotices(
  ctx: Ctx,
  query: { limit: number },
): Promise<Result<NoticeItem[], DomainError>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const rows = await ctx.db
    .select({
      dossierId: events.dossierId,
      code: dossiers.code,
      submissionRef: dossiers.submissionRef,
      procedureName: dossiers.procedureName,
      at: events.at,
      type: events.type,
      status: events.status,
      payload: events.payload,
    })
    .from(events)
    .innerJoin(dossiers, eq(dossiers.id, events.dossierId))
    .where(
      and(eq(dossiers.applicantUserId, ctx.actor.userId), inArray(events.type, [...APPLICANT_NOTICE_TYPES])),
    )
    .orderBy(desc(events.at), desc(events.seq))
    .limit(query.limit);
  return ok(
    rows.map(({ payload, ...r }) => ({
      ...r,
      status: r.status as Status,
      statusLabel: STATUS_LABELS_VI[r.status as Status],
      details: detailsOf(r.type, payload),
    })),
  );
}
