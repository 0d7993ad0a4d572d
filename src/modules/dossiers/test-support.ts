/**
 * For tests only: a published commune procedure slow enough (≥ `minDays` working days in person) that an officer
 * can still apologise and extend after a supplement (the apology comes ≥ 1 working day before the due date).
 */
import { systemCtx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { quietLogger } from '../../platform/logging.js';
import { catalogueEntry, listPublicationsAdmin } from '../procedures/index.js';

export async function findSlowCommuneProcedure(
  db: Executor,
  provinceCode = '04',
  minDays = 5,
): Promise<string | undefined> {
  const listed = await listPublicationsAdmin(systemCtx(db, 'test', quietLogger()), {
    provinceCode,
    workflow: 'published',
    page: 1,
    pageSize: 500,
  });
  if (!listed.ok) return undefined;
  for (const item of listed.value.items) {
    const entry = await catalogueEntry(db, provinceCode, item.code);
    const d = entry?.procedure.durations.find((x) => x.channel === 'in_person');
    if (
      entry &&
      !entry.publication.decidingAgency &&
      entry.procedure.levels.includes('commune') &&
      d?.unit === 'working_days' &&
      d.amount >= minDays
    )
      return item.code;
  }
  return undefined;
}
