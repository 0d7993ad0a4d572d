/**
 * Bench data (issue 11 §1, §3): millions of realistic dossiers for one province, written with bulk SQL.
 *
 * How the rows stay true to the module: first a few thousand *prototype* histories are made by the dossiers
 * module itself (`seedDemoDossiers`, the demo generator, which goes through the same batch core as the API:
 * RULES.md §1.4 codes, the statutory clock, control-slip visits, outbox events, both on-time measures at finish,
 * SEED-FIGURES.md shares: online rising to ~54%, ~24% returned by post, >98% on time), spread over the years
 * asked for. That work is rolled back — no audit entry, notice or code counter of it remains — after its rows
 * are copied to scratch tables (schema `bench_gen`, dropped at the end). Then each of the `count` dossiers is a
 * copy of a prototype made by `INSERT … SELECT FROM generate_series` in chunks of one transaction each: the
 * same dates, procedure, units, steps, clock and outcome (so every column keeps its meaning and the timeliness
 * columns stay consistent with the dates), with its own id (UUIDv7 layout, time of creation), its own dossier
 * code drawn from `dossiers.code_counters` exactly as reception does (`agency-YYMMDD-XXXX`, ≤ 9999 a day),
 * its own applicant and tracking-secret hash. Copy g of `count` takes prototype ⌊g·P/count⌋, so the time
 * order and the trend over the years are kept. Deterministic by seed (ids, names, choice of prototypes).
 *
 * Bench dossiers have no audit entries (the chain is left untouched) and their tracking secrets are unknown.
 */
import { sql } from 'drizzle-orm';
import { seedDemoDossiers } from '../../src/modules/dossiers/index.js';
import { assignDemoAgencyCodes } from '../../src/modules/units/index.js';
import { systemCtx } from '../../src/platform/context.js';
import { connectDatabase, type Executor } from '../../src/platform/database/connection.js';
import { quietLogger } from '../../src/platform/logging.js';

export interface GenerateOptions {
  /** A connection string, or an executor (db or transaction) of the caller. One of the two. */
  databaseUrl?: string;
  executor?: Executor;
  provinceCode: string;
  count: number;
  /** Calendar years the dossiers are received in (inclusive); the end is capped at now. */
  fromYear: number;
  toYear: number;
  /** Ids derive from the seed and the copy's number: topping up the same database needs another seed. */
  seed?: number;
  /** How many prototype histories the module makes (default min(count, 20,000)). */
  prototypes?: number;
  /** Dossiers per chunk (one transaction each); default 50,000. */
  chunk?: number;
  onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateProgress {
  phase: 'prototypes' | 'copies';
  done: number;
  total: number;
  rows: number;
  seconds: number;
}

export interface GenerateSummary {
  dossiers: number;
  prototypes: number;
  /** Rows written per table. */
  rows: Record<string, number>;
  totalRows: number;
  prototypeSeconds: number;
  loadSeconds: number;
  /** Rows per second of the bulk load (copies only). */
  rowsPerSecond: number;
}

/** Child tables copied with each dossier, with the columns that name it. */
const CHILDREN = ['visits', 'events', 'documents', 'fees', 'ratings'] as const;
type Child = (typeof CHILDREN)[number];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Hoàng', 'Nông', 'Bế', 'Lục', 'Hà', 'Đàm', 'Triệu', 'Lăng', 'Ma'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Hồng', 'Quang'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hằng', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn'];

class Rollback extends Error {}

export async function generateDossiers(options: GenerateOptions): Promise<GenerateSummary> {
  if (!options.executor && !options.databaseUrl) throw new Error('give databaseUrl or executor');
  if (!Number.isSafeInteger(options.count) || options.count < 1) throw new Error('count must be ≥ 1');
  const opened = options.executor ? undefined : connectDatabase(options.databaseUrl!, { max: 4 });
  const db = options.executor ?? opened!.db;
  try {
    return await generate(db, options);
  } finally {
    await opened?.close();
  }
}

async function generate(db: Executor, o: GenerateOptions): Promise<GenerateSummary> {
  const seed = o.seed ?? 2025;
  const prototypes = Math.min(o.count, o.prototypes ?? 20_000);
  const chunk = o.chunk ?? 50_000;
  const from = new Date(`${o.fromYear}-01-01T00:00:00+07:00`);
  const end = new Date(Math.min(Date.now(), new Date(`${o.toYear + 1}-01-01T00:00:00+07:00`).getTime()));
  const days = Math.floor((end.getTime() - from.getTime()) / 86_400_000);
  if (days < 1) throw new Error(`no time between ${o.fromYear} and now`);
  const t0 = performance.now();
  const ctx = systemCtx(db, 'bench-data', quietLogger(), end);
  await assignDemoAgencyCodes(ctx, o.provinceCode);
  await db.execute(sql.raw('drop schema if exists bench_gen cascade; create schema bench_gen'));
  for (const table of ['dossiers', ...CHILDREN])
    await db.execute(
      sql.raw(
        `create unlogged table bench_gen.${table} (like dossiers.${table}); alter table bench_gen.${table} add column idx int`,
      ),
    );

  // 1. Prototypes through the module, rolled back after their rows are read out.
  o.onProgress?.({ phase: 'prototypes', done: 0, total: prototypes, rows: 0, seconds: 0 });
  let copied: Record<string, unknown[]> = {};
  try {
    await db.transaction(async (tx) => {
      const before = await tx.execute<{ seq: string | null }>(
        sql`select max(seq) as seq from dossiers.events`,
      );
      const made = await seedDemoDossiers({ ...ctx, db: tx }, o.provinceCode, {
        count: prototypes,
        days,
        seed,
        citizenUserId: null,
      });
      const ids = sql`(select distinct dossier_id from dossiers.events where seq > ${Number(before.rows[0]?.seq ?? 0)})`;
      // Ordered by reception (submission for those never received): prototype idx follows time.
      const order = await tx.execute<{ id: string; idx: number }>(
        sql`select id, (row_number() over (order by coalesce(received_at, submitted_at), id))::int - 1 as idx
              from dossiers.dossiers where id in ${ids} and province_code = ${o.provinceCode}`,
      );
      if (order.rows.length === 0) throw new Error(`no prototype dossiers were made: ${made}`);
      const idxOf = new Map(order.rows.map((r) => [r.id, r.idx]));
      for (const table of ['dossiers', ...CHILDREN]) {
        const key = table === 'dossiers' ? 'id' : 'dossier_id';
        const rows = await tx.execute<{ r: Record<string, unknown> }>(
          sql`select row_to_json(t) as r from ${sql.raw(`dossiers.${table}`)} t where ${sql.raw(key)} in ${ids}
              order by ${sql.raw(key)}${sql.raw(table === 'events' ? ', seq' : '')}`,
        );
        copied[table] = rows.rows.map((row) => ({ ...row.r, idx: idxOf.get(row.r[key] as string) }));
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  for (const [table, rows] of Object.entries(copied))
    for (let i = 0; i < rows.length; i += 2000)
      await db.execute(
        sql`insert into ${sql.raw(`bench_gen.${table}`)} select * from json_populate_recordset(null::${sql.raw(`bench_gen.${table}`)}, ${JSON.stringify(rows.slice(i, i + 2000))}::json)`,
      );
  const protoCount = copied.dossiers?.length ?? 0;
  copied = {};
  await db.execute(sql.raw('create index on bench_gen.dossiers (idx)'));
  for (const child of CHILDREN) await db.execute(sql.raw(`create index on bench_gen.${child} (idx)`));
  const prototypeSeconds = (performance.now() - t0) / 1000;

  // 2. Copies, chunk by chunk, each chunk one transaction.
  const rows: Record<string, number> = {
    dossiers: 0,
    visits: 0,
    events: 0,
    documents: 0,
    fees: 0,
    ratings: 0,
  };
  const dossierColumns = await columnsOf(db, 'dossiers');
  const childColumns = new Map<Child, string[]>();
  for (const child of CHILDREN) childColumns.set(child, await columnsOf(db, child));
  const t1 = performance.now();
  for (let first = 0; first < o.count; first += chunk) {
    const last = Math.min(o.count, first + chunk) - 1;
    await db.transaction(async (tx) => {
      await copyChunk(tx, {
        first,
        last,
        count: o.count,
        protoCount,
        seed,
        dossierColumns,
        childColumns,
        rows,
      });
    });
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    o.onProgress?.({
      phase: 'copies',
      done: last + 1,
      total: o.count,
      rows: total,
      seconds: (performance.now() - t1) / 1000,
    });
  }
  const loadSeconds = (performance.now() - t1) / 1000;
  await db.execute(sql.raw('drop schema bench_gen cascade'));
  const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
  return {
    dossiers: rows.dossiers ?? 0,
    prototypes: protoCount,
    rows,
    totalRows,
    prototypeSeconds,
    loadSeconds,
    rowsPerSecond: totalRows / Math.max(loadSeconds, 1e-9),
  };
}

async function columnsOf(db: Executor, table: string): Promise<string[]> {
  const found = await db.execute<{ column_name: string }>(
    sql`select column_name from information_schema.columns where table_schema = 'dossiers' and table_name = ${table}
        order by ordinal_position`,
  );
  return found.rows.map((r) => r.column_name);
}

const pick = (list: readonly string[], hexAt: number) =>
  `(array[${list.map((x) => `'${x}'`).join(',')}])[1 + (('x' || substr(m.h, ${hexAt}, 4))::bit(16)::int % ${list.length})]`;

interface ChunkPlan {
  first: number;
  last: number;
  count: number;
  protoCount: number;
  seed: number;
  dossierColumns: string[];
  childColumns: Map<Child, string[]>;
  rows: Record<string, number>;
}

async function copyChunk(tx: Executor, p: ChunkPlan): Promise<void> {
  // The map of this chunk: copy g → prototype, id, and the code drawn from the agency's daily counter.
  await tx.execute(
    sql.raw('create temp table bench_map (g bigint, idx int, id uuid, h text, code text) on commit drop'),
  );
  await tx.execute(sql`
    insert into bench_map (g, idx, id, h)
    select g, (g * ${p.protoCount}::bigint / ${p.count})::int, null, md5(${String(p.seed)} || ':' || g)
      from generate_series(${p.first}::bigint, ${p.last}::bigint) g`);
  // UUIDv7 layout: 48 bits of the creation time in ms, version 7, variant 10, the rest from the hash.
  await tx.execute(sql`
    update bench_map m set id = (lpad(to_hex((extract(epoch from d.created_at) * 1000)::bigint), 12, '0')
        || '7' || substr(m.h, 1, 3) || substr('89ab', 1 + ascii(substr(m.h, 4, 1)) % 4, 1) || substr(m.h, 5, 15))::uuid
      from bench_gen.dossiers d where d.idx = m.idx`);
  const counted = await tx.execute<{ agency_code: string; day: string; last: number }>(sql`
    with wanted as (
      select split_part(d.code, '-', 1) as agency_code,
             to_date(split_part(d.code, '-', 2), 'YYMMDD') as day, count(*)::int as n
        from bench_map m join bench_gen.dossiers d on d.idx = m.idx
       where d.code is not null group by 1, 2)
    insert into dossiers.code_counters (agency_code, day, province_code, last)
    select w.agency_code, w.day, (select province_code from bench_gen.dossiers limit 1), w.n from wanted w
    order by 1, 2
    on conflict (agency_code, day) do update set last = dossiers.code_counters.last + excluded.last
    returning agency_code, day::text as day, last`);
  const full = counted.rows.find((r) => r.last > 9999);
  if (full)
    throw new Error(
      `agency ${full.agency_code} would pass 9,999 dossiers on ${full.day} (RULES.md §1.4): spread the dossiers over more years`,
    );
  // Sequence within (agency, day) in copy order, after what the counter held before this chunk.
  await tx.execute(sql`
    with numbered as (
      select m.g, split_part(d.code, '-', 1) as agency_code, split_part(d.code, '-', 2) as yymmdd,
             row_number() over (partition by split_part(d.code, '-', 1), split_part(d.code, '-', 2) order by m.g) as n,
             count(*) over (partition by split_part(d.code, '-', 1), split_part(d.code, '-', 2)) as total
        from bench_map m join bench_gen.dossiers d on d.idx = m.idx where d.code is not null)
    update bench_map m set code = x.agency_code || '-' || x.yymmdd || '-' || lpad((c.last - x.total + x.n)::text, 4, '0')
      from numbered x join dossiers.code_counters c
        on c.agency_code = x.agency_code and c.day = to_date(x.yymmdd, 'YYMMDD')
     where m.g = x.g`);
  const name = `${pick(FAMILY, 6)} || ' ' || ${pick(MIDDLE, 10)} || ' ' || ${pick(GIVEN, 14)}`;
  const override: Record<string, string> = {
    id: 'm.id',
    code: 'm.code',
    tracking_secret_hash: `case when d.tracking_secret_hash is null then null else encode(sha256(convert_to(m.h || ':secret', 'UTF8')), 'hex') end`,
    applicant_name: name,
    applicant: `jsonb_set(jsonb_set(d.applicant, '{name}', to_jsonb(${name})), '{phone}', to_jsonb('09' || lpad((('x' || substr(m.h, 18, 8))::bit(32)::bigint % 100000000)::text, 8, '0')))`,
  };
  const select = p.dossierColumns.map((c) => override[c] ?? `d."${c}"`).join(', ');
  const inserted = await tx.execute(
    sql.raw(`insert into dossiers.dossiers (${p.dossierColumns.map((c) => `"${c}"`).join(', ')})
      select ${select} from bench_map m join bench_gen.dossiers d on d.idx = m.idx order by m.g`),
  );
  p.rows.dossiers = (p.rows.dossiers ?? 0) + (inserted.rowCount ?? 0);
  for (const child of CHILDREN) {
    const columns = p.childColumns.get(child)!.filter((c) => c !== 'seq' || child !== 'events');
    const childOverride: Record<string, string> = {
      dossier_id: 'm.id',
      // The receipt's event carries the code (store.ts assignCodes): the copy's own.
      payload: `case when c.type = 'received' then jsonb_set(c.payload, '{code}', to_jsonb(m.code)) else c.payload end`,
    };
    const list = columns.map((c) => childOverride[c] ?? `c."${c}"`);
    const order = child === 'events' ? 'm.g, c.seq' : 'm.g';
    const done = await tx.execute(
      sql.raw(`insert into dossiers.${child} (${columns.map((c) => `"${c}"`).join(', ')})
        select ${list.join(', ')} from bench_map m join bench_gen.${child} c on c.idx = m.idx order by ${order}`),
    );
    p.rows[child] = (p.rows[child] ?? 0) + (done.rowCount ?? 0);
  }
}
