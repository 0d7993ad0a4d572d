import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  EXPORT_TABLES,
  eventByCode,
  eventCsv,
  eventXlsx,
  getEvent,
  importDamage,
  listEvents,
} from '../modules/disasters/index.js';
import type { Ctx } from '../platform/context.js';
import { fileFormat, language, must, province } from './cli-args.js';
import { CliError, output, withDatabase } from './with-database.js';

type Table = (typeof EXPORT_TABLES)[number];
const table = (value: string): Table => {
  if (!(EXPORT_TABLES as readonly string[]).includes(value))
    throw new CliError(`--table takes ${EXPORT_TABLES.join(' or ')}`);
  return value as Table;
};

async function eventId(ctx: Ctx, provinceCode: string, code: string): Promise<string> {
  const id = await eventByCode(ctx, provinceCode, code);
  if (!id) throw new CliError(`no disaster event ${code} in province ${provinceCode}`);
  return id;
}

const eventOptions = (command: Command) =>
  command
    .requiredOption('--province <code>', '2-digit province code', province)
    .requiredOption('--event <code>', 'the event’s code, e.g. TT-2025-11');

/**
 * `tinhso disasters …` (issue 21 §2): the events of a province, one event's damage, its exports, and the
 * communes' damage forms keyed in from a CSV as revisions.
 */
export function registerDisastersCommands(program: Command): void {
  const disasters = program
    .command('disasters')
    .description('Disaster events and damage: list, show, export, report damage from a CSV');

  disasters
    .command('list')
    .description('The disaster events of a province, newest first')
    .requiredOption('--province <code>', '2-digit province code', province)
    .option('--json', 'print JSON')
    .action(async (o: { province: string; json?: boolean }) => {
      await withDatabase('disasters-list', async (_env, ctx) => {
        const list = must(await listEvents(ctx, o.province));
        output(Boolean(o.json), list, () =>
          list
            .map(
              (e) =>
                `${e.code.padEnd(14)}${e.startedOn} – ${e.endedOn ?? 'ongoing   '}  ${String(e.communes).padStart(3)} communes  ${e.name}`,
            )
            .join('\n'),
        );
      });
    });

  eventOptions(disasters.command('show'))
    .description('One event: each commune’s latest report and the province total')
    .option('--json', 'print JSON')
    .action(async (o: { province: string; event: string; json?: boolean }) => {
      await withDatabase('disasters-show', async (_env, ctx) => {
        const e = must(await getEvent(ctx, await eventId(ctx, o.province, o.event)));
        output(Boolean(o.json), e, () =>
          [
            `${e.code} ${e.name}: ${e.total.communesReported}/${e.lines.length} communes reported, estimated ${e.total.estimatedValue} đồng`,
            ...Object.entries(e.total.values).map(([k, v]) => `  ${k.padEnd(22)}${String(v).padStart(10)}`),
            ...e.lines.map(
              (l) =>
                `  ${l.unitCode} ${l.name.padEnd(28)}${l.latest ? `revision ${l.latest.revision} of ${l.latest.reportedOn}${l.latest.initial ? ' (initial)' : ''}` : 'not reported'}`,
            ),
          ].join('\n'),
        );
      });
    });

  eventOptions(disasters.command('export'))
    .description('An event’s damage by commune or by day as CSV or an Excel workbook')
    .option('--table <table>', EXPORT_TABLES.join(' or '), table, 'communes')
    .option('--format <format>', 'csv or xlsx', fileFormat, 'csv')
    .option('--lang <lang>', 'vi or en', language, 'vi')
    .option('--out <file>', 'write to a file (an xlsx must go to a file)')
    .action(
      async (o: {
        province: string;
        event: string;
        table: Table;
        format: 'csv' | 'xlsx';
        lang: 'vi' | 'en';
        out?: string;
      }) => {
        if (o.format === 'xlsx' && !o.out) throw new CliError('an xlsx export needs --out <file>');
        await withDatabase('disasters-export', async (_env, ctx) => {
          const e = must(await getEvent(ctx, await eventId(ctx, o.province, o.event)));
          const body =
            o.format === 'xlsx' ? await eventXlsx(e, o.table, o.lang) : eventCsv(e, o.table, o.lang);
          if (o.out) {
            await writeFile(o.out, body);
            process.stderr.write(`disasters: written to ${o.out}\n`);
          } else process.stdout.write(body);
        });
      },
    );

  eventOptions(disasters.command('report-damage'))
    .description(
      'Key in communes’ damage from a CSV (unit_code,reported_on,initial,estimated_value,note, then indicator codes); each row revises the commune’s latest report; every row or none',
    )
    .requiredOption('--file <file>', 'the CSV file (UTF-8)')
    .option('--lang <lang>', 'the language of the refusals: vi or en', language, 'vi')
    .action(async (o: { province: string; event: string; file: string; lang: 'vi' | 'en' }) => {
      const csv = await readFile(o.file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${o.file}`);
      });
      await withDatabase('disasters-report-damage', async (_env, ctx) => {
        const done = must(await importDamage(ctx, await eventId(ctx, o.province, o.event), csv), o.lang);
        process.stdout.write(`disasters: ${done.rows} commune reports recorded\n`);
      });
    });
}
