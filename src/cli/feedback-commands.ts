import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  addDeadlineRule,
  CASE_KINDS,
  type CaseKind,
  exportCases,
  feedbackReport,
  issueOpen311Key,
  listDeadlineRules,
  listOpen311Keys,
  markOverdue,
  revokeOpen311Key,
} from '../modules/feedback/index.js';
import { UNIT_LEVELS, type UnitLevel } from '../modules/units/index.js';
import type { DomainError, Result } from '../platform/result.js';
import { CliError, output, withDatabase } from './with-database.js';

function must<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  const e = result.error;
  const fields =
    'errors' in e && e.errors ? ` (${e.errors.map((f) => `${f.field}: ${f.message}`).join('; ')})` : '';
  throw new CliError(`${'detail' in e && e.detail ? e.detail : e.kind}${fields}`);
}

const province = (value: string) => {
  if (!/^\d{2}$/.test(value)) throw new CliError('--province takes a 2-digit province code');
  return value;
};
const percent = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);
const signed = (ratio: number | null) =>
  ratio === null ? 'n/a' : `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;

/** `tinhso feedback …`: reports, exports, the overdue job, the legal time limits and Open311 keys (issue 10). */
export function registerFeedbackCommands(program: Command): void {
  const feedback = program
    .command('feedback')
    .description('PAKN, complaints and denunciations: reports, export, deadlines, Open311 keys');

  feedback
    .command('report')
    .description(
      'Counts with the change on the previous period, on-time rates, Decision 766 sub-indicators 5.2 and 5.3',
    )
    .requiredOption('--province <code>', '2-digit province code', province)
    .requiredOption('--period <period>', 'YYYY, YYYY-Qn or YYYY-MM')
    .option('--level <level>', `a level of the province: ${UNIT_LEVELS.join(' | ')}`)
    .option('--commune <code>', 'one commune (5-digit code)')
    .option('--json', 'print JSON')
    .action(
      async (o: { province: string; period: string; level?: string; commune?: string; json?: boolean }) => {
        if (o.level !== undefined && !UNIT_LEVELS.includes(o.level as UnitLevel))
          throw new CliError(`--level is one of ${UNIT_LEVELS.join(', ')}`);
        await withDatabase('feedback-report', async (_env, ctx) => {
          const r = must(
            await feedbackReport(ctx, {
              provinceCode: o.province,
              period: o.period,
              level: o.level as UnitLevel | undefined,
              unitCode: o.commune,
            }),
          );
          output(Boolean(o.json), r, () =>
            [
              `Feedback in ${r.provinceCode}${r.level ? ` (${r.level})` : ''}${o.commune ? ` (${o.commune})` : ''}, ${r.period.label} (against ${r.previousPeriod.label}): ${r.total.current} (${r.total.previous} before, ${signed(r.total.change)})`,
              ...r.byKind.map(
                (k) => `  ${k.key.padEnd(13)} ${String(k.current).padStart(5)}  ${signed(k.change)}`,
              ),
              'On time, per law:',
              ...r.onTimeByKind.map(
                (k) => `  ${k.kind.padEnd(13)} ${k.onTime}/${k.cases} ${percent(k.rate)}`,
              ),
              'Decision 766:',
              ...r.indicators766.map(
                (i) =>
                  `  ${i.code} ${i.portalCode}: ${i.numerator}/${i.denominator} = ${percent(i.ratio)} → ${i.points?.toFixed(2) ?? '—'} of ${i.maxPoints} points`,
              ),
            ].join('\n'),
          );
        });
      },
    );

  feedback
    .command('export')
    .description('The cases of a period as CSV (public wording only, never a submitter or denouncer)')
    .requiredOption('--province <code>', '2-digit province code', province)
    .requiredOption('--period <period>', 'YYYY, YYYY-Qn or YYYY-MM')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { province: string; period: string; out?: string }) => {
      await withDatabase('feedback-export', async (_env, ctx) => {
        const file = must(await exportCases(ctx, { provinceCode: o.province, period: o.period }));
        if (o.out) {
          await writeFile(o.out, file.csv);
          process.stderr.write(`feedback: ${file.rows} cases written to ${o.out}\n`);
        } else process.stdout.write(file.csv);
      });
    });

  feedback
    .command('mark-overdue')
    .description('Run the overdue job now: mark every running legal step past its due time (once, audited)')
    .action(async () => {
      await withDatabase('feedback-mark-overdue', async (_env, ctx) => {
        const { marked } = await markOverdue(ctx);
        process.stdout.write(`feedback: ${marked} overdue steps marked\n`);
      });
    });

  const rules = feedback.command('rules').description('The legal time limits (effective-dated data)');
  rules
    .command('list', { isDefault: true })
    .description('Every version of every limit, with its source')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      await withDatabase('feedback-rules', async (_env, ctx) => {
        const rows = await listDeadlineRules(ctx);
        output(Boolean(o.json), rows, () =>
          rows
            .map(
              (r) =>
                `${r.kind}.${r.step} ${r.variant}: ${r.amount} ${r.unit}${r.maxCount ? ` ×${r.maxCount}` : ''}  ${r.effectiveFrom} → ${r.effectiveTo ?? '…'}  [${r.confidence}] ${r.source}`,
            )
            .join('\n'),
        );
      });
    });
  rules
    .command('set')
    .description('Add a later version of a limit (the version in force ends the day it starts)')
    .requiredOption('--kind <kind>', CASE_KINDS.join(' | '))
    .requiredOption('--step <step>', 'e.g. accept, resolve, process')
    .option('--variant <variant>', 'normal | complex | remote | remote_complex | multi_place', 'normal')
    .requiredOption('--amount <n>', 'days', (v) => Number(v))
    .requiredOption('--unit <unit>', 'working_days | calendar_days')
    .option('--max-count <n>', 'how many times the step may be extended', (v) => Number(v))
    .requiredOption('--from <date>', 'first day in force, YYYY-MM-DD')
    .requiredOption('--source <text>', 'the legal text it comes from')
    .option('--confidence <label>', 'H | M | L | ?', 'M')
    .action(
      async (o: {
        kind: string;
        step: string;
        variant: string;
        amount: number;
        unit: string;
        maxCount?: number;
        from: string;
        source: string;
        confidence: string;
      }) => {
        if (!(CASE_KINDS as readonly string[]).includes(o.kind))
          throw new CliError(`--kind is one of ${CASE_KINDS.join(', ')}`);
        if (!['working_days', 'calendar_days'].includes(o.unit))
          throw new CliError('--unit is working_days or calendar_days');
        if (!['normal', 'complex', 'remote', 'remote_complex', 'multi_place'].includes(o.variant))
          throw new CliError('--variant is normal, complex, remote, remote_complex or multi_place');
        if (!['H', 'M', 'L', '?'].includes(o.confidence)) throw new CliError('--confidence is H, M, L or ?');
        await withDatabase('feedback-rules-set', async (_env, ctx) => {
          const row = must(
            await addDeadlineRule(ctx, {
              kind: o.kind as CaseKind,
              step: o.step,
              variant: o.variant as 'normal',
              amount: o.amount,
              unit: o.unit as 'working_days',
              maxCount: o.maxCount ?? null,
              effectiveFrom: o.from,
              source: o.source,
              confidence: o.confidence as 'M',
            }),
          );
          process.stdout.write(
            `feedback: ${row.kind}.${row.step} ${row.variant} = ${row.amount} ${row.unit} from ${row.effectiveFrom}\n`,
          );
        });
      },
    );

  const keys = feedback.command('open311-key').description('API keys of Open311 clients (POST requests)');
  keys
    .command('issue')
    .description('Issue a key for one client; it is printed once and only its hash is kept')
    .requiredOption('--province <code>', '2-digit province code', province)
    .requiredOption('--name <name>', 'who the key is for')
    .action(async (o: { province: string; name: string }) => {
      await withDatabase('feedback-open311-key', async (_env, ctx) => {
        const issued = must(await issueOpen311Key(ctx, { provinceCode: o.province, name: o.name }));
        process.stdout.write(`${issued.key}\n`);
        process.stderr.write(
          `feedback: key ${issued.apiKey.id} for "${issued.apiKey.name}"; store it now, it is not shown again\n`,
        );
      });
    });
  keys
    .command('list')
    .description('The keys of a province')
    .requiredOption('--province <code>', '2-digit province code', province)
    .option('--json', 'print JSON')
    .action(async (o: { province: string; json?: boolean }) => {
      await withDatabase('feedback-open311-keys', async (_env, ctx) => {
        const list = must(await listOpen311Keys(ctx, o.province));
        output(
          Boolean(o.json),
          list,
          () =>
            list
              .map((k) => `${k.id}  ${k.keyPrefix}…  ${k.name}  ${k.revokedAt ? 'revoked' : 'active'}`)
              .join('\n') || 'no keys',
        );
      });
    });
  keys
    .command('revoke <id>')
    .description('Revoke a key')
    .action(async (id: string) => {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CliError('a key id is a UUID');
      await withDatabase('feedback-open311-revoke', async (_env, ctx) => {
        const key = must(await revokeOpen311Key(ctx, id));
        process.stdout.write(`feedback: key ${key.keyPrefix}… revoked\n`);
      });
    });
}
