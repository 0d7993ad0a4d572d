/**
 * `npx tsx bench/audit-append.ts [--seconds 8] [--concurrency 8]`: audit appends per second through
 * `recordAudit`, each in its own transaction (append, commit), on a fresh durable embedded cluster
 * (fsync on, as in production). Three shapes: every append to one province's chain; appends spread
 * over 8 provinces; and 7 provinces + the national chain. Before ADR 0014 all three serialise on one
 * lock; after it only appends to the same chain do. Ends by verifying the chains. Indicative only:
 * on a shared machine the figures move with the load (the load average is printed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit, verifyAuditChain } from '../src/modules/audit/index.js';
import { systemCtx } from '../src/platform/context.js';
import { connectDatabase } from '../src/platform/database/connection.js';
import { ensureEmbeddedCluster } from '../src/platform/database/embedded.js';
import { migrateDatabase } from '../src/platform/database/migrate.js';
import { quietLogger } from '../src/platform/logging.js';

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, concurrency: { type: 'string', default: '8' } },
});
const seconds = Number(args.seconds);
const concurrency = Number(args.concurrency);
const PROVINCES = ['01', '22', '31', '46', '48', '79', '92', '96'];

const shapes: Array<{ name: string; province: (worker: number) => string | null }> = [
  { name: 'one province', province: () => '22' },
  { name: `${concurrency} provinces`, province: (w) => PROVINCES[w % PROVINCES.length] ?? null },
  {
    name: '7 provinces + national',
    province: (w) => (w === 0 ? null : (PROVINCES[w % PROVINCES.length] ?? null)),
  },
];

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-audit-bench-'));
const cluster = await ensureEmbeddedCluster({ dataDir });
try {
  const url = cluster.urlFor('tinhso');
  await migrateDatabase(url);
  const database = connectDatabase(url, { max: concurrency, applicationName: 'tinhso-audit-bench' });
  console.log(
    `audit appends, concurrency ${concurrency}, ${seconds} s each; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const shape of shapes) {
    const latencies: number[] = [];
    const end = Date.now() + seconds * 1000;
    const worker = async (w: number) => {
      for (let i = 0; Date.now() < end; i++) {
        const started = performance.now();
        await database.db.transaction((tx) =>
          recordAudit(tx, systemCtx(tx, 'bench', quietLogger()), {
            action: 'bench.appended',
            entityType: 'thing',
            entityId: `${w}-${i}`,
            provinceCode: shape.province(w),
            after: { worker: w, i },
          }),
        );
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    latencies.sort((a, b) => a - b);
    const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1);
    console.log(
      `${shape.name.padEnd(24)} ${(latencies.length / seconds).toFixed(0).padStart(6)} appends/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms`,
    );
  }
  const report = await verifyAuditChain(database.db);
  console.log(
    `verify: ${report.ok ? 'intact' : 'BROKEN'}, ${report.checked} entries; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await database.close();
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
