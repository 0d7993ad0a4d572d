import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { systemCtx } from '../../platform/context.js';
import { backupDatabase, restoreDatabase } from '../../platform/database/backup.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { recordAudit, verifyAuditChain } from './index.js';

async function append(db: TestDatabase, provinceCode: string | null): Promise<void> {
  await db.db.transaction((tx) =>
    recordAudit(tx, systemCtx(tx, 'test', quietLogger()), {
      action: 'test.x',
      entityType: 'thing',
      provinceCode,
    }),
  );
}

describe('a restored trail (ADR 0014, issue 2 §8)', () => {
  it('carries the chain heads and keeps appending after a restore', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-audit-backup-'));
    const source = await createTestDatabase('empty');
    const target = await createTestDatabase('empty');
    try {
      for (const p of ['22', null, '22', '22']) await append(source, p);
      const file = path.join(dir, 'trail.gz');
      await backupDatabase(source.url, file);
      await restoreDatabase(target.url, file);
      await append(target, '22');
      const report = await verifyAuditChain(target.db);
      assert.equal(report.ok, true, JSON.stringify(report.firstBroken));
      assert.deepEqual(
        report.chains.map((c) => [c.chain, c.checked, c.head?.length]),
        [
          ['22', 4, 4],
          ['VN', 1, 1],
        ],
      );
      assert.equal(report.lastSeq, 5, 'seq continues after the restored entries');
    } finally {
      await source.drop();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
