/**
 * The raw ceiling of `bench:flow` (issue 11 §2): the same number of PostgreSQL transactions as tinhso issues for
 * an item, with the same row shapes (a real dossier's row, visits, events, documents as templates), sent
 * directly with `pg` at the same concurrency, into copies of the tables with their indexes (schema `bench_raw`,
 * dropped afterwards). Each transaction ends like a use case: an audit-like row appended to a hash chain under
 * an advisory lock. No HTTP, no validation, no policy, no clock arithmetic, no PDF: what is left is the database.
 */
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';

const TABLES = [
  'dossiers.dossiers',
  'dossiers.visits',
  'dossiers.events',
  'dossiers.documents',
  'dossiers.idempotency_keys',
  'dossiers.code_counters',
  'audit.entries',
  'notify.outbox',
  'files.blobs',
];
const CHAIN_LOCK = 727_099;

export interface RawResult {
  seconds: number;
  transactions: number;
}

type Row = Record<string, unknown>;

export async function rawCeiling(url: string, items: number, concurrency: number): Promise<RawResult> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  // The cluster stops right after: an idle connection ended by it is no error of the run.
  pool.on('error', () => {});
  try {
    await pool.query('drop schema if exists bench_raw cascade; create schema bench_raw');
    for (const t of TABLES)
      await pool.query(`create table bench_raw.${t.split('.')[1]} (like ${t} including all)`);
    const one = async (q: string) => (await pool.query<{ r: Row }>(q)).rows[0]?.r;
    const dossier = await one(
      `select row_to_json(d) as r from dossiers.dossiers d where status = 'returned' order by updated_at desc limit 1`,
    );
    if (!dossier) throw new Error('no returned dossier to copy the shape of');
    const visit = await one(
      `select row_to_json(v) as r from dossiers.visits v where dossier_id = '${dossier.id}' limit 1`,
    );
    const event = await one(
      `select row_to_json(e) as r from dossiers.events e where dossier_id = '${dossier.id}' limit 1`,
    );
    const doc = await one(
      `select row_to_json(x) as r from dossiers.documents x where dossier_id = '${dossier.id}' limit 1`,
    );
    const audit = await one(`select row_to_json(a) as r from audit.entries a order by seq desc limit 1`);
    const outbox = await one(`select row_to_json(o) as r from notify.outbox o limit 1`);
    const pdf = Buffer.alloc(40_000, 7);

    let next = 0;
    let transactions = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const client = await pool.connect();
        try {
          for (let i = next++; i < items; i = next++) {
            const done = await item(client, i, { dossier, visit, event, doc, audit, outbox, pdf });
            transactions += done;
          }
        } finally {
          client.release();
        }
      }),
    );
    return { seconds: (performance.now() - t0) / 1000, transactions };
  } finally {
    await pool.query('drop schema if exists bench_raw cascade').catch(() => {});
    await pool.end();
  }
}

interface Templates {
  dossier: Row;
  visit: Row | undefined;
  event: Row | undefined;
  doc: Row | undefined;
  audit: Row | undefined;
  outbox: Row | undefined;
  pdf: Buffer;
}

/** One item's eight transactions: submit, receive, supplement asked and given, forward, approve, result, return. */
async function item(c: pg.PoolClient, n: number, t: Templates): Promise<number> {
  const id = randomUUID();
  let version = 0;
  const insert = (table: string, row: Row | undefined, extra: Row) =>
    c.query(
      `insert into bench_raw.${table} select * from json_populate_record(null::bench_raw.${table}, $1::json)`,
      [JSON.stringify({ ...row, ...extra })],
    );
  const event = (type: string) => {
    const { seq: _seq, ...rest } = t.event ?? {};
    return c.query(
      `insert into bench_raw.events (dossier_id, province_code, type, at, status, actor_id, actor_label, payload)
       select dossier_id, province_code, type, at, status, actor_id, actor_label, payload
         from json_populate_record(null::bench_raw.events, $1::json)`,
      [JSON.stringify({ ...rest, dossier_id: id, type, at: new Date() })],
    );
  };
  const visits = (count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, k) =>
        c.query(
          `insert into bench_raw.visits select * from json_populate_record(null::bench_raw.visits, $1::json)
           on conflict (dossier_id, seq) do update set given_at = excluded.given_at, action = excluded.action`,
          [JSON.stringify({ ...t.visit, dossier_id: id, seq: (version % 4) + k + 1 })],
        ),
      ),
    );
  const update = async () => {
    const row = { ...t.dossier, id, code: `raw-${id}`, version: version + 1, updated_at: new Date() };
    const columns = Object.keys(row).filter((k) => k !== 'id');
    const set = columns.map((k) => `"${k}" = (src.r)."${k}"`).join(', ');
    const done = await c.query(
      `with src as (select json_populate_record(null::bench_raw.dossiers, $1::json) as r)
       update bench_raw.dossiers d set ${set} from src where d.id = (src.r).id and d.version = $2`,
      [JSON.stringify(row), version],
    );
    if (done.rowCount !== 1) throw new Error('raw update lost');
    version += 1;
  };
  const auditRow = async () => {
    await c.query(`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
    const last = await c.query<{ seq: string; hash: string }>(
      'select seq, hash from bench_raw.entries order by seq desc limit 1',
    );
    const seq = Number(last.rows[0]?.seq ?? 0) + 1;
    const prev = last.rows[0]?.hash ?? '0'.repeat(64);
    // link: the per-chain position of ADR 0014 (unique with chain), kept equal to seq in this single-chain model.
    const body = {
      ...t.audit,
      seq,
      link: seq,
      id: randomUUID(),
      entity_id: id,
      prev_hash: prev,
      at: new Date(),
    };
    const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    await insert('entries', body, { hash });
  };
  const tx = async (work: () => Promise<unknown>) => {
    await c.query('begin');
    try {
      await work();
      await auditRow();
      await c.query('commit');
    } catch (error) {
      await c.query('rollback');
      throw error;
    }
  };
  const key = `raw-${n}-${id}`;
  await tx(async () => {
    await c.query(
      `insert into bench_raw.idempotency_keys (scope, key, request_hash, created_at) values ('raw', $1, 'h', now())
       on conflict do nothing`,
      [key],
    );
    await insert('dossiers', t.dossier, { id, version: 1, code: null });
    version = 1;
    await insert('documents', t.doc, { dossier_id: id, position: 1 });
    await insert('documents', t.doc, { dossier_id: id, position: 2 });
    await event('submitted');
    await c.query(
      `update bench_raw.idempotency_keys set status_code = 201, response = $2 where scope = 'raw' and key = $1`,
      [key, JSON.stringify({ id, status: 'submitted', version: 1 })],
    );
  });
  await tx(async () => {
    await c.query(
      `insert into bench_raw.code_counters values ('000.00.00.H00', current_date, '04', 1)
       on conflict (agency_code, day) do update set last = bench_raw.code_counters.last + 1 returning last`,
    );
    await update();
    await visits(2);
    await event('received');
    if (t.outbox) await insert('outbox', t.outbox, { id: randomUUID(), entity_id: id, dedupe_key: null });
  });
  await tx(async () => {
    await update();
    await event('supplement_requested');
  });
  await tx(async () => {
    await update();
    await insert('documents', t.doc, { dossier_id: id, position: 3 });
    await event('supplement_received');
  });
  await tx(async () => {
    await update();
    await visits(2);
    await event('forwarded');
  });
  await tx(async () => {
    await update();
    await visits(2);
    await event('approved');
  });
  await tx(async () => {
    await c.query(
      `insert into bench_raw.blobs (sha256, size, media_type, content, created_at) values ($1, $2, 'application/pdf', $3, now())
       on conflict do nothing`,
      [createHash('sha256').update(id).digest('hex'), t.pdf.length, t.pdf],
    );
    await update();
    await insert('documents', t.doc, { dossier_id: id, position: 4 });
    await event('result_issued');
  });
  await tx(async () => {
    await update();
    await visits(1);
    await event('result_returned');
    if (t.outbox) await insert('outbox', t.outbox, { id: randomUUID(), entity_id: id, dedupe_key: null });
  });
  return 8;
}
