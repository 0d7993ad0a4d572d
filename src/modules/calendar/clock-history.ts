/**
 * The statutory clock's history: its events, and the replay that turns them into the clock's state.
 * Internal to the calendar module; statutory-clock.ts is the API. Instants are epoch ms inside, ISO strings in
 * the stored events.
 */
import { fail, ok, type Result } from '../../platform/result.js';
import { type InstantInput, type IsoDate, localDateOf, toInstant } from './dates.js';
import { type Duration, dueMs, isWorkingTimeUnit, roundUpMs } from './durations.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingMs, workingMsBetween } from './working-time.js';

/** Why the clock is suspended: a supplement request (Form 02), or another lawful suspension. */
export type PauseReason = 'supplement' | 'other';
/** Đã xử lý xong · Đã trả kết quả · Từ chối · Dừng xử lý · Công dân rút hồ sơ. */
export type FinishOutcome = 'done' | 'returned' | 'refused' | 'stopped' | 'withdrawn';
export type ClockState = 'running' | 'paused' | 'finished';

/** Instants are ISO 8601 UTC strings. `countFrom` is when time counts again (≥ `at`; Decree 61 art. 18). */
export type ClockEvent =
  | { readonly type: 'start'; readonly at: string; readonly countFrom: string }
  | { readonly type: 'pause'; readonly at: string; readonly reason: PauseReason }
  | { readonly type: 'resume'; readonly at: string; readonly countFrom: string }
  | { readonly type: 'restart'; readonly at: string; readonly countFrom: string }
  | { readonly type: 'extend'; readonly at: string; readonly newDue: string }
  | { readonly type: 'finish'; readonly at: string; readonly outcome: FinishOutcome };

export interface StatutoryClock {
  readonly version: 1;
  readonly duration: Duration;
  readonly events: readonly ClockEvent[];
}

export type ClockError =
  | { kind: 'invalid_instant'; field: string; value: string }
  | { kind: 'invalid_duration'; reason: string }
  | { kind: 'out_of_order'; at: string; after: string }
  | { kind: 'count_from_before_event'; at: string; countFrom: string }
  | { kind: 'not_running'; state: ClockState }
  | { kind: 'not_paused'; state: ClockState }
  | { kind: 'not_paused_for_supplement' }
  | { kind: 'not_started' }
  | { kind: 'already_started' }
  | { kind: 'already_extended'; extendedAt: string }
  | { kind: 'extension_too_late'; due: string; latestFilingDate: IsoDate }
  | { kind: 'extension_not_later'; due: string; newDue: string }
  | { kind: 'before_start'; at: string; start: string }
  | { kind: 'corrupt_history'; index: number; error: string };

/** The clock folded from its events (epoch ms). */
export interface Replay {
  state: ClockState;
  outcome: FinishOutcome | null;
  lastAt: number;
  cycle: number;
  cycleFrom: number;
  appointment: number;
  segmentFrom: number;
  elapsedBefore: number;
  statDue: number;
  due: number;
  pausedAt: number | null;
  pauseReason: PauseReason | null;
  remainingStat: number;
  remainingDue: number;
  extendedAt: number | null;
  supplementRequests: number;
  supplementMs: number;
  /** When finished: the end for indicator (a) — the finish, or the pause it was finished in. */
  indicatorEnd: number | null;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

export function parseInstant(input: InstantInput, field: string): Result<number, ClockError> {
  const d = toInstant(input);
  return d ? ok(d.getTime()) : fail({ kind: 'invalid_instant', field, value: String(input) });
}

/** Measure of the clock's unit: working time, or calendar time for calendar days and months. */
export function measureOf(cal: WorkingCalendar, duration: Duration) {
  const working = isWorkingTimeUnit(duration.unit);
  return {
    between: (a: number, b: number) => (working ? workingMsBetween(cal, a, b) : b - a),
    add: (t: number, ms: number) => (working ? addWorkingMs(cal, t, ms) : t + ms),
  };
}

function step(
  cal: WorkingCalendar,
  duration: Duration,
  s: Replay | null,
  e: ClockEvent,
): Result<Replay, ClockError> {
  const m = measureOf(cal, duration);
  const at = Date.parse(e.at);
  if (Number.isNaN(at)) return fail({ kind: 'invalid_instant', field: 'at', value: e.at });
  const countFrom = 'countFrom' in e ? Date.parse(e.countFrom) : at;
  if ('countFrom' in e && Number.isNaN(countFrom)) {
    return fail({ kind: 'invalid_instant', field: 'countFrom', value: e.countFrom });
  }
  if (countFrom < at) return fail({ kind: 'count_from_before_event', at: e.at, countFrom: iso(countFrom) });
  if (s === null) {
    if (e.type !== 'start') return fail({ kind: 'not_started' });
    const due = dueMs(cal, duration, countFrom);
    return ok({
      state: 'running',
      outcome: null,
      lastAt: at,
      cycle: 1,
      cycleFrom: countFrom,
      appointment: due,
      segmentFrom: countFrom,
      elapsedBefore: 0,
      statDue: due,
      due,
      pausedAt: null,
      pauseReason: null,
      remainingStat: 0,
      remainingDue: 0,
      extendedAt: null,
      supplementRequests: 0,
      supplementMs: 0,
      indicatorEnd: null,
    });
  }
  if (at < s.lastAt) return fail({ kind: 'out_of_order', at: e.at, after: iso(s.lastAt) });
  const next: Replay = { ...s, lastAt: at };
  const running = (t: number) => Math.max(0, m.between(s.segmentFrom, t));
  switch (e.type) {
    case 'start':
      return fail({ kind: 'already_started' });
    case 'pause': {
      if (s.state !== 'running') return fail({ kind: 'not_running', state: s.state });
      const from = Math.max(at, s.segmentFrom);
      return ok({
        ...next,
        state: 'paused',
        pausedAt: at,
        pauseReason: e.reason,
        elapsedBefore: s.elapsedBefore + running(at),
        remainingStat: m.between(from, s.statDue),
        remainingDue: m.between(from, s.due),
        supplementRequests: s.supplementRequests + (e.reason === 'supplement' ? 1 : 0),
      });
    }
    case 'resume':
    case 'restart': {
      if (s.state !== 'paused' || s.pausedAt === null) return fail({ kind: 'not_paused', state: s.state });
      const waited = s.pauseReason === 'supplement' ? at - s.pausedAt : 0;
      const resumed = {
        ...next,
        state: 'running' as const,
        pausedAt: null,
        pauseReason: null,
        segmentFrom: countFrom,
      };
      if (e.type === 'resume') {
        const shift = (remaining: number, before: number) =>
          Math.max(roundUpMs(cal, duration.unit, m.add(countFrom, remaining)), before);
        return ok({
          ...resumed,
          supplementMs: s.supplementMs + waited,
          statDue: shift(s.remainingStat, s.statDue),
          due: shift(s.remainingDue, s.due),
        });
      }
      // Decree 61 art. 19(4): the time is counted again from zero once the supplement is complete.
      if (s.pauseReason !== 'supplement') return fail({ kind: 'not_paused_for_supplement' });
      const due = dueMs(cal, duration, countFrom);
      return ok({
        ...resumed,
        supplementMs: s.supplementMs + waited,
        cycle: s.cycle + 1,
        cycleFrom: countFrom,
        elapsedBefore: 0,
        statDue: due,
        due,
      });
    }
    case 'extend': {
      if (s.state !== 'running') return fail({ kind: 'not_running', state: s.state });
      if (s.extendedAt !== null) return fail({ kind: 'already_extended', extendedAt: iso(s.extendedAt) });
      // Decree 61 art. 19: the apology (Form 04) comes no later than one (working) day before the due date.
      const latestFilingDate = cal.addWorkingDays(localDateOf(s.due - 1), -1);
      if (localDateOf(at) > latestFilingDate) {
        return fail({ kind: 'extension_too_late', due: iso(s.due), latestFilingDate });
      }
      const newDue = Date.parse(e.newDue);
      if (Number.isNaN(newDue)) return fail({ kind: 'invalid_instant', field: 'newDue', value: e.newDue });
      if (newDue <= s.due) return fail({ kind: 'extension_not_later', due: iso(s.due), newDue: iso(newDue) });
      return ok({ ...next, due: newDue, extendedAt: at });
    }
    case 'finish': {
      if (s.state === 'finished') return fail({ kind: 'not_running', state: s.state });
      if (s.state === 'running') {
        const elapsedBefore = s.elapsedBefore + running(at);
        return ok({ ...next, state: 'finished', outcome: e.outcome, elapsedBefore, indicatorEnd: at });
      }
      // Finished while paused (e.g. withdrawn while waiting): the time stopped at the pause, and an open
      // supplement wait counts as supplement time up to the finish.
      const pausedAt = s.pausedAt ?? at;
      const waited = s.pauseReason === 'supplement' ? at - pausedAt : 0;
      return ok({
        ...next,
        state: 'finished',
        outcome: e.outcome,
        supplementMs: s.supplementMs + waited,
        indicatorEnd: pausedAt,
        remainingDue: s.remainingDue,
      });
    }
  }
}

export function replay(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  until: number = Number.POSITIVE_INFINITY,
): Result<Replay | null, ClockError> {
  let s: Replay | null = null;
  for (const [index, e] of clock.events.entries()) {
    if (Date.parse(e.at) > until) break;
    const r = step(cal, clock.duration, s, e);
    if (!r.ok) return fail({ kind: 'corrupt_history', index, error: r.error.kind });
    s = r.value;
  }
  return ok(s);
}

export function append(
  cal: WorkingCalendar,
  clock: StatutoryClock,
  event: ClockEvent,
): Result<StatutoryClock, ClockError> {
  const before = replay(cal, clock);
  if (!before.ok) return before;
  const after = step(cal, clock.duration, before.value, event);
  if (!after.ok) return after;
  return ok({ ...clock, events: [...clock.events, event] });
}
