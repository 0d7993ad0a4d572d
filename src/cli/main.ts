import { Command, CommanderError } from 'commander';
import { version } from '../app/version.js';
import { commandFilesFor } from './command-files.js';
import { CliError } from './with-database.js';

const program = new Command()
  .name('tinhso')
  .description(
    'tinhso, the digital province: operations from the command line.\n' +
      'Commands use DATABASE_URL when set, else the embedded PostgreSQL in TINHSO_DATA_DIR (default ./data),\n' +
      'joining it when the server is running and starting it for the command otherwise.',
  )
  .version(version)
  .showHelpAfterError()
  .exitOverride();

for (const file of commandFilesFor(process.argv.slice(2))) (await file.load())(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof CliError) {
    process.stderr.write(`tinhso: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `tinhso: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
