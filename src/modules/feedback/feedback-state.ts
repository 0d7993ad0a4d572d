/**
 * The state of a case as another module may show it next to a link `{ kind: 'feedback', id }` (the oversight
 * module turns a PAKN or complaint into a task): its code, public title, status, unit and the running deadline.
 * Never the content or a person.
 */
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { CASE_ID } from './case-store.js';
import { type CaseKind, type CaseStatus, FEEDBACK_LINK_KIND, isClosedStatus } from './model.js';
import { cases } from './schema.js';

export interface FeedbackState {
  linkKind: typeof FEEDBACK_LINK_KIND;
  id: string;
  code: string;
  caseKind: CaseKind;
  title: string;
  status: CaseStatus;
  closed: boolean;
  provinceCode: string;
  unitCode: string;
  agencyId: string;
  receivedAt: Date;
  closedAt: Date | null;
  /** The running step due soonest, if any. */
  dueAt: Date | null;
  overdue: boolean;
}

export async function getFeedbackState(
  db: Executor,
  id: string,
  now: Date = new Date(),
): Promise<FeedbackState | undefined> {
  const [row] = await db
    .select({
      c: cases,
      dueAt: sql<Date | null>`(select min(d.due_at) from feedback.deadlines d where d.case_id = ${CASE_ID} and d.done_at is null)`,
    })
    .from(cases)
    .where(eq(cases.id, id));
  if (!row) return undefined;
  const c = row.c;
  const dueAt = row.dueAt ? new Date(row.dueAt) : null;
  return {
    linkKind: FEEDBACK_LINK_KIND,
    id: c.id,
    code: c.code,
    caseKind: c.kind,
    title: c.publicTitle,
    status: c.status,
    closed: isClosedStatus(c.kind, c.status),
    provinceCode: c.provinceCode,
    unitCode: c.unitCode,
    agencyId: c.agencyId,
    receivedAt: c.receivedAt,
    closedAt: c.closedAt,
    dueAt,
    // A suspended complaint's time does not run (suspend-case.ts).
    overdue: c.status !== 'suspended' && dueAt !== null && dueAt.getTime() < now.getTime(),
  };
}
