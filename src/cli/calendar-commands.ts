import path from 'node:path';
import type { Command } from 'commander';
import {
  addWorkingDaysFrom,
  describeDay,
  describeYear,
  FIRST_YEAR,
  importReferenceCalendar,
  isIsoDate,
  LAST_YEAR,
  MAX_AMOUNT,
} from '../modules/calendar/index.js';
import type { Ctx } from '../platform/context.js';
import type { ModuleEnv } from '../platform/module.js';
import type { DomainError, Result } from '../platform/result.js';
import { CliError, output, withDatabase } from './with-database.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

interface Common {
  province?: string;
  json?: boolean;
}

function provinceOption(value: string): string {
  if (!/^\d{2}$/.test(value)) throw new CliError(`--province takes a 2-digit province code, not "${value}"`);
  return value;
}

function dateArgument(name: string, value: string | undefined): string {
  if (value === undefined) throw new CliError(`${name} is required (YYYY-MM-DD)`);
  if (!isIsoDate(value)) throw new CliError(`${name} must be a real date written YYYY-MM-DD, not "${value}"`);
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new CliError(`${name} must lie in ${FIRST_YEAR}–${LAST_YEAR}, not ${value}`);
  }
  return value;
}

function integerOption(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined) throw new CliError(`${name} is required`);
  if (!/^-?\d+$/.test(value.trim())) throw new CliError(`${name} must be a whole number, not "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`${name} must lie between ${min} and ${max}, not ${n}`);
  return n;
}

/** A use case's refusal as a message for the command line (exit 2). */
function must<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  const e = result.error;
  if (e.kind === 'not_found') throw new CliError(`no ${e.resource} with code "${e.id ?? ''}"`);
  if (e.kind === 'invalid') throw new CliError(e.detail);
  throw new CliError(e.kind);
}

/**
 * Run against the database with the shipped calendar loaded (a no-op once it is: the import is idempotent), so
 * a command answers from the same data as the server, administrators' changes included.
 */
function withCalendar<T>(name: string, run: (env: ModuleEnv, ctx: Ctx) => Promise<T>): Promise<T> {
  return withDatabase(name, async (env, ctx) => {
    await importReferenceCalendar(ctx, path.join(env.referenceDir, 'calendar'));
    return run(env, ctx);
  });
}

const scopeLabel = (province: string | null) => (province ? `province ${province}` : 'national calendar');

export function registerCalendarCommands(program: Command): void {
  const calendar = program
    .command('calendar')
    .description(
      'The working-day calendar (Asia/Ho_Chi_Minh): days off, make-up Saturdays, working-day sums',
    );

  calendar
    .command('days-off')
    .description('A year’s weekdays off and the Saturdays worked in exchange')
    .option('--year <year>', `${FIRST_YEAR}–${LAST_YEAR}`)
    .option(
      '--province <code>',
      'a province’s calendar (2-digit code) instead of the national one',
      provinceOption,
    )
    .option('--json', 'print JSON: {"year","daysOff":[…],"makeUpWorkdays":[…]}')
    .action(async (o: Common & { year?: string }) => {
      const year = integerOption('--year', o.year, FIRST_YEAR, LAST_YEAR);
      await withCalendar('calendar-days-off', async (env) => {
        const view = must(await describeYear(env.database.db, year, o.province ?? null));
        const { daysOff, makeUpWorkdays } = view.summary;
        const named = new Map([...view.daysOff, ...view.makeUpWorkdays].map((d) => [d.date, d]));
        const line = (date: string) => {
          const d = named.get(date);
          const flags = [d?.provisional ? 'provisional' : '', d?.notice ?? ''].filter(Boolean).join(', ');
          return `  ${date} ${weekdayOf(date).slice(0, 3)}  ${d?.name ?? ''}${flags ? `  [${flags}]` : ''}`;
        };
        output(
          Boolean(o.json),
          { year, daysOff, makeUpWorkdays, provinceCode: view.provinceCode, basis: view.basis },
          () =>
            [
              `${year}, ${scopeLabel(view.provinceCode)}, ${
                view.basis === 'notice'
                  ? 'from the official notices'
                  : 'derived from the Labour Code rules (provisional)'
              }`,
              `Weekdays off (${daysOff.length}):`,
              ...daysOff.map(line),
              `Saturdays and Sundays worked (${makeUpWorkdays.length}):`,
              ...makeUpWorkdays.map(line),
            ].join('\n'),
        );
      });
    });

  calendar
    .command('is-working-day [date]')
    .description('Whether a date (YYYY-MM-DD) is a working day')
    .option('--province <code>', 'a province’s calendar (2-digit code)', provinceOption)
    .option('--json', 'print JSON: {"date","working"}')
    .action(async (value: string | undefined, o: Common) => {
      const date = dateArgument('the date', value);
      await withCalendar('calendar-is-working-day', async (env) => {
        const day = must(await describeDay(env.database.db, date, o.province ?? null));
        const reason =
          day.dayOff?.name ?? day.makeUpWorkday?.name ?? (day.weeklyRestDay ? 'weekly rest day' : null);
        output(
          Boolean(o.json),
          { date, working: day.working, provinceCode: day.provinceCode, reason },
          () =>
            `${date} (${weekdayOf(date)}) is ${day.working ? 'a working day' : 'not a working day'}` +
            `${reason ? `: ${reason}` : ''} (${scopeLabel(day.provinceCode)})`,
        );
      });
    });

  calendar
    .command('add')
    .description('The Nth working day after a date (the date itself not counted)')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--working-days <n>', `a whole number, ${-MAX_AMOUNT.working_days} to ${MAX_AMOUNT.working_days}`)
    .option('--province <code>', 'a province’s calendar (2-digit code)', provinceOption)
    .option('--json', 'print JSON: {"from","workingDays","date"}')
    .action(async (o: Common & { from?: string; workingDays?: string }) => {
      const from = dateArgument('--from', o.from);
      const max = MAX_AMOUNT.working_days;
      const workingDays = integerOption('--working-days', o.workingDays, -max, max);
      await withCalendar('calendar-add', async (env) => {
        const answer = must(
          await addWorkingDaysFrom(env.database.db, { from, workingDays, provinceCode: o.province ?? null }),
        );
        output(
          Boolean(o.json),
          answer,
          () =>
            `${workingDays} working day(s) after ${from} (${weekdayOf(from)}) is ${answer.date} ` +
            `(${weekdayOf(answer.date)}), ${scopeLabel(answer.provinceCode)}`,
        );
      });
    });
}
