/**
 * The demo province's catalogue (issue 5 §5): the shipped sample is imported, birth registration (1.001193) gets a
 * fully filled version, and the province publishes every commune-level procedure of the sample plus a
 * province-level set (the procedures of the four ministries whose work its departments carry: justice,
 * construction, agriculture and environment, finance), with fees and workflows from the default templates.
 * Written in bulk for speed, through the same checks as the use cases. A procedure with no processing time in a
 * unit is not published (issue 15 §2) unless the demo province sets one with its legal basis first
 * (demo-processing-times.ts: marriage, death registration, certifications); a workflow that fails the checks
 * stays a draft, as it would for an administrator.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { type AgencySummary, listAgencies, vietnamToday } from '../units/index.js';
import { checkWorkflow } from './check-workflow.js';
import {
  BIRTH_REGISTRATION,
  BIRTH_REGISTRATION_FEES,
  birthRegistrationEdit,
} from './demo-birth-registration.js';
import { MARRIAGE_REGISTRATION, marriageRegistrationEdit } from './demo-marriage-registration.js';
import { DEMO_PROCESSING_TIMES } from './demo-processing-times.js';
import { editProcedure } from './edit-procedure.js';
import { DECLARATION_FORMS } from './forms/catalogue.js';
import { importPortalExport } from './import-portal-export.js';
import { currentVersion } from './procedure-view.js';
import {
  type DecidingKind,
  type FeeInput,
  type PublishInput,
  publicationErrors,
} from './publish-procedure.js';
import {
  feeTableRows,
  procedures,
  publicationFees,
  publications,
  versionFees,
  versions,
  workflowSteps,
  workflows,
} from './schema.js';
import { setProcessingTime } from './set-processing-time.js';
import { statutoryBudgetMinutes } from './workflow-check.js';
import { type TemplateKind, templateSteps } from './workflow-templates.js';

export const SAMPLE_FILE = 'tthc_national_portal_2026-06.csv';

const DEPARTMENT_OF_MINISTRY: Record<string, string> = {
  'bo-tu-phap': 'Sở Tư pháp',
  'bo-xay-dung': 'Sở Xây dựng',
  'bo-nong-nghiep-mt': 'Sở Nông nghiệp và Môi trường',
  'bo-tai-chinh': 'Sở Tài chính',
};
/** Agencies outside the People's Committees (police, customs, tax, social insurance, treasury, courts, banks). */
const SECTOR =
  /công an|cảnh sát|hải quan|thuế|bảo hiểm xã hội|kho bạc|tòa án|toà án|ngân hàng|chủ tịch nước|quốc phòng|xuất nhập cảnh|(^|, )bộ |(^|, )cục /i;
const PROVINCIAL_COMMITTEE = /ủy ban nhân dân (cấp )?tỉnh|uỷ ban nhân dân (cấp )?tỉnh|ubnd (cấp )?tỉnh/i;

function nationalFees(
  fees: Array<{ channel: string | null; kind: string; amountDong: number | null; note: string | null }>,
): FeeInput[] {
  const amounts = fees.filter((f) => f.kind === 'amount' && f.amountDong !== null);
  const basis = 'Theo Cổng Dịch vụ công quốc gia';
  if (amounts.length) {
    const distinct = [...new Set(amounts.map((f) => f.amountDong))];
    const channelName: Record<string, string> = {
      online: 'trực tuyến',
      in_person: 'trực tiếp',
      post: 'qua bưu chính',
    };
    return distinct.length === 1
      ? [
          {
            kind: 'fixed',
            name: 'Phí, lệ phí',
            amountDong: distinct[0]!,
            per: 'mỗi hồ sơ',
            note: amounts[0]?.note ?? null,
            basis,
          },
        ]
      : amounts.map((f) => ({
          kind: 'fixed',
          name: `Phí, lệ phí (nộp ${channelName[f.channel ?? ''] ?? 'hồ sơ'})`,
          amountDong: f.amountDong!,
          per: 'mỗi hồ sơ',
          note: f.note,
          basis,
        }));
  }
  if (fees.length && fees.every((f) => f.kind === 'free'))
    return [
      {
        kind: 'exemption',
        name: 'Không thu phí, lệ phí',
        note: fees.find((f) => f.note)?.note ?? null,
        basis,
      },
    ];
  return [];
}

export async function seedDemoProcedures(
  ctx: Ctx,
  referenceDir: string,
  provinceCode: string,
): Promise<string> {
  const bytes = await readFile(path.join(referenceDir, 'procedures', SAMPLE_FILE));
  const imported = await importPortalExport(ctx, {
    bytes,
    sourceName: `reference/procedures/${SAMPLE_FILE}`,
  });
  if (!imported.ok) throw new Error(`demo catalogue: ${JSON.stringify(imported.error)}`);
  const birth = await currentVersion(ctx.db, BIRTH_REGISTRATION);
  if (!birth) throw new Error(`demo catalogue: ${BIRTH_REGISTRATION} is not in the sample`);
  const edited = await editProcedure(ctx, BIRTH_REGISTRATION, {
    baseVersionNo: birth.versionNo,
    ...birthRegistrationEdit(birth.url),
  });
  if (!edited.ok) throw new Error(`demo catalogue: ${JSON.stringify(edited.error)}`);
  const marriage = await currentVersion(ctx.db, MARRIAGE_REGISTRATION);
  if (!marriage) throw new Error(`demo catalogue: ${MARRIAGE_REGISTRATION} is not in the sample`);
  const papers = await editProcedure(ctx, MARRIAGE_REGISTRATION, {
    baseVersionNo: marriage.versionNo,
    ...marriageRegistrationEdit(),
  });
  if (!papers.ok) throw new Error(`demo catalogue: ${JSON.stringify(papers.error)}`);
  await setDemoProcessingTimes(ctx, provinceCode);
  await attachDemoForms(ctx);

  const agencies = await listAgencies(ctx.db, provinceCode);
  const agencyMap = new Map(agencies.map((a) => [a.id, a]));
  const department = (name: string) => agencies.find((a) => a.kind === 'department' && a.name === name);
  const committee = agencies.find((a) => a.kind === 'people_committee' && a.unitCode === provinceCode);
  const candidates = await ctx.db
    .select({
      procedureId: procedures.id,
      code: procedures.code,
      versionId: versions.id,
      levels: versions.levels,
      ministry: versions.ministry,
      authority: sql<string>`concat_ws(', ', ${versions.competentAuthority}, ${versions.implementingAgencies})`,
      durations: versions.durations,
    })
    .from(procedures)
    .innerJoin(versions, eq(versions.id, procedures.currentVersionId))
    .where(sql`${versions.levels} && array['province', 'commune']::text[]`);
  const fees = await ctx.db
    .select()
    .from(versionFees)
    .where(
      inArray(
        versionFees.versionId,
        candidates.map((c) => c.versionId),
      ),
    );
  const feesOf = new Map<string, typeof fees>();
  for (const f of fees) feesOf.set(f.versionId, [...(feesOf.get(f.versionId) ?? []), f]);

  const today = vietnamToday(ctx.now);
  const pubRows: Array<typeof publications.$inferInsert> = [];
  const feeRows: Array<typeof publicationFees.$inferInsert> = [];
  const tableRows: Array<typeof feeTableRows.$inferInsert> = [];
  const wfRows: Array<typeof workflows.$inferInsert> = [];
  const stepRows: Array<typeof workflowSteps.$inferInsert> = [];
  const tally = { commune: 0, province: 0, published: 0, draft: 0, needsTime: 0 };
  for (const c of candidates) {
    // No processing time in a unit: not publishable (issue 15 §2); listed as "needs a processing time".
    if (c.durations.length === 0) {
      tally.needsTime++;
      continue;
    }
    const commune = c.levels.includes('commune');
    let deciding: AgencySummary | undefined;
    let kind: DecidingKind = 'people_committee';
    let template: TemplateKind = 'commune_decides';
    let coordinating: AgencySummary | undefined;
    if (commune) {
      kind = SECTOR.test(c.authority) ? 'other' : 'people_committee';
    } else {
      const dept = department(DEPARTMENT_OF_MINISTRY[c.ministry ?? ''] ?? '');
      if (!dept || SECTOR.test(c.authority)) continue; // not a province-level procedure the demo province handles
      if (PROVINCIAL_COMMITTEE.test(c.authority) && committee) {
        [deciding, kind, template, coordinating] = [committee, 'people_committee', 'inter_agency', dept];
      } else {
        [deciding, kind, template] = [dept, 'department', 'department_decides'];
      }
    }
    const feeInput =
      c.code === BIRTH_REGISTRATION ? BIRTH_REGISTRATION_FEES : nationalFees(feesOf.get(c.versionId) ?? []);
    const input: PublishInput = {
      provinceCode,
      code: c.code,
      decidingAgencyId: deciding?.id ?? null,
      decidingAgencyKind: kind,
      receiving: { mode: 'all_pas_centres' },
      fees: feeInput,
    };
    const errors = publicationErrors(input, c, agencyMap);
    if (errors.length) throw new Error(`demo publication ${c.code}: ${JSON.stringify(errors)}`);
    const publicationId = newId();
    pubRows.push({
      id: publicationId,
      provinceCode,
      procedureId: c.procedureId,
      status: 'published',
      publishedOn: today,
      decidingAgencyId: input.decidingAgencyId,
      decidingAgencyKind: kind,
      receiving: 'all_pas_centres',
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    feeInput.forEach((fee, i) => {
      const id = newId();
      feeRows.push({
        id,
        publicationId,
        provinceCode,
        position: i + 1,
        kind: fee.kind,
        name: fee.name,
        amountDong: fee.kind === 'fixed' ? fee.amountDong : null,
        per: fee.kind === 'exemption' ? null : (fee.per ?? null),
        note: fee.note ?? null,
        basis: fee.basis ?? null,
      });
      if (fee.kind === 'table')
        for (const [j, r] of fee.rows.entries())
          tableRows.push({
            feeId: id,
            provinceCode,
            position: j + 1,
            label: r.label,
            amountDong: r.amountDong,
          });
    });
    const budget = Math.min(...c.durations.map(statutoryBudgetMinutes));
    const steps = templateSteps(template, budget, coordinating?.id ?? null).map((s) => ({
      ...s,
      amount: s.time.amount,
      unit: s.time.unit,
    }));
    const check = checkWorkflow(
      { provinceCode, statutory: c.durations, decidingAgencyId: input.decidingAgencyId, agencies: agencyMap },
      steps,
    );
    const workflowId = newId();
    wfRows.push({
      id: workflowId,
      publicationId,
      provinceCode,
      template,
      status: check.ok ? 'published' : 'draft',
      publishedAt: check.ok ? ctx.now : null,
      version: 1,
      updatedAt: ctx.now,
    });
    for (const [i, s] of steps.entries())
      stepRows.push({
        workflowId,
        provinceCode,
        position: i + 1,
        name: s.name,
        role: s.role,
        agencyRef: s.agencyRef,
        agencyId: s.agencyId,
        amount: s.amount,
        unit: s.unit,
      });
    tally[commune ? 'commune' : 'province']++;
    tally[check.ok ? 'published' : 'draft']++;
  }
  const chunked = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 1000) await write(rows.slice(i, i + 1000));
  };
  await chunked(pubRows, (r) => ctx.db.insert(publications).values(r));
  await chunked(feeRows, (r) => ctx.db.insert(publicationFees).values(r));
  await chunked(tableRows, (r) => ctx.db.insert(feeTableRows).values(r));
  await chunked(wfRows, (r) => ctx.db.insert(workflows).values(r));
  await chunked(stepRows, (r) => ctx.db.insert(workflowSteps).values(r));
  await recordAudit(ctx.db, ctx, {
    action: 'procedures.demo_published',
    entityType: 'procedure_publication',
    provinceCode,
    after: { ...tally, publications: pubRows.length },
  });
  const s = imported.value;
  return (
    `imported ${s.counts.rows} procedures (${s.counts.reported} rows reported); ` +
    `${provinceCode} publishes ${pubRows.length} (${tally.commune} commune-level, ${tally.province} province-level), ` +
    `${tally.published} workflows published, ${tally.draft} drafts; ` +
    `${tally.needsTime} not published: they need a processing time`
  );
}

/** The times the demo province sets, with their legal basis (demo-processing-times.ts), as new versions. */
async function setDemoProcessingTimes(ctx: Ctx, provinceCode: string): Promise<void> {
  for (const [code, time] of Object.entries(DEMO_PROCESSING_TIMES)) {
    const current = await currentVersion(ctx.db, code);
    if (!current) throw new Error(`demo catalogue: ${code} is not in the sample`);
    if (current.durations.length > 0) continue;
    const channels = current.channels.length ? current.channels : (['in_person'] as const);
    const set = await setProcessingTime(ctx, {
      provinceCode,
      code,
      baseVersionNo: current.versionNo,
      durations: channels.map((channel) => ({
        channel,
        amount: time.amount,
        unit: 'working_days',
        text: time.text,
      })),
      legalBasis: time.legalBasis,
    });
    if (!set.ok) throw new Error(`demo processing time ${code}: ${JSON.stringify(set.error)}`);
  }
}

/** The shipped declaration forms (issue 16 §2), each a new version of its procedure, as an administrator would. */
async function attachDemoForms(ctx: Ctx): Promise<void> {
  for (const [code, declarationForm] of Object.entries(DECLARATION_FORMS)) {
    if (code === BIRTH_REGISTRATION) continue; // its demo version carries it already
    const current = await currentVersion(ctx.db, code);
    if (!current) continue;
    const edited = await editProcedure(ctx, code, {
      baseVersionNo: current.versionNo,
      legalBasis: { number: '04/2020/TT-BTP', date: '2020-05-28', text: declarationForm.legalSource },
      validFrom: current.validFrom,
      changes: { declarationForm },
    });
    if (!edited.ok) throw new Error(`demo catalogue ${code}: ${JSON.stringify(edited.error)}`);
  }
}
