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
/** The audit chain is named by its province (ADR 0014): chain heads and entries are distributed by `chain`. */
const DISTRIBUTION_COLUMN: Record<string, string> = {
  'audit.chain_heads': 'chain',
  'audit.entries': 'chain',
};

/**
 * The decision of docs/adr/0021 per table: `province` — distributed by province_code, co-located; `reference` —
 * small, read by every province, replicated to every node; `user` — distributed by user (a citizen or official
 * is national), co-located with identity.users; `content` — files by content hash; `node` — per-node state
 * that needs no distribution. `--check` fails when a table of the schema has no decision.
 */
const DECISION: Record<string, 'province' | 'reference' | 'user' | 'content' | 'node'> = {
  'audit.chain_heads': 'province',
  'audit.entries': 'province',
  'calendar.days': 'reference',
  'calendar.notices': 'reference',
  'calendar.revision': 'reference',
  'calendar.working_hours': 'reference',
  'dossiers.track_failures': 'node',
  'dossiers.uploads': 'user',
  'dossiers.idempotency_keys': 'province',
  'feedback.deadline_rules': 'reference',
  'files.blobs': 'content',
  'identity.role_grants': 'user',
  'identity.sessions': 'user',
  'identity.sign_in_failures': 'node',
  'identity.users': 'user',
  'investment.import_batches': 'province',
  'investment.settings': 'reference',
  'oversight.ladder_steps': 'reference',
  'oversight.notice_reads': 'province',
  'platform.settings': 'reference',
  'procedures.fee_table_rows': 'reference',
  'procedures.procedures': 'reference',
  'procedures.publication_fees': 'reference',
  'procedures.publication_receivers': 'reference',
  'procedures.publications': 'reference',
  'procedures.version_fees': 'reference',
  'procedures.versions': 'reference',
  'procedures.workflow_steps': 'reference',
  'procedures.workflows': 'reference',
  'reports.consumer': 'province',
  'signing.authorities': 'reference',
  'signing.signers': 'reference',
  'signing.trust_anchors': 'reference',
  'units.agencies': 'reference',
  'units.legacy_units': 'reference',
  'units.lineage': 'reference',
  'units.positions': 'reference',
  'units.unit_versions': 'reference',
  'units.units': 'reference',
};
/** Schemas whose every other table is province data. */
const PROVINCE_SCHEMAS = ['dossiers', 'feedback', 'oversight', 'investment', 'targets', 'reports', 'notify'];

function decisionOf(table: string): string | undefined {
  return DECISION[table] ?? (PROVINCE_SCHEMAS.includes(table.split('.')[0]!) ? 'province' : undefined);
}

const rows: string[] = [];
const undecided: string[] = [];
const seen = new Set<PgTable>();
for (const file of schemaFiles()) {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    if (!is(value, PgTable) || seen.has(value)) continue;
    seen.add(value);
    const t = getTableConfig(value);
    const cols = t.columns.map((c) => c.name);
    const province = DISTRIBUTION_COLUMN[`${t.schema}.${t.name}`] ?? cols.find((c) => PROVINCE.test(c));
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
    const name = `${t.schema}.${t.name}`;
    const decision = decisionOf(name) ?? 'UNDECIDED';
    if (decision === 'UNDECIDED') undecided.push(name);
    const blockers: string[] = [];
    if (decision === 'province') {
      // Citus: a distributed table's primary and unique keys must contain the distribution column; a foreign
      // key between distributed tables must include it; sequences are per node.
      const without = (k: string[]) => !province || !k.includes(province);
      if (!province) blockers.push('no province column');
      if (pk.length && without(pk)) blockers.push(`PK (${pk.join(',')})`);
      for (const u of uniques.filter(without)) blockers.push(`unique (${u.join(',')})`);
      for (const f of t.foreignKeys) {
        const r = f.reference();
        const target = getTableConfig(r.foreignTable);
        const targetDecision = decisionOf(`${target.schema}.${target.name}`);
        if (targetDecision === 'province' && !r.columns.some((c) => c.name === province))
          blockers.push(`FK to ${target.schema}.${target.name} without province`);
      }
    }
    if (decision !== 'node' && sequences.length) blockers.push(`sequence ${sequences.join(',')}`);
    rows.push(
      `| ${blockers.length ? '☐' : '☑'} | ${name} | ${decision} | ${province ?? '—'} | ${pk.join(',') || '—'} | ${uniques.map((u) => u.join(',')).join('; ') || '—'} | ${fks.join('; ') || '—'} | ${blockers.join('; ') || '—'} |`,
    );
  }
}
console.log(
  '| ready | table | distributed | distribution column | primary key | unique keys | foreign keys | blocks distribution |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows.sort((x, y) => x.slice(4).localeCompare(y.slice(4)))) console.log(r);
const ready = rows.filter((r) => r.startsWith('| ☑')).length;
console.log(`\n${rows.length} tables: ${ready} ready as they are, ${rows.length - ready} to change.`);
if (undecided.length) {
  console.error(`no decision for: ${undecided.join(', ')}`);
  if (process.argv.includes('--check')) process.exit(1);
}
