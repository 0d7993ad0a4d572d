import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportRegisterCsv, exportReportXlsx, receptionReport } from '../modules/reception/index.js';
import { language, must, province, unit } from './cli-args.js';
import { output, withDatabase } from './with-database.js';

/** `tinhso reception …`: the period report and the register export (issue 21 §3). */
export function registerReceptionCommands(program: Command): void {
  const reception = program
    .command('reception')
    .description('Citizen reception: period report, register export');

  reception
    .command('report')
    .description('Sessions, receptions and people per unit, by classification and outcome')
    .requiredOption('--province <code>', '2-digit province code', province)
    .requiredOption('--period <period>', 'YYYY, YYYY-Qn or YYYY-MM')
    .option('--unit <code>', 'one commune (5 digits)', unit)
    .option('--xlsx <file>', 'write the Excel workbook to a file')
    .option('--lang <lang>', 'vi or en (the workbook)', language, 'vi')
    .option('--json', 'print JSON')
    .action(
      async (o: {
        province: string;
        period: string;
        unit?: string;
        xlsx?: string;
        lang: 'vi' | 'en';
        json?: boolean;
      }) => {
        await withDatabase('reception-report', async (_env, ctx) => {
          const input = { provinceCode: o.province, unitCode: o.unit, period: o.period };
          const r = must(await receptionReport(ctx, input));
          if (o.xlsx) {
            await writeFile(o.xlsx, must(await exportReportXlsx(ctx, input, o.lang)));
            process.stderr.write(`reception: report written to ${o.xlsx}\n`);
          }
          output(Boolean(o.json), r, () =>
            [
              `Citizen reception in ${r.unitCode ?? r.provinceCode}, ${r.from} – ${r.to}: ${r.total.sessions} sessions, ${r.total.receptions} receptions, ${r.total.people} people`,
              ...r.lines.map(
                (l) =>
                  `  ${l.unitName.padEnd(32)} ${String(l.sessions).padStart(4)} ${String(l.receptions).padStart(5)} ${String(l.people).padStart(5)}`,
              ),
              `By classification: ${Object.entries(r.total.byClassification)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}`,
              `By outcome: ${Object.entries(r.total.byOutcome)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}`,
            ].join('\n'),
          );
        });
      },
    );

  reception
    .command('export')
    .description('The register as Form 03/TCD columns (CSV; a denouncer stays confidential)')
    .requiredOption('--province <code>', '2-digit province code', province)
    .option('--unit <code>', 'one commune (5 digits)', unit)
    .option('--lang <lang>', 'vi or en', language, 'vi')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { province: string; unit?: string; lang: 'vi' | 'en'; out?: string }) => {
      await withDatabase('reception-export', async (_env, ctx) => {
        const csv = must(
          await exportRegisterCsv(ctx, { provinceCode: o.province, unitCode: o.unit }, o.lang),
        );
        if (o.out) {
          await writeFile(o.out, csv);
          process.stderr.write(`reception: register written to ${o.out}\n`);
        } else process.stdout.write(csv);
      });
    });
}
