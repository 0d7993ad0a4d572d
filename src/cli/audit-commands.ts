import type { Command } from 'commander';
import { verifyAuditChain } from '../modules/audit/index.js';
import { output, withDatabase } from './with-database.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit trail');
  audit
    .command('verify')
    .description(
      'Verify the whole chain; exits 1 and names the first broken link if any row was altered or deleted',
    )
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const report = await withDatabase('audit-verify', (env) => verifyAuditChain(env.database.db));
      output(Boolean(o.json), report, () =>
        report.ok
          ? `audit chain intact: ${report.checked} entries verified`
          : `audit chain BROKEN at entry ${report.firstBroken?.seq}: ${report.firstBroken?.reason} (${report.checked} entries before it verified)`,
      );
      if (!report.ok) process.exitCode = 1;
    });
}
