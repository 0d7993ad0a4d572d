import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addLocalDayOff, loadNationalCalendar } from '../modules/calendar/index.js';
import { systemCtx } from '../platform/context.js';
import { quietLogger } from '../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

const files = await loadNationalCalendar();
if (!files.ok) throw new Error(JSON.stringify(files.error));

/** The CLI contracts of issue 4 (all dates Asia/Ho_Chi_Minh; the JSON keys are the contract). */
describe('tinhso calendar (issue 4 CLI contract)', () => {
  let db: TestDatabase;
  let empty: TestDatabase;
  const cli = (args: string[], on: TestDatabase = db) =>
    runCli(['calendar', ...args], { DATABASE_URL: on.url });
  before(async () => {
    [db, empty] = await Promise.all([createTestDatabase('demo'), createTestDatabase('empty')]);
  });
  after(async () => {
    await Promise.all([db.drop(), empty.drop()]);
  });

  it('days-off --year 2025 --json lists every weekday off and every Saturday worked', async () => {
    const run = await cli(['days-off', '--year', '2025', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.year, 2025);
    assert.deepEqual(out.makeUpWorkdays, ['2025-04-26']);
    assert.deepEqual(out.daysOff, files.value.daysOff(2025));
    assert.ok(out.daysOff.includes('2025-01-01') && out.daysOff.includes('2025-05-02'));
    assert.ok(!out.daysOff.includes('2025-02-01'), 'Tết on a Saturday is not a weekday off');
  });

  it('is-working-day 2025-04-26 --json says the make-up Saturday is worked', async () => {
    const run = await cli(['is-working-day', '2025-04-26', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.date, '2025-04-26');
    assert.equal(out.working, true);
    const swapped = JSON.parse((await cli(['is-working-day', '2025-05-02', '--json'])).stdout);
    assert.equal(swapped.working, false);
  });

  it('add --from 2025-01-24 --working-days 3 --json is 2025-02-05, across Tết', async () => {
    const run = await cli(['add', '--from', '2025-01-24', '--working-days', '3', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.from, '2025-01-24');
    assert.equal(out.workingDays, 3);
    assert.equal(out.date, '2025-02-05');
  });

  it('answers for a province with --province, including its own days off', async () => {
    const ctx = systemCtx(db.db, 'test', quietLogger());
    const added = await addLocalDayOff(ctx, {
      provinceCode: '04',
      date: '2025-03-12',
      name: 'Ngày nghỉ của tỉnh (thử)',
      source: 'QĐ thử',
    });
    assert.ok(added.ok);
    const local = JSON.parse(
      (await cli(['is-working-day', '2025-03-12', '--province', '04', '--json'])).stdout,
    );
    assert.equal(local.working, false);
    const national = JSON.parse((await cli(['is-working-day', '2025-03-12', '--json'])).stdout);
    assert.equal(national.working, true);
    const year = JSON.parse((await cli(['days-off', '--year', '2025', '--province', '04', '--json'])).stdout);
    assert.ok(year.daysOff.includes('2025-03-12'));
    const add = JSON.parse(
      (await cli(['add', '--from', '2025-03-11', '--working-days', '1', '--province', '04', '--json']))
        .stdout,
    );
    assert.equal(add.date, '2025-03-13');
  });

  it('prints readable lines without --json', async () => {
    const days = await cli(['days-off', '--year', '2025']);
    assert.equal(days.code, 0, days.stderr);
    assert.match(days.stdout, /2025-04-26 Sat {2}Làm bù cho ngày nghỉ 02\/05\/2025 {2}\[8726\/VPCP-KGVX\]/);
    const day = await cli(['is-working-day', '2025-04-26']);
    assert.match(day.stdout, /2025-04-26 \(Saturday\) is a working day: Làm bù/);
    const add = await cli(['add', '--from', '2025-01-24', '--working-days', '3']);
    assert.match(add.stdout, /3 working day\(s\) after 2025-01-24 \(Friday\) is 2025-02-05 \(Wednesday\)/);
  });

  it('exits 2 with a clear message on bad input', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['is-working-day', '2025-02-30'], /real date/],
      [['is-working-day'], /date is required/],
      [['days-off', '--year', 'abc'], /--year must be a whole number/],
      [['days-off'], /--year is required/],
      [['days-off', '--year', '3000'], /--year must lie between/],
      [['add', '--from', '2025-01-24'], /--working-days is required/],
      [['add', '--from', '24/01/2025', '--working-days', '3'], /--from must be a real date/],
      [['add', '--from', '2025-01-24', '--working-days', '1.5'], /whole number/],
      [['is-working-day', '2025-04-26', '--province', '4'], /2-digit province code/],
      [['is-working-day', '2025-04-26', '--province', '99'], /no province with code "99"/],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i]!;
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message, args.join(' '));
    }
  });

  it('loads the shipped calendar into a database that has none yet, then answers from it', async () => {
    const run = await cli(['days-off', '--year', '2025', '--json'], empty);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).makeUpWorkdays, ['2025-04-26']);
  });
});
