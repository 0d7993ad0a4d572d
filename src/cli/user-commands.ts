import type { Command } from 'commander';
import { createUser, listUsers } from '../modules/identity/index.js';
import { ROLES, type Role } from '../platform/context.js';
import { CliError, output, withDatabase } from './with-database.js';

function parseGrant(value: string, previous: Array<{ role: Role; unitCode: string }> = []) {
  const [role, unitCode] = value.split('@');
  if (!role || !unitCode || !ROLES.includes(role as Role)) {
    throw new CliError(`--role takes ROLE@UNIT, e.g. counter_clerk@01273; roles: ${ROLES.join(', ')}`);
  }
  return [...previous, { role: role as Role, unitCode }];
}

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('Accounts and roles');
  users
    .command('create')
    .description('Create an account (prints what it created)')
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--name <display>', 'full name, e.g. "Nguyễn Văn An"')
    .option('--kind <kind>', 'official or citizen', 'official')
    .option('--role <role@unit>', 'a role on a unit, repeatable (e.g. system_admin@04)', parseGrant)
    .option('--home <unit>', 'the unit the account belongs to (default: the first role’s unit)')
    .option('--password <password>', 'initial password (else read from TINHSO_NEW_PASSWORD)')
    .option('--json', 'print JSON')
    .action(
      async (o: {
        username: string;
        name: string;
        kind: string;
        role?: Array<{ role: Role; unitCode: string }>;
        home?: string;
        password?: string;
        json?: boolean;
      }) => {
        const password = o.password ?? process.env.TINHSO_NEW_PASSWORD;
        if (!password) throw new CliError('give --password or set TINHSO_NEW_PASSWORD');
        if (o.kind !== 'official' && o.kind !== 'citizen')
          throw new CliError('--kind is official or citizen');
        await withDatabase('users-create', async (_env, ctx) => {
          const result = await createUser(ctx, {
            username: o.username,
            displayName: o.name,
            kind: o.kind as 'official' | 'citizen',
            password,
            roles: o.role ?? [],
            homeUnitCode: o.home,
          });
          if (!result.ok) throw new CliError(JSON.stringify(result.error));
          const user = result.value;
          output(
            Boolean(o.json),
            user,
            () =>
              `created user ${user.username} (${user.id}) with roles: ${user.roles.map((r) => `${r.role}@${r.unitCode}`).join(', ') || 'none'}`,
          );
        });
      },
    );
  users
    .command('list')
    .description('List accounts')
    .option('--q <text>', 'filter by username or name')
    .option('--json', 'print JSON')
    .action(async (o: { q?: string; json?: boolean }) => {
      await withDatabase('users-list', async (_env, ctx) => {
        const result = await listUsers(ctx, { q: o.q, page: 1, pageSize: 200 });
        if (!result.ok) throw new CliError(JSON.stringify(result.error));
        output(Boolean(o.json), result.value, () =>
          result.value.items
            .map(
              (u) =>
                `${u.username.padEnd(20)} ${u.status.padEnd(8)} ${u.roles.map((r) => `${r.role}@${r.unitCode}`).join(' ')}`,
            )
            .join('\n'),
        );
      });
    });
}
