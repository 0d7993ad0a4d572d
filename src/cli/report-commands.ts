import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportReport,
  REPORT_KINDS,
  type ReportKind,
  rebuildServiceAggregates,
  scorecard766,
  serviceReport,
} from '../modules/reports/index.js';
import { UNIT_LEVELS, type UnitLevel } from '../modules/units/index.js';
import type { DomainError } from '../platform/result.js';
import { CliError, output, withDatabase } from './with-database.js';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);

function failed(error: DomainError): never {
  const detail = 'detail' in error && error.detail ? error.detail : error.kind;
  const fields =
    error.kind === 'invalid' && error.errors ? ` (${error.errors.map((e) => e.field).join(', ')})` : '';
  throw new CliError(
    error.kind === 'not_found' ? `unknown ${error.resource} ${error.id ?? ''}` : `${detail}${fields}`,
  );
}

interface PeriodOptions {
  unit: string;
  level?: string;
  period?: string;
  year?: string;
  from?: string;
  to?: string;
}

function periodOf(o: PeriodOptions) {
  if (o.level !== undefined && !UNIT_LEVELS.includes(o.level as UnitLevel))
    throw new CliError(`--level is one of ${UNIT_LEVELS.join(', ')}`);
  return { unit: o.unit, period: o.period ?? o.year, from: o.from, to: o.to, level: o.level as UnitLevel };
}

const LEVEL_HELP = `a level of the province: ${UNIT_LEVELS.join(' | ')} (all communes, the special zones, the province-level agencies)`;

export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description(
      'Service performance and the Decision 766 scorecard, from the incrementally kept aggregates',
    );

  report
    .command('service')
    .description(
      'Service figures of a unit and its sub-units: received, on time, channels, post, satisfaction',
    )
    .requiredOption('--unit <code>', 'a 2-digit province or 5-digit commune code')
    .option('--level <level>', LEVEL_HELP)
    .option('--period <label>', 'YYYY, YYYY-Qn or YYYY-MM')
    .option('--from <day>', 'first day, YYYY-MM-DD')
    .option('--to <day>', 'last day, YYYY-MM-DD (included)')
    .option('--json', 'print JSON (rates as fractions 0–1)')
    .action(async (o: PeriodOptions & { json?: boolean }) => {
      await withDatabase('report-service', async (_env, ctx) => {
        const r = await serviceReport(ctx, periodOf(o));
        if (!r.ok) failed(r.error);
        const v = r.value;
        output(Boolean(o.json), v, () =>
          [
            `${v.unitName} (${v.unit})${v.scopeLevel ? `, level ${v.scopeLevel.key} (${v.scopeLevel.units.length} units)` : ''}, ${v.period.from} – ${v.period.to}`,
            `  received ${v.received} (online ${pct(v.onlineRate)}, counter ${pct(v.counterRate)}, post ${pct(v.postRate)})`,
            `  resolved ${v.resolved}: early ${v.early}, on time ${v.onTime}, late ${v.late}; in progress at the end ${v.inProgress}`,
            `  on time (portal rule) ${pct(v.onTimeRate)}; (Circular 01/2018) ${pct(v.onTimeRateIndicator)}`,
            `  results by post ${pct(v.postalReturnRate)}; e-result ${pct(v.eResultRate)}; paid online ${pct(v.paidOnlineRate)}`,
            `  ratings with no indicator at 0 ${pct(v.satisfactionRate)} of ${v.rated}; average resolution ${v.averageResolutionDays?.toFixed(1) ?? '—'} days`,
            ...(v.scopeLevel
              ? v.units.map(
                  (u) => `  ${u.unitCode} ${u.unitName}: on time ${pct(u.onTimeRate)} of ${u.resolved}`,
                )
              : []),
          ].join('\n'),
        );
      });
    });

  report
    .command('index766')
    .description(
      'The Decision 766 scorecard of a unit ("no data" where tinhso cannot know, left out of the total)',
    )
    .requiredOption('--unit <code>', 'a 2-digit province or 5-digit commune code')
    .option('--year <year>', 'YYYY')
    .option('--period <label>', 'YYYY, YYYY-Qn or YYYY-MM')
    .option('--from <day>', 'first day, YYYY-MM-DD')
    .option('--to <day>', 'last day, YYYY-MM-DD (included)')
    .option('--json', 'print JSON')
    .action(async (o: PeriodOptions & { json?: boolean }) => {
      await withDatabase('report-index766', async (_env, ctx) => {
        const r = await scorecard766(ctx, periodOf(o));
        if (!r.ok) failed(r.error);
        const v = r.value;
        output(Boolean(o.json), v, () =>
          [
            `${v.unitName} (${v.unit}), ${v.period.from} – ${v.period.to}: ${v.total.toFixed(2)} / ${v.max} points with data (of ${v.fullMax})${v.rating ? `, ${v.rating.name}` : ''}`,
            ...v.groups.flatMap((g) => [
              `  ${g.name}: ${g.points.toFixed(2)} / ${g.max} (of ${g.fullMax})`,
              ...g.items.map(
                (i) =>
                  `    ${i.code.padEnd(5)} ${i.hasData ? `${i.points?.toFixed(2)} / ${i.maxPoints}  (${pct(i.ratio)})` : 'no data'}  ${i.name}`,
              ),
            ]),
            `  2.1, 5.4: ${v.inProgressRule.name} — ${v.inProgressRule.source}`,
          ].join('\n'),
        );
      });
    });

  report
    .command('rebuild')
    .description('Recompute the aggregates from every dossier (after a bulk load or to repair)')
    .option('--province <code>', 'one province (2-digit code)')
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; json?: boolean }) => {
      if (o.province && !/^\d{2}$/.test(o.province))
        throw new CliError('--province takes a 2-digit province code');
      await withDatabase('report-rebuild', async (env) => {
        const started = Date.now();
        const r = await rebuildServiceAggregates(env.database.db, o.province);
        const seconds = (Date.now() - started) / 1000;
        output(
          Boolean(o.json),
          { ...r, seconds },
          () =>
            `${r.dossiers} dossiers → ${r.dailyRows} daily and ${r.monthlyRows} monthly rows in ${seconds.toFixed(1)} s`,
        );
      });
    });

  report
    .command('export')
    .description('Write a report as Excel, PDF or CSV (the layout sent upward; CSV for open data)')
    .requiredOption('--unit <code>', 'a 2-digit province or 5-digit commune code')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--level <level>', LEVEL_HELP)
    .option('--report <kind>', REPORT_KINDS.join(' | '), 'service')
    .option('--period <label>', 'YYYY, YYYY-Qn or YYYY-MM')
    .option('--from <day>', 'first day, YYYY-MM-DD')
    .option('--to <day>', 'last day, YYYY-MM-DD (included)')
    .option('--out <file>', 'where to write (default: the file name the report gives)')
    .action(async (o: PeriodOptions & { format: string; report: string; out?: string }) => {
      if (!EXPORT_FORMATS.includes(o.format as ExportFormat))
        throw new CliError(`--format is one of ${EXPORT_FORMATS.join(', ')}`);
      if (!REPORT_KINDS.includes(o.report as ReportKind))
        throw new CliError(`--report is one of ${REPORT_KINDS.join(', ')}`);
      await withDatabase('report-export', async (_env, ctx) => {
        const r = await exportReport(ctx, {
          ...periodOf(o),
          report: o.report as ReportKind,
          format: o.format as ExportFormat,
        });
        if (!r.ok) failed(r.error);
        const file = o.out ?? r.value.filename;
        writeFileSync(file, r.value.body);
        process.stdout.write(`${file}\n`);
      });
    });
}
