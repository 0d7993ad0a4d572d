import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { resolveUrl } from './hosts.js';

/**
 * A whole-database backup that needs no pg_dump (the embedded PostgreSQL ships none): one
 * REPEATABLE READ snapshot, each table's rows as PostgreSQL's own JSON (row_to_json, kept as text,
 * so bigint and numeric keep every digit), gzip'd, tables in foreign-key order. Lines:
 *   H <header json>   T <schema.table>   R <row json>   E <trailer json with row counts>
 * Restore refuses a file without its trailer (truncated) or from another schema version.
 *
 * The job system's queues (pg-boss, schema `pgboss`) are data too (issue 18 §6): a job pending at backup time —
 * a notification to send, a scheduled run — must run after a restore. Its tables are backed up like any other;
 * its queue partitions are recreated on restore through pg-boss's own create_queue function.
 */
const FORMAT = 'tinhso-backup';
/** Version 2 added the job queues; a version 1 file (without them) still restores, with no pending jobs. */
const FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, 2];
/** Schemas that are not data: the catalogue and migration bookkeeping. */
const SKIPPED_SCHEMAS = ['pg_catalog', 'information_schema', 'pg_toast', 'drizzle'];
/** The job system's schema and its own bookkeeping table (its schema version, kept in the header instead). */
const JOBS_SCHEMA = 'pgboss';
const SKIPPED_TABLES = [`${JOBS_SCHEMA}.version`];
const JOB_QUEUES = `${JOBS_SCHEMA}.queue`;

export interface BackupSummary {
  tables: number;
  rows: number;
}

interface Header {
  format: string;
  formatVersion: number;
  createdAt: string;
  migrations: string[];
  /** pg-boss's schema version at backup time; null when the job system had never started. */
  jobsSchemaVersion: number | null;
  tables: string[];
}

async function dataTables(client: pg.Client): Promise<string[]> {
  const tables = await client.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname <> all($1) and n.nspname not like 'pg\\_%'
        and format('%I.%I', n.nspname, c.relname) <> all($2)`,
    [SKIPPED_SCHEMAS, SKIPPED_TABLES],
  );
  // A partition's foreign keys count for its partitioned table (pg-boss's job partitions reference the queues).
  const edges = await client.query<{ child: string; parent: string }>(
    `select coalesce(pg_partition_root(conrelid), conrelid)::regclass::text as child,
            coalesce(pg_partition_root(confrelid), confrelid)::regclass::text as parent
       from pg_constraint where contype = 'f' and conrelid <> confrelid`,
  );
  // Kahn's algorithm: a table comes after every table it references.
  const names = tables.rows.map((r) => r.name).sort();
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges.rows)
    if (e.child !== e.parent && parents.has(e.child) && parents.has(e.parent))
      parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const next = names.filter(
      (n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p)),
    );
    if (next.length === 0) throw new Error('foreign keys form a cycle; cannot order tables for backup');
    for (const n of next) {
      placed.add(n);
      ordered.push(n);
    }
  }
  return ordered;
}

async function migrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`select to_regclass('drizzle.__drizzle_migrations') as t`);
  if (!exists.rows[0]?.t) return [];
  const rows = await client.query<{ hash: string }>(
    'select hash from drizzle.__drizzle_migrations order by id',
  );
  return rows.rows.map((r) => r.hash);
}

async function jobsSchemaVersion(client: pg.Client): Promise<number | null> {
  const exists = await client.query(`select to_regclass('${JOBS_SCHEMA}.version') as t`);
  if (!exists.rows[0]?.t) return null;
  const rows = await client.query<{ version: number }>(`select version from ${JOBS_SCHEMA}.version`);
  return rows.rows[0]?.version ?? null;
}

/**
 * Before a restore: the job system's schema as this release of pg-boss makes it (created here, committed on its
 * own, when the server has never run on this database), and no queue left, each partition dropped with its
 * queue (pg-boss's delete_queue), so that the backup's queues can be created afresh.
 */
async function prepareJobsSchema(client: pg.Client, backedUp: number | null): Promise<void> {
  if ((await jobsSchemaVersion(client)) === null) {
    await client.query(PgBoss.getConstructionPlans(JOBS_SCHEMA));
  }
  const here = await jobsSchemaVersion(client);
  if (backedUp !== null && here !== backedUp) {
    throw new RestoreError(
      `the backup's job queues are at pg-boss schema version ${backedUp}, this release's at ${here}: restore with the tinhso release that made it`,
    );
  }
}

async function dropJobQueues(client: pg.Client): Promise<void> {
  // A partition's rows and other queues' dead-letter links hold a queue in place (foreign keys, RESTRICT).
  await client.query(`truncate ${JOBS_SCHEMA}.job, ${JOBS_SCHEMA}.schedule, ${JOBS_SCHEMA}.subscription`);
  await client.query(`update ${JOB_QUEUES} set dead_letter = null where dead_letter is not null`);
  await client.query(`select ${JOBS_SCHEMA}.delete_queue(name) from ${JOB_QUEUES}`);
}

/** Recreate the backup's queues with their partitions (pg-boss's create_queue), then set every column as saved. */
async function restoreJobQueues(client: pg.Client, rows: string): Promise<void> {
  const recordset = `json_populate_recordset(null::${JOB_QUEUES}, $1::json)`;
  await client.query(
    `select ${JOBS_SCHEMA}.create_queue(r.name, '{}'::json) from ${recordset} r order by r.name`,
    [rows],
  );
  await client.query(
    `update ${JOB_QUEUES} q
        set policy = r.policy, retry_limit = r.retry_limit, retry_delay = r.retry_delay,
            retry_backoff = r.retry_backoff, expire_seconds = r.expire_seconds,
            retention_minutes = r.retention_minutes, dead_letter = r.dead_letter,
            created_on = r.created_on, updated_on = r.updated_on
       from ${recordset} r where q.name = r.name`,
    [rows],
  );
}

export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: await resolveUrl(url) });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await dataTables(client);
    const header: Header = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await migrations(client),
      jobsSchemaVersion: await jobsSchemaVersion(client),
      tables,
    };
    await write(`H\t${JSON.stringify(header)}`);
    for (const table of tables) {
      await write(`T\t${table}`);
      counts[table] = 0;
      await client.query(
        `declare rows_cursor no scroll cursor for select row_to_json(t)::text as j from ${table} t`,
      );
      for (;;) {
        const batch = await client.query<{ j: string }>('fetch 2000 from rows_cursor');
        for (const row of batch.rows) await write(`R\t${row.j}`);
        counts[table] += batch.rowCount ?? 0;
        if ((batch.rowCount ?? 0) < 2000) break;
      }
      await client.query('close rows_cursor');
    }
    await write(`E\t${JSON.stringify({ counts })}`);
    await client.query('commit');
  } finally {
    gzip.end();
    await client.end();
  }
  await done;
  return { tables: Object.keys(counts).length, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

export class RestoreError extends Error {}

/** Replace every table's rows with the backup's, in one transaction: all or nothing. */
export async function restoreDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: await resolveUrl(url) });
  await client.connect();
  let damaged: Error | undefined;
  let header: Header | undefined;
  let table: string | undefined;
  let columns = '';
  let batch: string[] = [];
  const counts: Record<string, number> = {};
  let trailer: { counts: Record<string, number> } | undefined;
  const flush = async () => {
    if (!table || batch.length === 0) return;
    if (table === JOB_QUEUES) {
      await restoreJobQueues(client, `[${batch.join(',')}]`);
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
      return;
    }
    await client.query(
      `insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, $1::json)`,
      [`[${batch.join(',')}]`],
    );
    counts[table] = (counts[table] ?? 0) + batch.length;
    batch = [];
  };
  try {
    // Created only now: readline emits lines as soon as it exists, and lines emitted before the
    // loop below starts iterating would be lost.
    const gunzip = createGunzip();
    const lines = readline.createInterface({
      input: createReadStream(file).pipe(gunzip),
      crlfDelay: Infinity,
    });
    gunzip.on('error', (error) => {
      damaged = error;
      lines.close();
    });
    for await (const line of lines) {
      const tag = line.slice(0, 2);
      const body = line.slice(2);
      if (!header) {
        if (tag !== 'H\t') throw new RestoreError('not a tinhso backup (no header)');
        header = JSON.parse(body) as Header;
        if (header.format !== FORMAT || !READABLE_VERSIONS.includes(header.formatVersion)) {
          throw new RestoreError(`unsupported backup format ${header.format} v${header.formatVersion}`);
        }
        const current = await migrations(client);
        if (current.join() !== header.migrations.join()) {
          throw new RestoreError(
            `the backup was made at schema version ${header.migrations.length}, this database is at ${current.length}: restore with the tinhso release that made it`,
          );
        }
        await prepareJobsSchema(client, header.jobsSchemaVersion ?? null);
        await client.query('begin');
        const present = await dataTables(client);
        const missing = header.tables.filter((t) => !present.includes(t));
        if (missing.length) throw new RestoreError(`tables missing here: ${missing.join(', ')}`);
        await dropJobQueues(client);
        await client.query(`truncate ${present.join(', ')} restart identity cascade`);
      } else if (tag === 'T\t') {
        await flush();
        table = body;
        if (!header.tables.includes(table)) throw new RestoreError(`unexpected table ${table}`);
        const cols = await client.query<{ name: string }>(
          `select format('%I', attname) as name from pg_attribute
            where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
            order by attnum`,
          [table],
        );
        columns = cols.rows.map((c) => c.name).join(', ');
      } else if (tag === 'R\t') {
        batch.push(body);
        if (batch.length >= 1000) await flush();
      } else if (tag === 'E\t') {
        await flush();
        trailer = JSON.parse(body);
      } else {
        throw new RestoreError(`unreadable line in backup: ${line.slice(0, 40)}`);
      }
    }
    if (damaged) throw new RestoreError(`the backup file is damaged: ${damaged.message}`);
    if (!header) throw new RestoreError('the backup file is empty');
    if (!trailer) throw new RestoreError('the backup file is truncated (no trailer); nothing was restored');
    for (const [name, n] of Object.entries(trailer.counts)) {
      if ((counts[name] ?? 0) !== n)
        throw new RestoreError(`${name}: expected ${n} rows, read ${counts[name] ?? 0}`);
    }
    // Serial columns continue after the restored rows.
    const sequences = await client.query<{ seq: string; tbl: string; col: string }>(
      `select s.oid::regclass::text as seq, d.refobjid::regclass::text as tbl, format('%I', a.attname) as col
         from pg_class s join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
         join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
        where s.relkind = 'S'`,
    );
    for (const s of sequences.rows) {
      if (!header.tables.includes(s.tbl)) continue;
      await client.query(`select setval($1, coalesce((select max(${s.col}) from ${s.tbl}), 0) + 1, false)`, [
        s.seq,
      ]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
      throw new RestoreError(`the backup file is damaged: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    await client.end();
  }
  return { tables: Object.keys(counts).length, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}
