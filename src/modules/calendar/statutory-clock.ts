/**
 * Đồng hồ thời hạn giải quyết — the statutory clock of one dossier, as a serialisable list of events.
 *
 * Events: start (valid reception), pause (supplement requested, or another suspension), resume (supplement
 * received, time continues), restart (Decree 61/2018 art. 19(4): a supplement requested at appraisal restarts
 * the time from zero once the dossier is complete), extend (once, with a new due date, after an apology letter
 * — Form 04 — filed at least one working day before the due date) and finish (done, returned, refused, stopped,
 * withdrawn). The object holds only the duration and the events, so every figure can be recomputed at any
 * instant from the history. Invalid transitions return typed errors.
 *
 * Pauses: at a pause the remaining time is frozen (working time for working units, calendar time for calendar
 * days and months). On resume the due date becomes "resume + remaining", rounded up to the unit's boundary
 * (17:00 for working days) and never earlier than before, so a pause never shortens the remaining time.
 *
 * Two measures of timeliness:
 * (a) `indicator` — Circular 01/2018 art. 13 indicator 1: time taken against the statutory limit. Uses the
 *     statutory due date of the current cycle (pauses shift it, an extension does not: an apology does not make
 *     a late dossier on time), compared at the unit's granularity (durations.ts `timelinessMs`).
 * (b) `portal` — the National Public Service Portal rule: on time when (end − supplement time) ≤ appointment;
 *     more than one supplement request is late; a dossier waiting for a supplement ends at the request; an
 *     unfinished one ends at the reading instant (read it at the reporting period's end). The appointment is the
 *     one on the receipt (first cycle, before pauses and extension) unless the caller passes another.
 */
import { fail, ok, type Result } from '../../platform/result.js';
import {
  append,
  type ClockError,
  type ClockState,
  type FinishOutcome,
  iso,
  measureOf,
  type PauseReason,
  parseInstant,
  replay,
  type StatutoryClock,
} from './clock-history.js';
import { type InstantInput, MS_PER_MINUTE } from './dates.js';
import {
  countingStartMs,
  type Duration,
  isWorkingTimeUnit,
  type Medium,
  parseDuration,
  roundUpMs,
  type Timeliness,
  timelinessMs,
} from './durations.js';
import type { WorkingCalendar } from './working-calendar.js';

export type {
  ClockError,
  ClockEvent,
  ClockState,
  FinishOutcome,
  PauseReason,
  StatutoryClock,
} from './clock-history.js';

export interface TimelinessReading {
  status: Timeliness;
  /** True when later events cannot change the status (finished, or already late). */
  final: boolean;
}

export interface PortalReading extends TimelinessReading {
  /** What the portal counts: (end − supplement time) ≤ appointment, and at most one supplement request. */
  onTime: boolean;
  end: string;
  adjustedEnd: string;
  appointment: string;
}

export interface ClockReading {
  at: string;
  state: ClockState;
  outcome: FinishOutcome | null;
  /** 1, plus one per restart from zero. */
  cycle: number;
  countingFrom: string;
  /** Unit of the minutes below: working time (working units) or calendar time (calendar days, months). */
  measure: 'working_time' | 'calendar_time';
  /** Time counted in this cycle, pauses excluded, up to the reading (or the pause or finish). */
  elapsedMinutes: number;
  /** Time left until `due`; negative when overdue. Frozen while paused or finished. */
  remainingMinutes: number;
  /** Current due instant, extension included; while paused, the due instant if resumed at the reading. */
  due: string;
  /** As `due`, ignoring the extension. */
  statutoryDue: string;
  extended: boolean;
  pausedSince: string | null;
  supplementRequests: number;
  /** Real minutes spent waiting for supplements (the portal subtracts these). */
  supplementMinutes: number;
  indicator: TimelinessReading;
  portal: PortalReading;
}

/** When time counts from: `countFrom` if given, else by Decree 61 art. 18 for the medium, else `at`. */
export interface CountingOptions {
  medium?: Medium;
  countFrom?: InstantInput;
}

function countFromOf(cal: WorkingCalendar, at: number, options: CountingOptions): Result<number, ClockError> {
  if (options.countFrom !== undefined) return parseInstant(options.countFrom, 'countFrom');
  return ok(options.medium ? countingStartMs(cal, at, options.medium) : at);
}

/** Starts the clock at valid reception (Giấy tiếp nhận). A paper dossier after 15:00 counts from the next working day. */
export function startClock(
  cal: WorkingCalendar,
  duration: Duration,
  receivedAt: InstantInput,
  options: CountingOptions = {},
): Result<StatutoryClock, ClockError> {
  const valid = parseDuration(duration.amount, duration.unit);
  if (!valid.ok) return fail({ kind: 'invalid_duration', reason: valid.error.reason });
  const at = parseInstant(receivedAt, 'at');
  if (!at.ok) return at;
  const from = countFromOf(cal, at.value, options);
  if (!from.ok) return from;
  return append(
    cal,
    { version: 1, duration: valid.value, events: [] },
    {
      type: 'start',
      at: iso(at.value),
      countFrom: iso(from.value),
    },
  );
}

/** Suspends the clock; `supplement` = Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Form 02). */
export function pauseClock(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  reason: PauseReason = 'supplement',
): Result<StatutoryClock, ClockError> {
  const t = parseInstant(at, 'at');
  return t.ok ? append(cal, clock, { type: 'pause', at: iso(t.value), reason }) : t;
}

/** Resumes after a pause; the remaining time carries on (the due date moves by the pause). */
export function resumeClock(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  options: CountingOptions = {},
): Result<StatutoryClock, ClockError> {
  return resumeOrRestart(cal, clock, at, options, 'resume');
}

/** Decree 61 art. 19(4): the supplement requested at appraisal is complete; the time restarts from zero. */
export function restartClock(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  options: CountingOptions = {},
): Result<StatutoryClock, ClockError> {
  return resumeOrRestart(cal, clock, at, options, 'restart');
}

function resumeOrRestart(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  options: CountingOptions,
  type: 'resume' | 'restart',
): Result<StatutoryClock, ClockError> {
  const t = parseInstant(at, 'at');
  if (!t.ok) return t;
  const from = countFromOf(cal, t.value, options);
  if (!from.ok) return from;
  return append(cal, clock, { type, at: iso(t.value), countFrom: iso(from.value) });
}

/** Extends once to `newDue` (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Form 04); a second extension is refused. */
export function extendClock(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  newDue: InstantInput,
): Result<StatutoryClock, ClockError> {
  const t = parseInstant(at, 'at');
  if (!t.ok) return t;
  const d = parseInstant(newDue, 'newDue');
  return d.ok ? append(cal, clock, { type: 'extend', at: iso(t.value), newDue: iso(d.value) }) : d;
}

/** Stops the clock for good. */
export function finishClock(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  outcome: FinishOutcome = 'done',
): Result<StatutoryClock, ClockError> {
  const t = parseInstant(at, 'at');
  return t.ok ? append(cal, clock, { type: 'finish', at: iso(t.value), outcome }) : t;
}

/** Every figure of the clock as of instant `at`, from the events up to `at`. */
export function readClock(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  at: InstantInput,
  options: { appointment?: InstantInput } = {},
): Result<ClockReading, ClockError> {
  const t = parseInstant(at, 'at');
  if (!t.ok) return t;
  const r = replay(cal, clock, t.value);
  if (!r.ok) return r;
  const s = r.value;
  if (s === null) return fail({ kind: 'before_start', at: iso(t.value), start: clock.events[0]?.at ?? '' });
  let appointment = s.appointment;
  if (options.appointment !== undefined) {
    const a = parseInstant(options.appointment, 'appointment');
    if (!a.ok) return a;
    appointment = a.value;
  }
  const m = measureOf(cal, clock.duration);
  const unit = clock.duration.unit;
  const now = t.value;
  const paused = s.state === 'paused';
  const finishedInPause = s.state === 'finished' && s.pausedAt !== null;
  const end = s.indicatorEnd ?? (paused ? (s.pausedAt ?? now) : now);

  const projected = (remaining: number, before: number) =>
    Math.max(roundUpMs(cal, unit, m.add(now, remaining)), before);
  const due = paused ? projected(s.remainingDue, s.due) : s.due;
  const statutoryDue = paused ? projected(s.remainingStat, s.statDue) : s.statDue;
  const elapsed = s.elapsedBefore + (s.state === 'running' ? Math.max(0, m.between(s.segmentFrom, now)) : 0);
  const remaining =
    paused || finishedInPause ? s.remainingDue : m.between(Math.max(end, s.segmentFrom), s.due);

  const indicatorStatus = timelinessMs(cal, unit, end, s.statDue);
  const finished = s.state === 'finished';

  // Portal: waiting for a supplement ends at the request; the open wait is not subtracted.
  const portalEnd =
    s.state === 'finished' ? s.lastAt : paused && s.pauseReason === 'supplement' ? (s.pausedAt ?? now) : now;
  const adjustedEnd = portalEnd - s.supplementMs;
  const tooManyRequests = s.supplementRequests > 1;
  const onTime = !tooManyRequests && adjustedEnd <= appointment;
  const portalStatus = tooManyRequests ? 'late' : timelinessMs(cal, unit, adjustedEnd, appointment);

  return ok({
    at: iso(now),
    state: s.state,
    outcome: s.outcome,
    cycle: s.cycle,
    countingFrom: iso(s.cycleFrom),
    measure: isWorkingTimeUnit(unit) ? 'working_time' : 'calendar_time',
    elapsedMinutes: elapsed / MS_PER_MINUTE,
    remainingMinutes: remaining / MS_PER_MINUTE,
    due: iso(due),
    statutoryDue: iso(statutoryDue),
    extended: s.extendedAt !== null,
    pausedSince: paused ? iso(s.pausedAt ?? now) : null,
    supplementRequests: s.supplementRequests,
    supplementMinutes: s.supplementMs / MS_PER_MINUTE,
    indicator: { status: indicatorStatus, final: finished || indicatorStatus === 'late' },
    portal: {
      status: portalStatus,
      onTime,
      final: finished || !onTime,
      end: iso(portalEnd),
      adjustedEnd: iso(adjustedEnd),
      appointment: iso(appointment),
    },
  });
}
