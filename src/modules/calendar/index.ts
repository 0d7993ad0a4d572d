/**
 * The calendar module's public API: the working-day calendar, due-date arithmetic and the statutory clock.
 * Only this module turns an instant into a Vietnamese working day (STYLE.md, Data); everyone else asks it.
 * The calendar lives in the database (schema `calendar`): `calendarFor(db, provinceCode)` is the one to use;
 * the pure core underneath works from any data (e.g. `loadNationalCalendar` reads reference/calendar).
 */
export { addLocalDayOff, type LocalDayOffInput, type LocalDayOffView } from './add-local-day-off.js';
export { FIRST_YEAR, LAST_YEAR } from './calendar-input.js';
export { type CalendarCacheOptions, calendarFor } from './calendar-store.js';
export type { DayOff, DayOffKind, MakeUpWorkday, NoticeRef, YearSchedule } from './calendar-types.js';
export {
  formatLocal,
  type InstantInput,
  type IsoDate,
  isIsoDate,
  localDate,
  localInstant,
  type Weekday,
} from './dates.js';
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
export {
  CalendarImportError,
  type CalendarImportSummary,
  importReferenceCalendar,
} from './import-reference-calendar.js';
export { type LunarDate, leapMonthOf, lunarToSolar, solarToLunar, tetDate } from './lunar.js';
export { calendarModule } from './module.js';
export { authorizeCalendarChange, type CalendarChange } from './policy.js';
export {
  type AddWorkingDaysAnswer,
  addWorkingDaysFrom,
  computeDueDate,
  type DayOffView,
  type DayView,
  type DueDateAnswer,
  type DueDateInput,
  describeDay,
  describeYear,
  MAX_AMOUNT,
  type MakeUpView,
  type NoticeView,
  type WorkingHoursView,
  type YearView,
} from './read-calendar.js';
export {
  type CalendarIssue,
  type CalendarTexts,
  DEFAULT_CALENDAR_DIR,
  loadNationalCalendar,
  nationalCalendarSpec,
} from './reference-calendar.js';
export { removeLocalDayOff } from './remove-local-day-off.js';
export {
  checkNationalYear,
  type NationalDayInput,
  type NationalNoticeInput,
  type SetNationalYearInput,
  setNationalYear,
} from './set-national-year.js';
export { setWorkingHours, type WorkingHoursInput } from './set-working-hours.js';
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
  endOfWorkingDay,
  parseWorkingHours,
  type WorkingHours,
  type WorkingHoursError,
  type WorkingHoursSpec,
  type WorkingPeriod,
} from './working-hours.js';
