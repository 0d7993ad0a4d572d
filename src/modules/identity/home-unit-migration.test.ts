import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';

const MIGRATION = path.resolve(import.meta.dirname, '../../../drizzle/0015_identity_home_unit.sql');

/** Issue 18 §4: existing accounts get a home unit from their grants, revoked ones too, else the installation's province. */
describe('home unit of existing accounts (migration 0015)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());

  const q = async <T>(text: string, values: unknown[] = []) =>
    (await db.pool.query(text, values)).rows as T[];

  it('fills the home unit from the earliest active grant, else a revoked one, else the province', async () => {
    // Back to the state before the migration: the columns exist but are empty.
    await q(`alter table identity.users alter column home_unit_code drop not null,
             alter column home_province_code drop not null`);
    await q(`update identity.users set home_unit_code = null, home_province_code = null`);
    await q(`update identity.role_grants set revoked_at = now()
             where user_id = (select id from identity.users where username = 'lanhdao.hoaan')`);
    await q(
      `delete from identity.role_grants where user_id = (select id from identity.users where username = 'motcua')`,
    );

    const tail = readFileSync(MIGRATION, 'utf8').split('-- hand-written:')[1]!;
    const handWritten = tail.slice(tail.indexOf('\n'));
    for (const statement of handWritten.split('--> statement-breakpoint')) await q(statement);

    const homes = await q<{ username: string; home_unit_code: string; home_province_code: string }>(
      `select username, home_unit_code, home_province_code from identity.users
       where username in ('admin', 'quantri.tinh', 'lanhdao.xa', 'lanhdao.hoaan', 'motcua') order by username`,
    );
    assert.deepEqual(
      homes.map((h) => [h.username, h.home_unit_code, h.home_province_code]),
      [
        ['admin', 'VN', 'VN'],
        ['lanhdao.hoaan', '01654', '04'],
        ['lanhdao.xa', '01273', '04'],
        ['motcua', '04', '04'],
        ['quantri.tinh', '04', '04'],
      ],
    );
    const nullable = await q<{ is_nullable: string }>(
      `select is_nullable from information_schema.columns
       where table_schema = 'identity' and table_name = 'users' and column_name = 'home_unit_code'`,
    );
    assert.equal(nullable[0]?.is_nullable, 'NO');
  });
});
