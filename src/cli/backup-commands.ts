import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { verifyAuditChain } from '../modules/audit/index.js';
import { backupDatabase, RestoreError, restoreDatabase } from '../platform/database/backup.js';
import { CliError, withDatabase } from './with-database.js';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description(
      'Write the whole database to a file, job queues and notification outbox included (a consistent snapshot; safe while the server runs)',
    )
    .action(async (file: string) => {
      const target = path.resolve(file);
      const summary = await withDatabase('backup', (env) => backupDatabase(env.database.url, target));
      process.stdout.write(`backed up ${summary.rows} rows of ${summary.tables} tables to ${target}\n`);
    });

  program
    .command('restore <file>')
    .description('Replace the whole database with a backup, in one transaction (stop the server first)')
    .action(async (file: string) => {
      const source = path.resolve(file);
      if (!existsSync(source)) throw new CliError(`no such file: ${source}`);
      await withDatabase('restore', async (env) => {
        try {
          const summary = await restoreDatabase(env.database.url, source);
          process.stdout.write(`restored ${summary.rows} rows of ${summary.tables} tables from ${source}\n`);
        } catch (error) {
          if (error instanceof RestoreError)
            throw new CliError(`restore refused, nothing changed: ${error.message}`);
          throw error;
        }
        const chain = await verifyAuditChain(env.database.db);
        process.stdout.write(
          chain.ok
            ? `audit chain intact: ${chain.checked} entries\n`
            : `WARNING: audit chain ${chain.firstBroken?.chain} broken at link ${chain.firstBroken?.link}\n`,
        );
      });
    });
}
