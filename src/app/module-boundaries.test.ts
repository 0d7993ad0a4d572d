import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './paths.js';

/*
 * Issue 23 §4 and STYLE.md: a module uses another only through its index.ts and never reads another's tables;
 * neither the server nor the web app has an import cycle. Checked on the source text, so a new file cannot
 * slip past a list kept by hand.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** The relative imports of a file, resolved to files that exist; `typeOnly` for `import type`. */
function importsOf(file: string, all: Set<string>): Array<{ target: string; typeOnly: boolean }> {
  const found: Array<{ target: string; typeOnly: boolean }> = [];
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = match[2]!;
    if (!spec.startsWith('.')) continue;
    const base = path.join(path.dirname(file), spec).replace(/\.js$/, '');
    const target = [`${base}.ts`, `${base}.tsx`, base, `${base}/index.ts`, `${base}/index.tsx`].find((f) =>
      all.has(f),
    );
    if (target) found.push({ target, typeOnly: match[1] !== undefined });
  }
  return found;
}

/** The cycles (strongly connected groups of more than one file) of an import graph. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.map((f) => path.relative(repoRoot, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The PostgreSQL schema each module owns (its `pgSchema('…')` in schema.ts or a schema-*.ts beside it). */
function moduleSchemas(modulesDir: string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of sourceFiles(modulesDir).filter((f) =>
    /^schema(-[a-z-]+)?\.ts$/.test(path.basename(f)),
  )) {
    const module = path.relative(modulesDir, file).split(path.sep)[0]!;
    for (const m of readFileSync(file, 'utf8').matchAll(/pgSchema\('([a-z_]+)'\)/g))
      owners.set(m[1]!, module);
  }
  return owners;
}

/**
 * The `schema.relation` names a source text uses in SQL: after FROM, JOIN, INTO, UPDATE, TRUNCATE, ANALYZE,
 * TABLE or REFERENCES, or further along such a list (`analyze a.x, a.y`), comments left out. JavaScript
 * property access (`units.map(…)`) is not SQL and is not matched.
 */
function sqlRelations(source: string, schemas: readonly string[]): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const relation = `(?:${schemas.join('|')})\\.[a-z_][a-z0-9_]*(?![a-z0-9_(])`;
  const keyword = String.raw`\b(?:from|join|into|update|truncate|analy[sz]e|table|references)\s+(?:only\s+)?`;
  const list = new RegExp(`${keyword}((?:${relation}(?:\\s+[a-z]+)?\\s*,\\s*)*${relation})`, 'gi');
  return [...text.matchAll(list)].flatMap((m) => m[1]!.match(new RegExp(relation, 'g')) ?? []);
}

function graphOf(dir: string): Map<string, string[]> {
  const files = sourceFiles(path.join(repoRoot, dir));
  const all = new Set(files);
  return new Map(files.map((f) => [f, importsOf(f, all).map((i) => i.target)]));
}

describe('module boundaries and import cycles (issue 23 §4)', () => {
  const modulesDir = path.join(repoRoot, 'src', 'modules');
  const moduleOf = (file: string) => path.relative(modulesDir, file).split(path.sep)[0]!;

  it('reaches another module only through its index.ts', () => {
    const files = sourceFiles(modulesDir);
    const all = new Set(files);
    const offences = files.flatMap((file) =>
      importsOf(file, all)
        .filter(({ target }) => target.startsWith(modulesDir) && moduleOf(target) !== moduleOf(file))
        .filter(
          ({ target }) =>
            path.basename(target) !== 'index.ts' ||
            path.dirname(target) !== path.join(modulesDir, moduleOf(target)),
        )
        .map(({ target }) => `${path.relative(repoRoot, file)} → ${path.relative(repoRoot, target)}`),
    );
    assert.deepEqual(offences, []);
  });

  it('names no table of another module in SQL: reports read the dossiers read model', () => {
    const owners = moduleSchemas(modulesDir);
    const schemas = [...owners.keys()];
    assert.ok(
      owners.get('oversight') === 'oversight' && owners.get('dossiers') === 'dossiers',
      'schemas found',
    );
    // The detector itself, on text it must and must not flag.
    assert.deepEqual(sqlRelations('sql`select d.id from dossiers.dossiers d join units.units u`', schemas), [
      'dossiers.dossiers',
      'units.units',
    ]);
    assert.deepEqual(sqlRelations('`analyze dossiers.dossiers, dossiers.events`', schemas), [
      'dossiers.dossiers',
      'dossiers.events',
    ]);
    assert.deepEqual(
      sqlRelations('const n = Array.from(units.map((u) => u)); // from dossiers.dossiers', schemas),
      [],
    );
    // Tests may set up and inspect another module's rows; src/app/flow-checks.ts verifies what a load wrote
    // (used by tests, bench and scripts only). Production code goes through the owner's index.ts.
    const checked = sourceFiles(path.join(repoRoot, 'src')).filter(
      (f) =>
        !f.endsWith('.test.ts') && path.relative(repoRoot, f) !== path.join('src', 'app', 'flow-checks.ts'),
    );
    const offences = checked.flatMap((file) => {
      const own = file.startsWith(modulesDir) ? moduleOf(file) : null;
      return sqlRelations(readFileSync(file, 'utf8'), schemas)
        .filter((name) => owners.get(name.split('.')[0]!) !== own)
        .map((name) => `${path.relative(repoRoot, file)} reads ${name}`);
    });
    assert.deepEqual(offences, []);
  });

  it('has no import cycle in the server', () => {
    assert.deepEqual(cycles(graphOf('src')), []);
  });

  it('has no import cycle in the web app, type imports included', () => {
    assert.deepEqual(cycles(graphOf('web/src')), []);
  });
});
