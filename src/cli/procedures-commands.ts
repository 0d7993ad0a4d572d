import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  catalogueEntry,
  importPortalExport,
  reportCsv,
  searchCatalogue,
} from '../modules/procedures/index.js';
import { type Language, type Message, renderMessage } from '../platform/http/messages.js';
import { language } from './cli-args.js';
import { CliError, output, withDatabase } from './with-database.js';

/** A simple text progress bar on stderr: [██████░░░░]  60% 1,585/2,642 versions. */
function progressBar(label: string) {
  let last = -1;
  return (done: number, total: number) => {
    const ratio = total === 0 ? 1 : done / total;
    const percent = Math.floor(ratio * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    process.stderr.write(`\r${label} [${bar}] ${String(percent).padStart(3)}% ${done}/${total}`);
    if (done >= total) process.stderr.write('\n');
  };
}

export function registerProceduresCommands(program: Command): void {
  const procedures = program
    .command('procedures')
    .description('Administrative procedures: import the national catalogue, search a province’s catalogue');

  procedures
    .command('import <file>')
    .description(
      'Import a national portal export (.csv or .xlsx); all or nothing. Rows whose processing time cannot be read are written to a report',
    )
    .option('--report <path>', 'where to write the report (default: <file name>.report.csv in this folder)')
    .option('--json', 'print the summary as JSON')
    .option('--lang <lang>', 'the language of the refusals: vi or en', language, 'vi')
    .action(async (file: string, o: { report?: string; json?: boolean; lang: Language }) => {
      const source = path.resolve(file);
      const bytes = await readFile(source).catch(() => {
        throw new CliError(`cannot read ${source}`);
      });
      await withDatabase('procedures-import', async (_env, ctx) => {
        process.stderr.write(`procedures: reading ${source} …\n`);
        const result = await importPortalExport(ctx, {
          bytes,
          sourceName: path.basename(source),
          onProgress: progressBar('procedures: writing'),
        });
        if (!result.ok) {
          const e = result.error;
          // Told in the operator's language (issue 15 §2); the row and column names stay as in the file.
          const say = (m: { localized?: Message }, english: string) =>
            m.localized ? renderMessage(m.localized, o.lang) : english;
          const lines =
            e.kind === 'invalid' ? (e.errors ?? []).map((x) => `  ${x.field}: ${say(x, x.message)}`) : [];
          throw new CliError(
            [
              e.kind === 'invalid' ? say(e, e.detail) : JSON.stringify(e),
              ...lines.slice(0, 100),
              ...(lines.length > 100 ? [`  … and ${lines.length - 100} more`] : []),
            ].join('\n'),
          );
        }
        const s = result.value;
        const reportPath = path.resolve(
          o.report ?? `${path.basename(source).replace(/\.(csv|xlsx)$/i, '')}.report.csv`,
        );
        await writeFile(reportPath, reportCsv(s.report));
        const summary = {
          file: source,
          rows: s.counts.rows,
          communeLevel: s.counts.communeLevel,
          created: s.created,
          changed: s.changed,
          unchanged: s.unchanged,
          noDuration: s.counts.noDuration,
          noUnit: s.counts.noUnit,
          reportedRows: s.counts.reported,
          report: reportPath,
        };
        output(Boolean(o.json), summary, () =>
          [
            `procedures: ${s.counts.rows} rows (${s.counts.communeLevel} at commune level): ${s.created} new, ${s.changed} changed (new versions), ${s.unchanged} unchanged`,
            `procedures: ${s.counts.reported} rows reported (${s.counts.noDuration} without a processing time, ${s.counts.noUnit} with a number but no unit) → ${reportPath}`,
          ].join('\n'),
        );
      });
    });

  procedures
    .command('search [query]')
    .description('Search a province’s published procedures, ignoring diacritics ("dang ky khai sinh")')
    .requiredOption('--province <code>', 'the province (2-digit code)')
    .option('--limit <n>', 'how many', (v) => Number(v), 20)
    .option('--json', 'print JSON')
    .action(async (query: string | undefined, o: { province: string; limit: number; json?: boolean }) => {
      if (!/^\d{2}$/.test(o.province)) throw new CliError('--province takes a 2-digit province code');
      await withDatabase('procedures-search', async (env) => {
        const result = await searchCatalogue(env.database.db, {
          provinceCode: o.province,
          q: query,
          page: 1,
          pageSize: Math.min(Math.max(1, o.limit || 20), 100),
        });
        output(Boolean(o.json), result, () =>
          result.items.length
            ? result.items.map((p) => `${p.code.padEnd(9)} ${p.name}`).join('\n')
            : 'no procedure matches',
        );
      });
    });

  procedures
    .command('show <code>')
    .description('A procedure as published in a province: durations, fees, documents, workflow')
    .requiredOption('--province <code>', 'the province (2-digit code)')
    .option('--json', 'print JSON')
    .action(async (code: string, o: { province: string; json?: boolean }) => {
      await withDatabase('procedures-show', async (env) => {
        const entry = await catalogueEntry(env.database.db, o.province, code);
        if (!entry) throw new CliError(`procedure ${code} is not published in province ${o.province}`);
        output(Boolean(o.json), entry, () =>
          [
            `${entry.procedure.code} ${entry.procedure.name} (version ${entry.procedure.versionNo})`,
            `  ${entry.procedure.field}; ${entry.procedure.levelsText}`,
            ...entry.procedure.durations.map((d) => `  ${d.channel}: ${d.text} (${d.amount} ${d.unit})`),
            ...entry.publication.fees.map(
              (f) => `  fee: ${f.name}${f.amountDong === null ? '' : ` ${f.amountDong} đồng`}`,
            ),
            ...(entry.workflow?.steps.map((s) => `  step ${s.position}: ${s.name} — ${s.amount} ${s.unit}`) ??
              []),
          ].join('\n'),
        );
      });
    });
}
