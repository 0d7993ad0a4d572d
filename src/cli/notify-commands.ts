import type { Command } from 'commander';
import { quietLogger } from '../platform/logging.js';
import { deliverDue, outboxStats, transportsFor } from '../platform/notify/index.js';
import { output, withDatabase } from './with-database.js';

/** The notification outbox (ADR 0008): what waits, and a delivery pass on demand. */
export function registerNotifyCommands(program: Command): void {
  const notify = program.command('notify').description('Email and SMS notices: outbox status and delivery');

  notify
    .command('status')
    .description('Count notices per channel and status (pending, sent, failed)')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      await withDatabase('notify-status', async (env) => {
        const stats = await outboxStats(env.database.db);
        output(Boolean(o.json), stats, () =>
          stats.length === 0
            ? 'The outbox is empty.'
            : stats.map((s) => `${s.channel} ${s.status}: ${s.count}`).join('\n'),
        );
      });
    });

  notify
    .command('deliver')
    .description('Send the due notices now (the notify-deliver job does this every minute)')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      await withDatabase('notify-deliver', async (env) => {
        const transports = transportsFor(env);
        try {
          const report = await deliverDue(env.database.db, transports, { log: quietLogger() });
          const off = (['email', 'sms'] as const).filter((c) => !transports[c]);
          output(
            Boolean(o.json),
            { ...report, disabled: off },
            () =>
              `sent ${report.sent}, retrying ${report.retrying}, failed ${report.failed}` +
              (off.length ? ` (not configured: ${off.join(', ')})` : ''),
          );
        } finally {
          for (const t of Object.values(transports)) t?.close?.();
        }
      });
    });
}
