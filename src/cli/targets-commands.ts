import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  getResolution,
  isPeriod,
  listResolutions,
  periodLabel,
  type ResolutionDetail,
  resolutionCsv,
  resolutionPdf,
  resolutionXlsx,
} from '../modules/targets/index.js';
import { vietnamToday } from '../modules/units/index.js';
import { CliError, output, withDatabase } from './with-database.js';

export function registerTargetsCommands(program: Command): void {
  const targets = program.command('targets').description('Resolution targets and their achievement');

  targets
    .command('summary')
    .description('Each resolution of a province (or all) with how many of its main targets were met')
    .option('--province <code>', 'one province (2-digit code)')
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; json?: boolean }) => {
      if (o.province !== undefined && !/^\d{2}$/.test(o.province))
        throw new CliError('--province takes a 2-digit province code');
      await withDatabase('targets-summary', async (_env, ctx) => {
        const list = await listResolutions(ctx, { provinceCode: o.province });
        if (!list.ok) throw new CliError(list.error.kind);
        const details: ResolutionDetail[] = [];
        for (const r of list.value) {
          const detail = await getResolution(ctx, r.id);
          if (detail.ok) details.push(detail.value);
        }
        output(
          Boolean(o.json),
          details.map((d) => ({
            resolution: d.resolution,
            year: d.year,
            period: d.period,
            summary: d.summary,
          })),
          () =>
            details
              .map((d) => {
                const s = d.summary;
                const when = `${periodLabel(d.period)} ${d.year}`;
                return (
                  `${d.resolution.provinceName} (${d.resolution.provinceCode}) — ${d.resolution.number}, ${when}: ` +
                  `${s.achieved}/${s.main} main targets met or exceeded, ${s.states.not_met} not met, ` +
                  `${s.states.not_yet_due} not yet due, ${s.states.no_value} without a value`
                );
              })
              .join('\n') || 'no resolutions',
        );
      });
    });

  targets
    .command('report <resolution-id>')
    .description('A resolution’s achievement report ("19/22 met", each target) as CSV, Excel or PDF')
    .option('--year <year>', 'the year (default: the latest with values)', (v) => Number(v))
    .option('--period <period>', 'M01–M12, Q1–Q4, H1, 9M or Y')
    .option('--format <format>', 'csv, xlsx or pdf', 'csv')
    .option('--out <file>', 'write to a file (required for xlsx and pdf)')
    .action(async (id: string, o: { year?: number; period?: string; format: string; out?: string }) => {
      if (!['csv', 'xlsx', 'pdf'].includes(o.format)) throw new CliError('--format takes csv, xlsx or pdf');
      if (o.format !== 'csv' && !o.out)
        throw new CliError(`--format ${o.format} writes a file: give --out <file>`);
      if (o.period !== undefined && !isPeriod(o.period))
        throw new CliError('--period takes M01–M12, Q1–Q4, H1, 9M or Y');
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new CliError('give the resolution’s id (see targets summary --json)');
      await withDatabase('targets-report', async (_env, ctx) => {
        const detail = await getResolution(ctx, id, { year: o.year, period: o.period });
        if (!detail.ok) throw new CliError(detail.error.kind);
        const bytes =
          o.format === 'xlsx'
            ? await resolutionXlsx(detail.value)
            : o.format === 'pdf'
              ? await resolutionPdf(detail.value, vietnamToday(ctx.now))
              : resolutionCsv(detail.value);
        if (o.out) {
          await writeFile(o.out, bytes);
          process.stderr.write(`targets: wrote ${o.out}\n`);
        } else process.stdout.write(bytes);
      });
    });
}
