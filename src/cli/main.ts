import { Command, CommanderError } from 'commander';
import { version } from '../app/build-app.js';
import { registerAuditCommands } from './audit-commands.js';
import { registerBackupCommands } from './backup-commands.js';
import { registerCalendarCommands } from './calendar-commands.js';
import { registerDisastersCommands } from './disasters-commands.js';
import { registerDossiersCommands } from './dossiers-commands.js';
import { registerFeedbackCommands } from './feedback-commands.js';
import { registerInvestmentCommands } from './investment-commands.js';
import { registerNotifyCommands } from './notify-commands.js';
import { registerOversightCommands } from './oversight-commands.js';
import { registerProceduresCommands } from './procedures-commands.js';
import { registerReceptionCommands } from './reception-commands.js';
import { registerReportCommands } from './report-commands.js';
import { registerServerCommands } from './server-commands.js';
import { registerSigningCommands } from './signing-commands.js';
import { registerStaffingCommands } from './staffing-commands.js';
import { registerTargetsCommands } from './targets-commands.js';
import { registerUnitsCommands } from './units-commands.js';
import { registerUserCommands } from './user-commands.js';
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

registerServerCommands(program);
registerUserCommands(program);
registerAuditCommands(program);
registerBackupCommands(program);
registerUnitsCommands(program);
registerCalendarCommands(program);
registerProceduresCommands(program);
registerDossiersCommands(program);
registerTargetsCommands(program);
registerInvestmentCommands(program);
registerSigningCommands(program);
registerNotifyCommands(program);
registerFeedbackCommands(program);
registerReceptionCommands(program);
registerStaffingCommands(program);
registerDisastersCommands(program);
registerOversightCommands(program);
registerReportCommands(program);

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
