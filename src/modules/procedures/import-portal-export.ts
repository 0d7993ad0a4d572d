/**
 * Nhập danh mục TTHC — import the national portal's catalogue export (issue 5 §2). All or nothing: a malformed
 * file is refused whole with its row numbers and nothing is written; otherwise one transaction creates the new
 * procedures, adds a version for every changed row (issue 5 §1: a change is a new version, the old one stays as
 * it was) and leaves unchanged rows alone, so importing the same file twice changes nothing.
 */
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { actorLabel, type Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { type DomainError, fail, forbidden, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { msg } from './messages.js';
import {
  type ParseCounts,
  type PortalProcedure,
  parsePortalExport,
  type ReportRow,
} from './parse-portal-export.js';
import { CATALOGUE_DENIED, mayEditCatalogue } from './policy.js';
import { procedures, versionFees, versions } from './schema.js';
import { contentFromPortal, versionRows } from './version-content.js';

export interface ImportInput {
  bytes: Uint8Array;
  /** The file's name, kept with each version it creates. */
  sourceName: string;
  /** Called as rows are written: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  fingerprint: string;
  counts: ParseCounts;
  created: number;
  changed: number;
  unchanged: number;
  /** Every row whose processing time could not be read, for the report file. */
  report: ReportRow[];
}

/** A fingerprint of what a row says (not where it sits in the file). */
export function rowHash(p: PortalProcedure): string {
  const { row, line, ...content } = p;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export async function importPortalExport(
  ctx: Ctx,
  input: ImportInput,
): Promise<Result<ImportSummary, DomainError>> {
  if (!mayEditCatalogue(ctx.actor)) return forbidden(CATALOGUE_DENIED);
  const parsed = parsePortalExport(input.bytes);
  if (!parsed.ok) {
    const told = msg('procedures.importMalformed', { file: input.sourceName, count: parsed.errors.length });
    return fail({
      kind: 'invalid',
      detail: renderMessage(told, 'en'),
      localized: told,
      errors: parsed.errors.map((e) => ({
        field:
          e.row === null
            ? 'file'
            : `row ${e.row}${e.line !== e.row ? ` (line ${e.line})` : ''}${e.column ? `: ${e.column}` : ''}`,
        message: e.reason,
        ...(e.message ? { localized: e.message } : {}),
      })),
    });
  }
  const fingerprint = createHash('sha256').update(input.bytes).digest('hex');
  const today = vietnamToday(ctx.now);
  const run = async (tx: Executor) => {
    const codes = parsed.procedures.map((p) => p.code);
    const existing = new Map<
      string,
      { id: string; importHash: string | null; versionNo: number; versionId: string }
    >();
    for (let i = 0; i < codes.length; i += 5000) {
      const rows = await tx
        .select({
          id: procedures.id,
          code: procedures.code,
          importHash: procedures.importHash,
          versionId: procedures.currentVersionId,
          versionNo: sql<number>`max(${versions.versionNo})::int`,
        })
        .from(procedures)
        .innerJoin(versions, eq(versions.procedureId, procedures.id))
        .where(inArray(procedures.code, codes.slice(i, i + 5000)))
        .groupBy(procedures.id);
      for (const r of rows) existing.set(r.code, r);
    }
    const newProcedures: Array<typeof procedures.$inferInsert> = [];
    const newVersions: Array<typeof versions.$inferInsert> = [];
    const newFees: Array<typeof versionFees.$inferInsert> = [];
    const superseded: Array<{
      code: string;
      procedureId: string;
      oldVersionId: string;
      newVersionId: string;
      hash: string;
    }> = [];
    let unchanged = 0;
    for (const p of parsed.procedures) {
      const hash = rowHash(p);
      const known = existing.get(p.code);
      if (known?.importHash === hash) {
        unchanged++;
        continue;
      }
      const procedureId = known?.id ?? newId();
      const rows = versionRows(contentFromPortal(p), {
        procedureId,
        code: p.code,
        versionNo: (known?.versionNo ?? 0) + 1,
        source: 'import',
        sourceRef: `${input.sourceName} row ${p.row}`,
        validFrom: today,
        createdBy: actorLabel(ctx.actor),
        createdAt: ctx.now,
      });
      newVersions.push(rows.version);
      newFees.push(...rows.fees);
      const versionId = rows.version.id as string;
      if (known)
        superseded.push({
          code: p.code,
          procedureId,
          oldVersionId: known.versionId,
          newVersionId: versionId,
          hash,
        });
      else
        newProcedures.push({
          id: procedureId,
          code: p.code,
          currentVersionId: versionId,
          status: 'published',
          publishedOn: today,
          importHash: hash,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        });
    }
    const total = newVersions.length;
    let done = 0;
    input.onProgress?.(0, total);
    await inChunks(newProcedures, 1000, (chunk) => tx.insert(procedures).values(chunk));
    await inChunks(newVersions, 500, async (chunk) => {
      await tx.insert(versions).values(chunk);
      done += chunk.length;
      input.onProgress?.(done, total);
    });
    await inChunks(newFees, 2000, (chunk) => tx.insert(versionFees).values(chunk));
    for (const s of superseded) {
      await tx.update(versions).set({ validTo: today }).where(eq(versions.id, s.oldVersionId));
      await tx
        .update(procedures)
        .set({ currentVersionId: s.newVersionId, importHash: s.hash, updatedAt: ctx.now })
        .where(eq(procedures.id, s.procedureId));
    }
    const summary: ImportSummary = {
      fingerprint,
      counts: parsed.counts,
      created: newProcedures.length,
      changed: superseded.length,
      unchanged,
      report: parsed.report,
    };
    // Nothing new, nothing written: not even an audit entry (importing the same file changes nothing).
    if (total > 0) {
      await recordAudit(tx, ctx, {
        action: 'procedures.imported',
        entityType: 'procedure_catalogue',
        entityId: input.sourceName,
        after: {
          fingerprint,
          created: summary.created,
          changed: summary.changed,
          unchanged,
          changedCodes: superseded.slice(0, 500).map((s) => s.code),
          reportedRows: parsed.counts.reported,
        },
      });
    }
    return summary;
  };
  // Inside a caller's transaction (the demo seeder) this is a savepoint: still all or nothing.
  return ok(await ctx.db.transaction((tx) => run(tx)));
}
