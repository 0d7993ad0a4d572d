/**
 * What must hold after a run of the dossier flow through crashes (issue 11 §4, §5): every acknowledged
 * submission exists exactly once, every item's transitions are each in the outbox exactly once and in order,
 * the version counts them, and the statutory clock replayed from the dossier's own events gives the stored
 * due date. (The audit chain is checked by `tinhso audit verify`.) Returns the problems found, none when fine.
 */
import pg from 'pg';
import { calendarFor, readClock, type StatutoryClock } from '../modules/calendar/index.js';
import { connectDatabase } from '../platform/database/connection.js';
import { resolveUrl } from '../platform/database/hosts.js';
import { FLOW_EVENTS, type ItemResult } from './dossier-flow.js';

export async function checkFlowInvariants(url: string, items: ItemResult[]): Promise<string[]> {
  const problems: string[] = [];
  const client = new pg.Client({ connectionString: await resolveUrl(url) });
  await client.connect();
  try {
    for (const item of items) {
      // Each submission carries its key in the applicant's address: one dossier per key.
      const found = await client.query<{ id: string }>(
        `select id from dossiers.dossiers where applicant->>'address' = $1`,
        [`Cao Bằng (${item.key})`],
      );
      if (found.rows.length !== 1 || found.rows[0]!.id !== item.id)
        problems.push(`key ${item.key}: ${found.rows.length} dossiers (acknowledged ${item.id})`);
    }
    const ids = items.map((i) => i.id);
    const events = await client.query<{ dossier_id: string; types: string[] }>(
      `select dossier_id, array_agg(type order by seq) as types from dossiers.events
        where dossier_id = any($1::uuid[]) group by dossier_id`,
      [ids],
    );
    const byId = new Map(events.rows.map((r) => [r.dossier_id, r.types]));
    const rows = await client.query<{
      id: string;
      version: number;
      status: string;
      province_code: string;
      clock: StatutoryClock;
      due_at: Date;
      finished_at: Date;
    }>(
      'select id, version, status, province_code, clock, due_at, finished_at from dossiers.dossiers where id = any($1::uuid[])',
      [ids],
    );
    const database = connectDatabase(url, { max: 1 });
    try {
      for (const row of rows.rows) {
        const types = byId.get(row.id) ?? [];
        if (types.join() !== FLOW_EVENTS.join())
          problems.push(`dossier ${row.id}: events ${types.join(',')} (expected each step once, in order)`);
        if (row.version !== types.length)
          problems.push(`dossier ${row.id}: version ${row.version} for ${types.length} transitions`);
        if (row.status !== 'returned') problems.push(`dossier ${row.id}: status ${row.status}`);
        const cal = await calendarFor(database.db, row.province_code);
        const reading = readClock(cal, row.clock, row.finished_at);
        if (!reading.ok) problems.push(`dossier ${row.id}: clock unreadable (${reading.error.kind})`);
        else if (new Date(reading.value.due).getTime() !== row.due_at.getTime())
          problems.push(
            `dossier ${row.id}: clock says due ${reading.value.due}, row says ${row.due_at.toISOString()}`,
          );
      }
    } finally {
      await database.close();
    }
    if (rows.rows.length !== new Set(ids).size)
      problems.push(`${new Set(ids).size - rows.rows.length} dossiers missing`);
  } finally {
    await client.end();
  }
  return problems;
}
