import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * The CLI's command files, each with the top-level commands it registers, in the order `tinhso --help` lists them.
 * A file is loaded only when one of its commands is asked for: each imports its part of the application, and
 * loading them all took ~2 s of CPU on every call (a cron job or a test calls the CLI many times).
 * `command-files.test.ts` checks that each file registers exactly the names listed here.
 */
export const COMMAND_FILES: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  {
    names: ['start', 'migrate', 'demo'],
    load: async () => (await import('./server-commands.js')).registerServerCommands,
  },
  { names: ['users'], load: async () => (await import('./user-commands.js')).registerUserCommands },
  { names: ['audit'], load: async () => (await import('./audit-commands.js')).registerAuditCommands },
  {
    names: ['backup', 'restore'],
    load: async () => (await import('./backup-commands.js')).registerBackupCommands,
  },
  { names: ['units'], load: async () => (await import('./units-commands.js')).registerUnitsCommands },
  {
    names: ['calendar'],
    load: async () => (await import('./calendar-commands.js')).registerCalendarCommands,
  },
  {
    names: ['procedures'],
    load: async () => (await import('./procedures-commands.js')).registerProceduresCommands,
  },
  {
    names: ['dossiers'],
    load: async () => (await import('./dossiers-commands.js')).registerDossiersCommands,
  },
  { names: ['targets'], load: async () => (await import('./targets-commands.js')).registerTargetsCommands },
  {
    names: ['investment'],
    load: async () => (await import('./investment-commands.js')).registerInvestmentCommands,
  },
  { names: ['signing'], load: async () => (await import('./signing-commands.js')).registerSigningCommands },
  { names: ['notify'], load: async () => (await import('./notify-commands.js')).registerNotifyCommands },
  {
    names: ['feedback'],
    load: async () => (await import('./feedback-commands.js')).registerFeedbackCommands,
  },
  {
    names: ['reception'],
    load: async () => (await import('./reception-commands.js')).registerReceptionCommands,
  },
  {
    names: ['staffing'],
    load: async () => (await import('./staffing-commands.js')).registerStaffingCommands,
  },
  {
    names: ['disasters'],
    load: async () => (await import('./disasters-commands.js')).registerDisastersCommands,
  },
  {
    names: ['oversight'],
    load: async () => (await import('./oversight-commands.js')).registerOversightCommands,
  },
  { names: ['report'], load: async () => (await import('./report-commands.js')).registerReportCommands },
];

/** The files to load for a command line: the one that registers its first word, or all of them (help, a typo). */
export function commandFilesFor(argv: readonly string[]): typeof COMMAND_FILES {
  const first = argv.find((arg) => !arg.startsWith('-'));
  const owner = COMMAND_FILES.filter((file) => first !== undefined && file.names.includes(first));
  return owner.length === 1 ? owner : COMMAND_FILES;
}
