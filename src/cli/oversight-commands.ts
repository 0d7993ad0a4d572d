import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  EXPORT_TABLES,
  type ExportTable,
  exportCsv,
  exportPdf,
  exportXlsx,
  listTasks,
  runEscalation,
} from '../modules/oversight/index.js';
import { systemCtx } from '../platform/context.js';
import { quietLogger } from '../platform/logging.js';
import { vietnamInstant } from '../platform/vietnam-time.js';
import { CliError, output, withDatabase } from './with-database.js';

/** `--at`: a day (taken at 08:00 Vietnam time) or an ISO instant; default now. */
function atOption(value: string): Date {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? vietnamInstant(value, '08:00') : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new CliError('--at takes YYYY-MM-DD or an ISO date-time');
  return instant;
}

function provinceOption(value: string): string {
  if (!/^\d{2}$/.test(value)) throw new CliError('--province takes a 2-digit province code');
  return value;
}

export function registerOversightCommands(program: Command): void {
  const oversight = program
    .command('oversight')
    .description('Conclusions and tasks: run the escalation ladder, list overdue tasks, export the figures');

  oversight
    .command('escalate')
    .description('Record the ladder steps now due (what the hourly oversight-escalate job does); idempotent')
    .option('--province <code>', 'one province (2-digit code)', provinceOption)
    .option('--at <when>', 'as if run at this day or instant (default now)', atOption)
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; at?: Date; json?: boolean }) => {
      await withDatabase('oversight-escalate', async (env) => {
        const ctx = systemCtx(env.database.db, 'oversight-escalate', quietLogger(), o.at ?? new Date());
        const run = await runEscalation(ctx, o.province ? { provinceCode: o.province } : {});
        output(Boolean(o.json), run, () =>
          [
            `${run.today}: ${run.tasksChecked} open tasks near or past their deadline checked, ${run.fired.length} ladder steps recorded`,
            ...run.fired.map(
              (f) => `  ${f.code.padEnd(18)} ${f.step} → ${f.audience} (deadline ${f.deadline})`,
            ),
          ].join('\n'),
        );
      });
    });

  oversight
    .command('overdue')
    .description('Open tasks past their deadline, the most overdue first')
    .option('--issuer <code>', 'of conclusions issued by this unit (2- or 5-digit code)')
    .option('--json', 'print JSON')
    .action(async (o: { issuer?: string; json?: boolean }) => {
      await withDatabase('oversight-overdue', async (env) => {
        const ctx = systemCtx(env.database.db, 'cli:oversight-overdue', quietLogger());
        const list = await listTasks(ctx, {
          view: 'issued',
          dueState: 'overdue',
          issuerUnitCode: o.issuer,
          page: 1,
          pageSize: 200,
        });
        if (!list.ok) throw new CliError(JSON.stringify(list.error));
        const items = [...list.value.items].sort(
          (a, b) => (b.workingDaysLate ?? 0) - (a.workingDaysLate ?? 0),
        );
        output(Boolean(o.json), { today: list.value.today, total: list.value.total, items }, () =>
          items.length === 0
            ? `${list.value.today}: no overdue task`
            : items
                .map(
                  (t) =>
                    `${t.code.padEnd(18)} ${String(t.workingDaysLate).padStart(4)} wd late  ${t.leadAgency.name} — ${t.title}`,
                )
                .join('\n'),
        );
      });
    });

  oversight
    .command('export')
    .description(
      'The oversight figures for the next meeting: CSV (UTF-8 with BOM) tables, the PDF report or the Excel workbook',
    )
    .option('--table <table>', `one of ${EXPORT_TABLES.join(', ')}`, 'tasks')
    .option(
      '--pdf',
      'the PDF report instead (totals, agencies, never-reported conclusions, overdue tasks); needs --out',
    )
    .option(
      '--xlsx',
      'the Excel workbook instead (summary, agencies, agencies × months, tasks, never reported); needs --out',
    )
    .option('--issuer <code>', 'conclusions issued by this unit')
    .option('--from <month>', 'first month of deadlines, YYYY-MM (agencies table, PDF)')
    .option('--to <month>', 'last month of deadlines, YYYY-MM (agencies table, PDF)')
    .option('--lang <lang>', 'vi or en (CSV, Excel)', 'vi')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: ExportOptions) => {
      checkExportOptions(o);
      await withDatabase('oversight-export', async (env) => {
        const ctx = systemCtx(env.database.db, 'cli:oversight-export', quietLogger());
        const range = { issuerUnitCode: o.issuer, from: o.from, to: o.to };
        const lang = o.lang as 'vi' | 'en';
        const file = o.pdf
          ? await exportPdf(ctx, range)
          : o.xlsx
            ? await exportXlsx(ctx, { ...range, lang })
            : await exportCsv(ctx, { ...range, table: o.table as ExportTable, lang });
        if (!file.ok) throw new CliError(JSON.stringify(file.error));
        const v = file.value;
        const bytes = 'pdf' in v ? v.pdf : 'xlsx' in v ? v.xlsx : v.csv;
        if (o.out) {
          writeFileSync(o.out, bytes);
          process.stderr.write(`oversight: wrote ${o.out}\n`);
        } else process.stdout.write(bytes);
      });
    });
}

interface ExportOptions {
  table: string;
  pdf?: boolean;
  xlsx?: boolean;
  issuer?: string;
  from?: string;
  to?: string;
  lang: string;
  out?: string;
}

function checkExportOptions(o: ExportOptions): void {
  if (!(EXPORT_TABLES as readonly string[]).includes(o.table))
    throw new CliError(`--table takes one of ${EXPORT_TABLES.join(', ')}`);
  if (o.lang !== 'vi' && o.lang !== 'en') throw new CliError('--lang takes vi or en');
  if (o.pdf && !o.out) throw new CliError('--pdf writes a file: give --out <file>');
  if (o.xlsx && !o.out) throw new CliError('--xlsx writes a file: give --out <file>');
  if (o.pdf && o.xlsx) throw new CliError('choose --pdf or --xlsx');
  for (const m of [o.from, o.to])
    if (m !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(m))
      throw new CliError('--from and --to take YYYY-MM');
}
