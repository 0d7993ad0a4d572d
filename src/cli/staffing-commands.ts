import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  communeCsv,
  communeStaffing,
  communeXlsx,
  importQuotas,
  provinceCsv,
  provinceStaffing,
  provinceXlsx,
  QUOTA_COLUMNS,
} from '../modules/staffing/index.js';
import { commune, day, fileFormat, language, must, province } from './cli-args.js';
import { CliError, output, withDatabase } from './with-database.js';

const pad = (v: number | string, n = 5) => String(v).padStart(n);

/**
 * `tinhso staffing …` (issue 21 §1): the province list of communes below requirements, one commune, the exports,
 * and the province's quota decision imported from a CSV.
 */
export function registerStaffingCommands(program: Command): void {
  const staffing = program
    .command('staffing')
    .description('Commune staffing and facilities: list, show, export, import quotas');

  staffing
    .command('list')
    .description('Every commune of a province on a day: quota, in post, vacancies, facilities short')
    .requiredOption('--province <code>', '2-digit province code', province)
    .option('--at <day>', 'the day asked (YYYY-MM-DD; default today)', day)
    .option('--below', 'only communes below requirements')
    .option('--json', 'print JSON')
    .action(async (o: { province: string; at?: string; below?: boolean; json?: boolean }) => {
      await withDatabase('staffing-list', async (_env, ctx) => {
        const v = must(
          await provinceStaffing(ctx, { provinceCode: o.province, at: o.at, belowOnly: Boolean(o.below) }),
        );
        output(Boolean(o.json), v, () =>
          [
            `${v.provinceName} on ${v.at}: ${v.totals.communes} communes, ${v.totals.below} below requirements`,
            `  ${'code'.padEnd(6)}${'commune'.padEnd(28)}quota  post  vac.  short`,
            ...v.communes.map(
              (c) =>
                `  ${c.unitCode.padEnd(6)}${c.name.padEnd(28)}${pad(c.totals.quota)} ${pad(c.totals.inPost)} ${pad(c.totals.vacancies)} ${pad(c.totals.facilitiesShort)}  ${c.shortfalls.join(', ')}`,
            ),
          ].join('\n'),
        );
      });
    });

  staffing
    .command('show')
    .description('One commune on a day: posts by job position, officials in post, facilities against norms')
    .requiredOption('--unit <code>', '5-digit commune code', commune)
    .option('--at <day>', 'the day asked (YYYY-MM-DD; default today)', day)
    .option('--json', 'print JSON')
    .action(async (o: { unit: string; at?: string; json?: boolean }) => {
      await withDatabase('staffing-show', async (_env, ctx) => {
        const c = must(await communeStaffing(ctx, o.unit, o.at));
        output(Boolean(o.json), c, () =>
          [
            `${c.name} (${c.unitCode}) on ${c.at}: quota ${c.totals.quota}, in post ${c.totals.inPost}, vacancies ${c.totals.vacancies}, facilities short ${c.totals.facilitiesShort}`,
            'Posts:',
            ...c.positions.map(
              (p) =>
                `  ${p.agencyName.padEnd(28)}${p.jobPosition.padEnd(28)}${pad(p.quota)} ${pad(p.inPost)} ${pad(p.vacancies)}`,
            ),
            'Facilities:',
            ...c.facilities.map(
              (f) =>
                `  ${f.item.padEnd(28)}needs ${pad(f.required)} has ${pad(f.quantity)} short ${pad(f.shortfall)}`,
            ),
          ].join('\n'),
        );
      });
    });

  staffing
    .command('export')
    .description('The province view (--province) or one commune (--unit) as CSV or an Excel workbook')
    .option('--province <code>', '2-digit province code', province)
    .option('--unit <code>', '5-digit commune code', commune)
    .option('--at <day>', 'the day asked (YYYY-MM-DD; default today)', day)
    .option('--format <format>', 'csv or xlsx', fileFormat, 'csv')
    .option('--lang <lang>', 'vi or en', language, 'vi')
    .option('--out <file>', 'write to a file (an xlsx must go to a file)')
    .action(
      async (o: {
        province?: string;
        unit?: string;
        at?: string;
        format: 'csv' | 'xlsx';
        lang: 'vi' | 'en';
        out?: string;
      }) => {
        await withDatabase('staffing-export', async (_env, ctx) => {
          if (Boolean(o.province) === Boolean(o.unit)) throw new CliError('give --province or --unit');
          if (o.format === 'xlsx' && !o.out) throw new CliError('an xlsx export needs --out <file>');
          let body: string | Buffer;
          if (o.unit) {
            const c = must(await communeStaffing(ctx, o.unit, o.at));
            body = o.format === 'xlsx' ? await communeXlsx(c, o.lang) : communeCsv(c, o.lang);
          } else {
            const v = must(await provinceStaffing(ctx, { provinceCode: o.province!, at: o.at }));
            body = o.format === 'xlsx' ? await provinceXlsx(v, o.lang) : provinceCsv(v, o.lang);
          }
          if (o.out) {
            await writeFile(o.out, body);
            process.stderr.write(`staffing: written to ${o.out}\n`);
          } else process.stdout.write(body);
        });
      },
    );

  staffing
    .command('import-quotas')
    .description(`Approve quotas from a CSV (${QUOTA_COLUMNS.join(',')}); every row or none`)
    .requiredOption('--file <file>', 'the CSV file (UTF-8)')
    .option('--lang <lang>', 'the language of the refusals: vi or en', language, 'vi')
    .action(async (o: { file: string; lang: 'vi' | 'en' }) => {
      const csv = await readFile(o.file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${o.file}`);
      });
      await withDatabase('staffing-import-quotas', async (_env, ctx) => {
        const done = must(await importQuotas(ctx, csv), o.lang);
        process.stdout.write(`staffing: ${done.rows} quotas approved\n`);
      });
    });
}
