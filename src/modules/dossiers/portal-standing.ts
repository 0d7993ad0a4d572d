/**
 * Where dossiers still in progress stand at an instant under the national portal's rule (RULES.md §1.5: "if
 * the dossier is unfinished, the last day of the reporting period is used as the end"; issue 24 §5a): each
 * dossier's statutory clock read at that instant (the calendar module's `readClock`, from the events up to
 * it: supplement waiting subtracted, waiting for a supplement ends at the request, more than one request late).
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { calendarFor, readClock, type StatutoryClock } from '../calendar/index.js';
import { dossiers } from './schema.js';

export interface PortalStanding {
  onTime: number;
  late: number;
}

const CHUNK = 5000;

/** Count the dossiers `ids` (all in progress at `at`) on time or late by the portal's rule read at `at`. */
export async function portalStandingAt(
  db: Executor,
  provinceCode: string,
  ids: readonly string[],
  at: Date,
): Promise<PortalStanding> {
  const standing: PortalStanding = { onTime: 0, late: 0 };
  if (ids.length === 0) return standing;
  const cal = await calendarFor(db, provinceCode);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({ clock: dossiers.clock })
      .from(dossiers)
      .where(inArray(dossiers.id, ids.slice(i, i + CHUNK) as string[]));
    for (const row of rows) {
      if (!row.clock) continue; // no statutory time: not measured, as at finish
      const reading = readClock(cal, row.clock as StatutoryClock, at);
      if (!reading.ok) {
        // A clock started after `at` (received on the period's last instant) is not yet due; else unmeasured.
        if (reading.error.kind === 'before_start') standing.onTime++;
        continue;
      }
      if (reading.value.portal.onTime) standing.onTime++;
      else standing.late++;
    }
  }
  return standing;
}
