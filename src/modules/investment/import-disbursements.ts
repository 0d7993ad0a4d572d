import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  type FieldError,
  fieldError,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { disbursementProblems } from './disbursement-rules.js';
import { msg } from './messages.js';
import { actorName, decideProjectAction } from './policy.js';
import { planAndPaid } from './record-disbursement.js';
import { disbursements, importBatches, projects } from './schema.js';
import { parseTreasuryCsv, type RowProblem } from './treasury-csv.js';

export interface ImportSummary {
  batchId: string;
  rows: number;
  totalAmount: string;
  projects: number;
  provinceCodes: string[];
}

const asField = (p: RowProblem): FieldError =>
  fieldError(`row ${p.row}${p.column ? `.${p.column}` : ''}`, p.message);

/**
 * Import a State Treasury disbursement CSV (treasury-csv.ts): every row or none. Each problem names its row
 * (the header is row 1) and column; the same file is never imported twice, nor a voucher counted twice.
 */
export async function importDisbursements(
  ctx: Ctx,
  input: { fileName: string; text: string },
): Promise<Result<ImportSummary>> {
  const parsed = parseTreasuryCsv(input.text);
  if (parsed.problems.length > 0)
    return invalidBecause(
      msg('investment.fileProblems', { count: parsed.problems.length }),
      parsed.problems.map(asField),
    );
  const sha256 = createHash('sha256').update(input.text).digest('hex');
  const codes = [...new Set(parsed.rows.map((r) => r.projectCode))];
  const today = vietnamToday(ctx.now);
  const importer = actorName(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [seen] = await tx.select().from(importBatches).where(eq(importBatches.sha256, sha256));
    if (seen)
      return conflictBecause(
        msg('investment.fileImported', { at: formatDay(vietnamToday(seen.importedAt)), rows: seen.rows }),
      );
    const found = await tx
      .select()
      .from(projects)
      .where(inArray(projects.code, codes))
      .orderBy(projects.id)
      .for('update');
    const byCode = new Map(found.map((p) => [p.code, p]));
    const problems: RowProblem[] = [];
    const running = new Map<string, bigint>();
    const vouchers = await tx
      .select({ provinceCode: disbursements.provinceCode, voucherNo: disbursements.voucherNo })
      .from(disbursements)
      .where(
        and(
          inArray(
            disbursements.voucherNo,
            parsed.rows.map((r) => r.voucherNo),
          ),
          isNull(disbursements.cancelledAt),
        ),
      );
    const taken = new Set(vouchers.map((v) => `${v.provinceCode}|${v.voucherNo}`));
    const values: Array<typeof disbursements.$inferInsert> = [];
    const batchId = newId();
    for (const row of parsed.rows) {
      const project = byCode.get(row.projectCode);
      if (!project) {
        problems.push({
          row: row.row,
          column: 'ma_du_an',
          message: msg('investment.noProjectCode', { code: row.projectCode }),
        });
        continue;
      }
      const decision = decideProjectAction(ctx.actor, 'owner', project);
      if (decision !== 'allow') {
        problems.push({
          row: row.row,
          column: 'ma_du_an',
          message: msg('investment.notYourProject', { code: row.projectCode }),
        });
        continue;
      }
      if (project.status !== 'active')
        problems.push({
          row: row.row,
          column: 'ma_du_an',
          message: msg('investment.projectIs', { status: project.status }),
        });
      if (taken.has(`${project.provinceCode}|${row.voucherNo}`))
        problems.push({
          row: row.row,
          column: 'so_chung_tu',
          message: msg('investment.voucherInRow', { voucher: row.voucherNo }),
        });
      const key = `${project.id}|${row.planYear}|${row.source}`;
      if (!running.has(key)) {
        const { plan, paid } = await planAndPaid(tx, project.id, row.planYear, row.source);
        running.set(key, paid);
        running.set(`${key}|plan`, plan ?? -1n);
      }
      const plan = running.get(`${key}|plan`)!;
      const paid = running.get(key)!;
      const names: Record<string, string> = {
        disbursedOn: 'ngay_thanh_toan',
        amount: 'so_tien',
        source: 'nguon_von',
        note: 'ghi_chu',
      };
      for (const p of disbursementProblems({
        planYear: row.planYear,
        disbursedOn: row.disbursedOn,
        today,
        amount: row.amount,
        plan: plan < 0n ? null : plan,
        alreadyPaid: paid,
        note: row.note,
      }))
        problems.push({
          row: row.row,
          column: names[p.field] ?? p.field,
          // Every disbursement rule tells its message in both languages (disbursement-rules.ts).
          message: p.localized ?? msg('investment.amountAboveZero'),
        });
      running.set(key, paid + row.amount);
      values.push({
        id: newId(),
        projectId: project.id,
        provinceCode: project.provinceCode,
        planYear: row.planYear,
        source: row.source,
        disbursedOn: row.disbursedOn,
        amount: row.amount,
        voucherNo: row.voucherNo,
        note: row.note,
        origin: 'import',
        importBatchId: batchId,
        enteredBy: importer,
        createdAt: ctx.now,
      });
    }
    if (problems.length > 0) {
      problems.sort((a, b) => a.row - b.row);
      return invalidBecause(
        msg('investment.fileProblems', { count: problems.length }),
        problems.map(asField),
      );
    }
    const total = values.reduce((s, v) => s + (v.amount as bigint), 0n);
    const provinceCodes = [...new Set(values.map((v) => v.provinceCode))].sort();
    await tx.insert(importBatches).values({
      id: batchId,
      fileName: input.fileName.slice(0, 255),
      sha256,
      rows: values.length,
      totalAmount: total,
      provinceCodes,
      importedBy: importer,
      importedAt: ctx.now,
    });
    for (let i = 0; i < values.length; i += 1000)
      await tx.insert(disbursements).values(values.slice(i, i + 1000));
    await recordAudit(tx, ctx, {
      action: 'investment.disbursements_imported',
      entityType: 'import_batch',
      entityId: batchId,
      provinceCode: provinceCodes.length === 1 ? provinceCodes[0] : null,
      after: {
        fileName: input.fileName,
        sha256,
        rows: values.length,
        totalAmount: total.toString(),
        provinceCodes,
      },
    });
    return ok({
      batchId,
      rows: values.length,
      totalAmount: total.toString(),
      projects: new Set(values.map((v) => v.projectId)).size,
      provinceCodes,
    });
  });
}
