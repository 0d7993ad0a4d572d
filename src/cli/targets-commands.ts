import type { Command } from 'commander';
import {
  getResolution,
  listResolutions,
  periodLabel,
  type ResolutionDetail,
} from '../modules/targets/index.js';
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
}
