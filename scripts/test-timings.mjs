/**
 * A node:test reporter that sums each test file's top-level durations and writes them, slowest first, to the
 * file the runner gives as its destination. `npm test` adds it when `TINHSO_TEST_TIMINGS` names a file, so a CI
 * run can say where its minutes go (CI must stay under 40 minutes, README "The two commands").
 */
import path from 'node:path';

// JavaScript, not TypeScript: node:test loads reporters before tsx's loader hooks apply.

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* timings(source) {
  /** @type {Map<string, { ms: number, tests: number, failed: number }>} */
  const totals = new Map();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    if (data.nesting !== 0 || !data.file) continue;
    const entry = totals.get(data.file) ?? { ms: 0, tests: 0, failed: 0 };
    entry.ms += data.details.duration_ms;
    entry.tests += 1;
    if (event.type === 'test:fail') entry.failed += 1;
    totals.set(data.file, entry);
  }
  yield formatTotals(totals);
}

/** @param {Map<string, { ms: number, tests: number, failed: number }>} totals */
function formatTotals(totals) {
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms);
  const sum = rows.reduce((s, [, t]) => s + t.ms, 0);
  const lines = rows.map(
    ([file, t]) =>
      `${(t.ms / 1000).toFixed(1).padStart(8)} s  ${String(t.tests).padStart(3)} tests${t.failed ? ` (${t.failed} failed)` : ''}  ${path.relative(process.cwd(), file)}`,
  );
  return `${lines.join('\n')}\n${(sum / 1000).toFixed(0).padStart(8)} s  in all (summed over the files, which run in parallel)\n`;
}
