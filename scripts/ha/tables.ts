/**
 * `npx tsx scripts/ha/tables.ts` (issue 22 §4, docs/adr/0021): every table of the Drizzle schema (the files
 * drizzle.config.ts names), with what matters for distributing it by province — whether it has a province code,
 * its primary key, unique keys, foreign keys, identity/serial columns — as a Markdown table. Generated, so the
 * ADR's list is complete; the ADR adds the decision per table.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { repoRoot } from '../../src/app/paths.js';

function schemaFiles(): string[] {
  const files = [path.join(repoRoot, 'src/platform/database/settings-schema.ts')];
  for (const base of ['src/platform', 'src/modules'])
    for (const dir of readdirSync(path.join(repoRoot, base), { withFileTypes: true }))
      if (dir.isDirectory()) files.push(path.join(repoRoot, base, dir.name, 'schema.ts'));
  return files.filter((f) => existsSync(f));
}

const PROVINCE = /^(province_code|province)$/;

const rows: string[] = [];
const seen = new Set<PgTable>();
for (const file of schemaFiles()) {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    if (!is(value, PgTable) || seen.has(value)) continue;
    seen.add(value);
    const t = getTableConfig(value);
    const cols = t.columns.map((c) => c.name);
    const province = cols.find((c) => PROVINCE.test(c));
    const pk =
      t.primaryKeys[0]?.columns.map((c) => c.name) ?? t.columns.filter((c) => c.primary).map((c) => c.name);
    const uniques = [
      ...t.uniqueConstraints.map((u) => u.columns.map((c) => c.name)),
      ...t.columns.filter((c) => c.isUnique).map((c) => [c.name]),
      ...t.indexes
        .filter((i) => i.config.unique)
        .map((i) => i.config.columns.map((c) => ('name' in c ? String(c.name) : 'expr'))),
    ];
    const fks = t.foreignKeys.map((f) => {
      const r = f.reference();
      const target = getTableConfig(r.foreignTable);
      return `${r.columns.map((c) => c.name).join(',')}→${target.schema}.${target.name}`;
    });
    const sequences = t.columns
      .filter(
        (c) => c.columnType.includes('Serial') || (c as { generatedIdentity?: unknown }).generatedIdentity,
      )
      .map((c) => c.name);
    const keyWithout = (k: string[]) => Boolean(province && !k.includes(province));
    const blockers = [
      ...(pk.length && keyWithout(pk) ? [`PK (${pk.join(',')})`] : []),
      ...uniques.filter(keyWithout).map((u) => `unique (${u.join(',')})`),
      ...(sequences.length ? [`sequence ${sequences.join(',')}`] : []),
    ];
    rows.push(
      `| ${t.schema}.${t.name} | ${province ?? '—'} | ${pk.join(',') || '—'} | ${uniques.map((u) => u.join(',')).join('; ') || '—'} | ${fks.join('; ') || '—'} | ${blockers.join('; ') || '—'} |`,
    );
  }
}
rows.sort();
console.log(
  '| table | province column | primary key | unique keys | foreign keys | keys without the province / sequences |',
);
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`\n${rows.length} tables`);
