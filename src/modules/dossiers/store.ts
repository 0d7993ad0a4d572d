/**
 * Reading drafts and writing many at once. Writes are multi-row SQL from one JSON parameter per chunk
 * (json_populate_recordset), so a batch of thousands of dossiers (the demo, imports) costs a few statements;
 * an existing dossier is updated only at the version it was read at (optimistic: a concurrent change → 409).
 * Dossier codes are drawn from a counter row per receiving agency and day with INSERT … ON CONFLICT … RETURNING,
 * so concurrent receptions never share a code (RULES.md §1.4; issue 6 §2).
 */
import { getTableColumns, inArray, sql, type Table } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { formatDay } from '../../platform/formats.js';
import { conflictBecause, type DomainError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { type AuditEvent, recordAuditMany } from '../audit/index.js';
import { formatDossierCode, MAX_DAILY_SEQUENCE } from './dossier-code.js';
import { type Draft, draftOf } from './draft.js';
import { queueNotices } from './notices.js';
import { consultations, documents, dossiers, ratings, visits } from './schema.js';
import { stateMsg } from './transition-messages.js';

const CHUNK = 2000;

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function toRecord(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [snake(k), v]));
}

/** INSERT rows (camelCase objects) into `table` (schema-qualified) in chunks; `onConflict` is appended. */
async function insertJson(tx: Executor, table: string, rows: object[], onConflict = ''): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map(toRecord);
  const columns = Object.keys(records[0]!);
  const list = columns.map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = JSON.stringify(records.slice(i, i + CHUNK));
    await tx.execute(
      sql`insert into ${sql.raw(table)} (${sql.raw(list)}) select ${sql.raw(list)} from json_populate_recordset(null::${sql.raw(table)}, ${chunk}::json) ${sql.raw(onConflict)}`,
    );
  }
}

/** The outer row's id, qualified: Drizzle writes a bare "id", which inside a sub-select names the child's own. */
const OUTER_ID = sql.raw('"dossiers"."dossiers"."id"');

/**
 * Load dossiers with their visits, consultations, document count and whether they are rated, in ONE statement
 * (issue 17 §4: a transition's load was five round trips): the children come back as JSON arrays and are
 * mapped through the tables' own column types.
 */
export async function loadDrafts(db: Executor, ids: string[]): Promise<Map<string, Draft>> {
  const found = new Map<string, Draft>();
  if (ids.length === 0) return found;
  const rows = await db
    .select({
      row: dossiers,
      visits: sql<object[]>`(select coalesce(json_agg(v order by v.seq), '[]'::json)
        from ${visits} v where v.dossier_id = ${OUTER_ID})`,
      consultations: sql<object[]>`(select coalesce(json_agg(c order by c.requested_at), '[]'::json)
        from ${consultations} c where c.dossier_id = ${OUTER_ID})`,
      documentCount: sql<number | null>`(select max(position)::int from ${documents} x
        where x.dossier_id = ${OUTER_ID})`,
      rated: sql<boolean>`exists (select 1 from ${ratings} r where r.dossier_id = ${OUTER_ID})`,
    })
    .from(dossiers)
    .where(inArray(dossiers.id, ids));
  for (const r of rows)
    found.set(
      r.row.id,
      draftOf(
        r.row,
        r.visits.map((v) => fromJson(visits, v)),
        r.consultations.map((c) => fromJson(consultations, c)),
        r.documentCount ?? 0,
        r.rated,
      ),
    );
  return found;
}

/** A row of `table` from its JSON form (snake_case keys, timestamps as text), through the columns' own mapping. */
function fromJson<T extends Table>(table: T, json: object): T['$inferSelect'] {
  const source = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = source[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}

/** Draw the codes of drafts received in this batch, in order of reception within each agency and day. */
async function assignCodes(tx: Executor, drafts: Draft[]): Promise<Result<void, DomainError>> {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!d.codeRequest) continue;
    const key = `${d.codeRequest.agencyCode}|${d.codeRequest.day}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size === 0) return ok(undefined);
  // Sorted keys: concurrent batches lock counter rows in the same order (no deadlock).
  const keys = [...groups.keys()].sort();
  const counters = keys.map((key) => {
    const first = groups.get(key)![0]!;
    return {
      agency_code: first.codeRequest!.agencyCode,
      day: first.codeRequest!.day,
      province_code: first.row.provinceCode,
      last: groups.get(key)!.length,
    };
  });
  const result = await tx.execute<{ agency_code: string; day: string; last: number }>(sql`
    insert into dossiers.code_counters (agency_code, day, province_code, last)
    select agency_code, day, province_code, last
      from json_populate_recordset(null::dossiers.code_counters, ${JSON.stringify(counters)}::json)
    on conflict (agency_code, day) do update set last = dossiers.code_counters.last + excluded.last
    returning agency_code, day::text as day, last`);
  for (const row of result.rows) {
    const group = groups.get(`${row.agency_code}|${row.day}`)!;
    if (row.last > MAX_DAILY_SEQUENCE)
      return invalidBecause(
        stateMsg('dossiers.numbersUsedUp', {
          agency: row.agency_code,
          max: MAX_DAILY_SEQUENCE,
          day: formatDay(row.day),
        }),
      );
    group.sort((a, b) => (a.row.receivedAt?.getTime() ?? 0) - (b.row.receivedAt?.getTime() ?? 0));
    let sequence = row.last - group.length;
    for (const d of group) {
      sequence += 1;
      d.row.code = formatDossierCode(row.agency_code, row.day, sequence);
      for (const e of d.newEvents)
        if (e.type === 'received') e.payload = { ...(e.payload as object), code: d.row.code };
      for (const a of d.audits)
        if (a.action === 'dossier.received') a.after = { ...(a.after as object), code: d.row.code };
    }
  }
  return ok(undefined);
}

/**
 * Write drafts in the caller's transaction: codes, new and changed dossiers (version-checked), visits,
 * consultations, documents, fees, ratings, the outbox events, and the audit entries last.
 */
export async function writeDrafts(
  tx: Executor,
  ctx: Ctx,
  drafts: Draft[],
): Promise<Result<void, DomainError>> {
  const coded = await assignCodes(tx, drafts);
  if (!coded.ok) return coded;
  const fresh = drafts.filter((d) => d.isNew).map((d) => d.row);
  await insertJson(tx, 'dossiers.dossiers', fresh);
  const changed = drafts.filter((d) => !d.isNew && d.row.version !== d.baseVersion);
  for (let i = 0; i < changed.length; i += CHUNK) {
    const chunk = changed.slice(i, i + CHUNK);
    const payload = JSON.stringify(chunk.map((d) => ({ ...toRecord(d.row), _base: d.baseVersion })));
    const columns = Object.keys(toRecord(chunk[0]!.row)).filter((c) => c !== 'id');
    const assignments = columns.map((c) => `"${c}" = (src.r)."${c}"`).join(', ');
    const updated = await tx.execute<{ id: string }>(
      sql`with src as (select json_populate_record(null::dossiers.dossiers, e) as r, (e->>'_base')::int as base
            from json_array_elements(${payload}::json) e)
          update dossiers.dossiers d set ${sql.raw(assignments)} from src
           where d.id = (src.r).id and d.version = src.base returning d.id`,
    );
    if (updated.rows.length !== chunk.length) {
      const done = new Set(updated.rows.map((r) => r.id));
      const lost = chunk.find((d) => !done.has(d.row.id))!;
      const [current] = await tx
        .select({ id: dossiers.id, status: dossiers.status, version: dossiers.version })
        .from(dossiers)
        .where(inArray(dossiers.id, [lost.row.id]));
      return conflictBecause(stateMsg('dossiers.changedByOther'), current ?? null);
    }
  }
  await insertJson(
    tx,
    'dossiers.visits',
    drafts.flatMap((d) => d.visits.filter((v) => d.dirtyVisits.has(v.seq))),
    `on conflict (dossier_id, seq) do update set given_at = excluded.given_at, given_by = excluded.given_by,
       given_by_id = excluded.given_by_id, action = excluded.action, timeliness = excluded.timeliness, note = excluded.note`,
  );
  await insertJson(
    tx,
    'dossiers.consultations',
    drafts.flatMap((d) => d.consultations.filter((c) => d.dirtyConsultations.has(c.id))),
    `on conflict (id) do update set answered_at = excluded.answered_at, answered_by = excluded.answered_by, answer = excluded.answer`,
  );
  await insertJson(
    tx,
    'dossiers.documents',
    drafts.flatMap((d) => d.newDocuments),
  );
  await insertJson(
    tx,
    'dossiers.fees',
    drafts.flatMap((d) =>
      d.newFees.map((f, i) => ({
        dossierId: d.row.id,
        position: i + 1,
        provinceCode: d.row.provinceCode,
        name: f.name,
        amountDong: f.amountDong,
      })),
    ),
  );
  await insertJson(
    tx,
    'dossiers.ratings',
    drafts.flatMap((d) =>
      d.rating
        ? [
            {
              dossierId: d.row.id,
              provinceCode: d.row.provinceCode,
              scores: d.rating.scores,
              comment: d.rating.comment,
              ratedAt: d.rating.at,
            },
          ]
        : [],
    ),
  );
  await insertJson(
    tx,
    'dossiers.events',
    drafts.flatMap((d) => d.newEvents),
  );
  await queueNotices(tx, ctx, drafts);
  await recordAuditMany(tx, ctx, auditEntries(ctx, drafts));
  return ok(undefined);
}

/**
 * The audit entries of a write: one per transition; but a batch the system writes (the demo history, imports)
 * records one entry per dossier listing its transitions in order, so thousands of histories stay cheap to
 * chain. The outbox (`events`) keeps every transition either way.
 */
function auditEntries(ctx: Ctx, drafts: Draft[]): Array<AuditEvent & { at: Date }> {
  if (ctx.actor.kind !== 'system' || drafts.length === 1) return drafts.flatMap((d) => d.audits);
  return drafts.flatMap((d) => {
    const first = d.audits[0];
    const last = d.audits[d.audits.length - 1];
    if (!first || !last) return [];
    return [
      {
        action: 'dossier.history_recorded',
        entityType: 'dossier',
        entityId: d.row.id,
        provinceCode: d.row.provinceCode,
        before: first.before,
        after: {
          status: d.row.status,
          version: d.row.version,
          code: d.row.code,
          transitions: d.audits.map((a) => a.action.replace(/^dossier\./, '')),
        },
        at: last.at,
      },
    ];
  });
}
