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

  it('has no import cycle in the server', () => {
    assert.deepEqual(cycles(graphOf('src')), []);
  });

  it('has no import cycle in the web app, type imports included', () => {
    assert.deepEqual(cycles(graphOf('web/src')), []);
  });
});
