/**
 * What a task's link points at (issue 8 §5), asked of the owning module through its public API (PRODUCT.md:
 * cross-module links go through the owning module's API), as the reader may see it:
 * - a dossier — `getDossier` by id; a code is found through the reader's own work queue (`listWorkQueue`, an
 *   exact code match), so a dossier outside the reader's scope stays unseen;
 * - a PAKN or complaint — `getFeedbackState` (the state without content or persons);
 * - a target — `getTarget`, its achievement at the latest period with a value;
 * - an investment project — `getProject`, its status, this year's disbursement rate and whether it is at risk.
 * Each answer carries the record's status in the owning module's vocabulary (the web words it with that
 * module's labels), the date that matters to a task, and the record's page.
 */
import type { Ctx } from '../../platform/context.js';
import { localDate } from '../calendar/index.js';
import { getDossier, listWorkQueue } from '../dossiers/index.js';
import { getFeedbackState } from '../feedback/index.js';
import { getProject } from '../investment/index.js';
import { getTarget } from '../targets/index.js';
import type { LinkKind } from './schema.js';

export type LinkResolution =
  | {
      state: 'resolved';
      /** How the owning module names the record, e.g. "DA-2026-017 — Đường tỉnh 208". */
      label: string;
      /** Its status as a code of the owning module (a case status, a project status, an achievement state). */
      status: string | null;
      /** The record's date that matters to a task: a dossier's or a case's deadline, a project's end date. */
      date: string | null;
      overdue: boolean;
      /** A percentage the module reports: a project's disbursement this year, a target's % of plan. */
      progress: number | null;
      /** The owning module flags it as at risk (an investment project behind its monthly plan). */
      atRisk: boolean;
      /** The page of the record in the web app, when it has one. */
      path: string | null;
    }
  /** The owning module knows no such record, or the reader may not see it. */
  | { state: 'not_found' }
  /** Nothing could be asked: the lookup failed (logged). */
  | { state: 'unresolved'; reason: 'module_not_available' | 'lookup_failed' };

type Resolved = Extract<LinkResolution, { state: 'resolved' }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = { state: 'not_found' } as const;
/** Dossier statuses in which the statutory clock still runs (dossiers module, model.ts). */
const DOSSIER_RUNNING = new Set(['submitted', 'processing', 'consulting']);

const resolved = (fields: Omit<Resolved, 'state' | 'progress' | 'atRisk'> & Partial<Resolved>): Resolved => ({
  state: 'resolved',
  progress: null,
  atRisk: false,
  ...fields,
});

/** Every kind answers through its module; a kind added later answers `module_not_available` until wired. */
export function isResolvable(kind: LinkKind): boolean {
  return kind === 'dossier' || kind === 'feedback' || kind === 'target' || kind === 'investment_project';
}

async function resolveDossier(ctx: Ctx, reference: string): Promise<LinkResolution> {
  let id = reference;
  if (!UUID.test(reference)) {
    // A code: the reader's work queue answers an exact code match; officials without one see nothing.
    const found = await listWorkQueue(ctx, { queue: 'all', q: reference, page: 1, pageSize: 5 });
    const match = found.ok
      ? found.value.items.find((d) => d.code === reference.trim().toUpperCase())
      : undefined;
    if (!match) return NOT_FOUND;
    id = match.id;
  }
  const dossier = await getDossier(ctx, id);
  if (!dossier.ok) return NOT_FOUND;
  const d = dossier.value;
  const running = DOSSIER_RUNNING.has(d.status);
  return resolved({
    label: `${d.code ?? d.id} — ${d.procedure.name}`,
    status: d.status,
    date: d.dueAt ? d.dueAt.toISOString() : null,
    overdue: running && d.dueAt !== null && d.dueAt.getTime() < ctx.now.getTime(),
    path: `/dossiers/${d.id}`,
  });
}

export async function resolveLink(ctx: Ctx, kind: LinkKind, reference: string): Promise<LinkResolution> {
  if (!isResolvable(kind)) return { state: 'unresolved', reason: 'module_not_available' };
  // Dossiers link by id or code; the other modules by record id.
  if (kind !== 'dossier' && !UUID.test(reference)) return NOT_FOUND;
  try {
    switch (kind) {
      case 'dossier':
        return await resolveDossier(ctx, reference);
      case 'investment_project': {
        const project = await getProject(ctx, reference);
        if (!project.ok) return NOT_FOUND;
        const p = project.value;
        return resolved({
          label: `${p.project.code} — ${p.project.name}`,
          status: p.project.status,
          date: p.project.currentEndDate,
          overdue: p.project.status === 'active' && p.project.currentEndDate < localDate(ctx.now),
          progress: p.totals.rate,
          atRisk: p.atRisk !== null,
          path: `/dashboard/investment?project=${p.project.id}`,
        });
      }
      case 'feedback': {
        const state = await getFeedbackState(ctx.db, reference, ctx.now);
        if (!state) return NOT_FOUND;
        return resolved({
          label: `${state.code} — ${state.title}`,
          status: state.status,
          date: state.dueAt ? state.dueAt.toISOString() : null,
          overdue: state.overdue,
          path: `/work/feedback?case=${state.id}`,
        });
      }
      case 'target': {
        const target = await getTarget(ctx, reference);
        if (!target.ok) return NOT_FOUND;
        const t = target.value.target;
        const latest = target.value.periods[0];
        return resolved({
          label: `${t.label} ${t.indicator}`.trim(),
          status: latest?.achievement.state ?? null,
          date: latest?.reportDue ?? null,
          overdue: latest?.achievement.state === 'no_value',
          progress: latest?.achievement.percentOfPlan ?? null,
          path: `/dashboard/targets?resolution=${t.resolutionId}&target=${t.id}`,
        });
      }
    }
  } catch (error) {
    ctx.log.error({ err: error, kind, reference }, 'oversight: link lookup failed');
    return { state: 'unresolved', reason: 'lookup_failed' };
  }
}
