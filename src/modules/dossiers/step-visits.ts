/**
 * Moving a dossier between the steps of its internal workflow, as the process control slip records it
 * (Phiếu kiểm soát quá trình giải quyết hồ sơ, Form 06 of Circular 03/2025; RULES.md §1.3): each hand-off
 * records the giver, the receiver and the time, and each step's result is early / on time / late against the
 * step's allotted time, counted by the calendar like a statutory duration (RULES.md §7.3).
 */
import { type DurationUnit, dueDate, parseDuration, timeliness } from '../calendar/index.js';
import { type Draft, type Env, openVisit, steps } from './draft.js';
import type { StepSnapshot, VisitRow } from './model.js';

/** Who receives a step before a named person takes it: the role, as the control slip prints it. */
const ROLE_LABELS: Record<string, string> = {
  counter_clerk: 'Bộ phận Một cửa',
  specialist: 'Chuyên viên thụ lý',
  unit_leader: 'Lãnh đạo cơ quan',
  provincial_leader: 'Lãnh đạo UBND tỉnh',
};

function allotted(step: StepSnapshot) {
  const parsed = parseDuration(step.amount, step.unit);
  return parsed.ok ? parsed.value : undefined;
}

/** The dossier arrives at step `position`: a new visit opens, received at `env.at`. */
export function enterStep(
  d: Draft,
  env: Env,
  position: number,
  receivedBy?: { label: string; id: string | null },
): void {
  const step = steps(d).find((s) => s.position === position);
  if (!step) throw new Error(`dossier ${d.row.id}: no step ${position}`);
  const duration = allotted(step);
  const deadline = duration ? dueDate(env.cal, duration, env.at) : null;
  const visit: VisitRow = {
    dossierId: d.row.id,
    seq: d.visits.length + 1,
    provinceCode: d.row.provinceCode,
    stepPosition: step.position,
    stepName: step.name,
    role: step.role,
    agencyId: step.agencyId,
    unitCode: step.unitCode,
    receivedAt: env.at,
    receivedBy: receivedBy?.label ?? ROLE_LABELS[step.role ?? ''] ?? 'Cơ quan giải quyết',
    receivedById: receivedBy?.id ?? null,
    givenAt: null,
    givenBy: null,
    givenById: null,
    action: null,
    allottedAmount: duration ? step.amount : null,
    allottedUnit: duration ? step.unit : null,
    deadlineAt: deadline,
    timeliness: null,
    note: null,
  };
  d.visits.push(visit);
  d.dirtyVisits.add(visit.seq);
  d.row.currentStep = step.position;
  d.row.currentAgencyId = step.agencyId;
  d.row.currentUnitCode = step.unitCode;
  d.row.currentRole = step.role;
  d.row.stepSince = env.at;
  d.row.stepDeadline = deadline;
}

/** The open visit ends: who gave the dossier on, when, why, and the step's result against its time. */
export function leaveStep(d: Draft, env: Env, action: string, note?: string | null): VisitRow | undefined {
  const visit = openVisit(d);
  if (!visit) return undefined;
  visit.givenAt = env.at;
  visit.givenBy = env.by.label;
  visit.givenById = env.by.id;
  visit.action = action;
  visit.note = note ?? visit.note;
  if (visit.deadlineAt && visit.allottedUnit) {
    visit.timeliness = timeliness(env.cal, visit.allottedUnit as DurationUnit, env.at, visit.deadlineAt);
  }
  d.dirtyVisits.add(visit.seq);
  return visit;
}

/** The dossier leaves the workflow (finished, stopped, withdrawn): no step is current any more. */
export function leaveWorkflow(d: Draft, env: Env, action: string, note?: string | null): void {
  leaveStep(d, env, action, note);
  d.row.currentStep = null;
  d.row.currentAgencyId = null;
  d.row.currentUnitCode = null;
  d.row.currentRole = null;
  d.row.stepSince = null;
  d.row.stepDeadline = null;
}

/** The step after the current one, if any. */
export function nextStep(d: Draft): StepSnapshot | undefined {
  const all = steps(d);
  const index = all.findIndex((s) => s.position === d.row.currentStep);
  return index >= 0 ? all[index + 1] : undefined;
}

export function previousStep(d: Draft): StepSnapshot | undefined {
  const all = steps(d);
  const index = all.findIndex((s) => s.position === d.row.currentStep);
  return index > 0 ? all[index - 1] : undefined;
}
