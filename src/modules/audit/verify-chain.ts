import { asc, gt } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { entryHash, GENESIS_HASH } from './chain-hash.js';
import { auditEntries } from './schema.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  lastSeq: number;
  /** The first entry whose link does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
}

/** Walk the whole chain in order and report the first broken link (issue 2 §5: `audit verify`). */
export async function verifyAuditChain(db: Executor, batchSize = 5000): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEntries)
      .where(gt(auditEntries.seq, expectedSeq - 1))
      .orderBy(asc(auditEntries.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return broken(checked, expectedSeq, `entry ${expectedSeq} is missing (next is ${row.seq})`);
      }
      if (row.prevHash !== prevHash) {
        return broken(checked, row.seq, 'its previous-hash does not match the entry before it');
      }
      const { hash, ...content } = row;
      if (entryHash(content) !== hash) {
        return broken(checked, row.seq, 'its content does not match its hash (the entry was altered)');
      }
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  return { ok: true, checked, lastSeq: expectedSeq - 1 };
}

function broken(checked: number, seq: number, reason: string): ChainReport {
  return { ok: false, checked, lastSeq: seq - 1, firstBroken: { seq, reason } };
}
