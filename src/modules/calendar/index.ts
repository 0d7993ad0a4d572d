/**
 * The calendar module's public API: the working-day calendar, due-date arithmetic and the statutory clock.
 * Only this module turns an instant into a Vietnamese working day (STYLE.md, Data); everyone else asks it.
 * Pure for now (no database); the national calendar is read from reference/calendar.
 */
export type { DayOff, DayOffKind, MakeUpWorkday, NoticeRef, YearSchedule } from './calendar-types.js';
export { formatLocal, type InstantInput, type IsoDate, isIsoDate, localDate, type Weekday } from './dates.js';
export {
  addWorkingMinutes,
  countingStart,
  DURATION_UNITS,
  type Duration,
  type DurationError,
  type DurationUnit,
  dueDate,
  type Medium,
  parseDuration,
  type Timeliness,
  timeliness,
  workingMinutesBetween,
} from './durations.js';
export {
  CULTURE_DAY_FIRST_YEAR,
  compensatoryDays,
  cultureDay,
  DEFAULT_WEEKLY_REST_DAYS,
  daysOffByRule,
  statutoryHolidays,
} from './holiday-rules.js';
export { type LunarDate, leapMonthOf, lunarToSolar, solarToLunar, tetDate } from './lunar.js';
export {
  type CalendarIssue,
  type CalendarTexts,
  DEFAULT_CALENDAR_DIR,
  loadNationalCalendar,
  nationalCalendarSpec,
} from './reference-calendar.js';
export {
  type ClockError,
  type ClockEvent,
  type ClockReading,
  type ClockState,
  type CountingOptions,
  extendClock,
  type FinishOutcome,
  finishClock,
  type PauseReason,
  type PortalReading,
  pauseClock,
  readClock,
  restartClock,
  resumeClock,
  type StatutoryClock,
  startClock,
  type TimelinessReading,
} from './statutory-clock.js';
export {
  type CalendarSpec,
  createWorkingCalendar,
  type WorkingCalendar,
  type YearBasis,
  type YearDaysOff,
} from './working-calendar.js';
export {
  DEFAULT_WORKING_HOURS,
  parseWorkingHours,
  type WorkingHours,
  type WorkingHoursError,
  type WorkingHoursSpec,
  type WorkingPeriod,
} from './working-hours.js';
