import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';

/** The demo history has the shape of the provincial reports (SEED-FIGURES.md; issue 6 §7). */
describe('demo dossiers of Cao Bằng (issue 6 §7)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const one = async (text: string) => (await db.pool.query(text)).rows[0];

  it('spans about two years, all three channels, communes and departments', async () => {
    const r = await one(`select count(*)::int n, min(received_at) first, max(received_at) last,
        count(distinct channel)::int channels, count(distinct competent_unit_code)::int units,
        count(*) filter (where competent_unit_code = '04')::int provincial
      from dossiers.dossiers where province_code = '04'`);
    assert.ok(r.n >= 1000, `${r.n} dossiers`);
    assert.ok((r.last - r.first) / 86_400_000 > 600, 'about two years of history');
    assert.equal(r.channels, 3);
    assert.ok(r.units > 20, 'across many communes');
    assert.ok(r.provincial > 0, 'and the provincial departments');
  });

  it('resolves more than 99% of commune dossiers on time (Circular 01/2018 indicator 1; SEED-FIGURES.md)', async () => {
    const r =
      await one(`select count(*) filter (where on_time_indicator)::float / count(*) rate, count(*)::int n
      from dossiers.dossiers where competent_unit_code <> '04' and finished_at is not null and on_time_indicator is not null`);
    assert.ok(r.n > 100);
    assert.ok(r.rate > 0.99, `commune on-time rate ${r.rate}`);
  });

  it('shows the online share rising (23.5% → 54.1% in the Cô Tô report)', async () => {
    const r =
      await one(`with q as (select ntile(4) over (order by received_at) quarter, channel from dossiers.dossiers where received_at is not null)
      select avg((channel = 'online')::int) filter (where quarter = 1) early, avg((channel = 'online')::int) filter (where quarter = 4) late from q`);
    assert.ok(r.early < 0.35 && r.late > 0.4 && r.late > r.early, `online ${r.early} → ${r.late}`);
  });

  it('holds supplements, extensions, late ones, postal returns and ratings, each transition in the outbox', async () => {
    const r = await one(`select count(*) filter (where supplement_count > 0)::int supplements,
        count(*) filter (where extended)::int extended, count(*) filter (where on_time_indicator = false)::int late,
        count(*) filter (where result_method = 'post' and postal_tracking_number is not null)::int post,
        (select count(*)::int from dossiers.ratings) ratings,
        (select count(*)::int from dossiers.events) events
      from dossiers.dossiers`);
    assert.ok(
      r.supplements > 0 && r.extended > 0 && r.late > 0 && r.post > 0 && r.ratings > 0,
      JSON.stringify(r),
    );
    assert.ok(r.events > 4 * 1000, 'every transition is an outbox event');
  });

  it('issues electronic results through the real path: signed by the approving leader, numbered without gaps (issue 16 §5)', async () => {
    // Every dossier the system counts as having an e-result has its document in an agency's register, signed.
    const r = await one(`select count(*) filter (where d.e_result)::int e_results,
        count(*) filter (where d.e_result and (d.result_file->>'signed')::boolean and r.id is not null)::int signed,
        count(*) filter (where d.e_result and d.channel = 'online')::int online,
        count(*) filter (where d.outcome = 'approved')::int approved
      from dossiers.dossiers d left join dossiers.result_documents r on r.dossier_id = d.id`);
    assert.ok(r.e_results > 0, 'the e-result share is measured, not 0');
    assert.equal(r.signed, r.e_results, 'each one signed and registered');
    assert.equal(r.online, r.e_results, 'the online dossiers of the communes whose leader signs');
    // Each leader's approval carries its result: the catch-up job finds nothing left to issue.
    const left = await one(`select count(*)::int n from dossiers.dossiers d where d.outcome = 'approved'
        and not d.e_result and exists (select 1 from dossiers.events e where e.dossier_id = d.id
        and e.type = 'approved' and e.actor_id is not null)`);
    assert.equal(left.n, 0);
    const gaps = await one(`select count(*)::int registers,
        count(*) filter (where n <> top or first <> 1)::int gapped
      from (select agency_id, year, count(*) n, max(number) top, min(number) first
              from dossiers.result_documents group by agency_id, year) g`);
    assert.ok(gaps.registers > 0);
    assert.equal(gaps.gapped, 0, 'numbers 1…n per agency and year');
    const signers = await one(`select array_agg(distinct signer_name order by signer_name) names
      from dossiers.result_documents`);
    assert.deepEqual(signers.names, ['Hà Văn Quân', 'Nông Thị Lan'], "the demo communes' leaders");
  });

  it('gives the demo citizen a birth certificate of their own, issued and signed (issue 16 §5)', async () => {
    const r =
      await one(`select r.kind, r.title, r.number_text, d.status, d.declaration->'child'->>'fullName' child
      from dossiers.dossiers d join dossiers.result_documents r on r.dossier_id = d.id
      join identity.users u on u.id = d.applicant_user_id
      where u.username = 'congdan' and r.kind = 'birth_certificate'`);
    assert.ok(r, 'the citizen has a birth certificate');
    assert.equal(r.title, 'GIẤY KHAI SINH');
    assert.match(r.number_text, /quyển số 01\/\d{4}$/);
    assert.match(r.child, /Minh Anh$/);
  });
});
