/**
 * Phân loại — classify a case (Decree 20/2008 art. 9 for PAKN: about a regulation or about conduct; the field;
 * for complaints whether complex or in a remote area, Law on Complaints art. 28, 37; for denunciations checks at
 * several places, art. 24(1)), and correct the published wording. A PAKN moves to processing. Changing a
 * limit's variant recomputes the running deadline from its start under the new rule.
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { foldForSearch } from '../../platform/search-text.js';
import { nfc } from '../../platform/text.js';
import { caseDeadlines, startDeadline } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { complaintVariant } from './deadline-rules.js';
import { msg } from './messages.js';
import type { Field, Subject } from './model.js';
import { cases } from './schema.js';

export interface ClassifyInput {
  version: number;
  field?: Field | undefined;
  subject?: Subject | undefined;
  complex?: boolean | undefined;
  remoteArea?: boolean | undefined;
  multiPlace?: boolean | undefined;
  /** PAKN repeating an earlier one (Decision 766 sub-indicator 5.3): the earlier case's code, or null to clear. */
  repeatOfCode?: string | null | undefined;
  publicTitle?: string | undefined;
  publicContent?: string | undefined;
}

export async function classifyCase(
  ctx: Ctx,
  caseId: string,
  input: ClassifyInput,
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', async (loaded, clock) => {
    const c = loaded.row;
    if (c.status !== 'received' && c.status !== 'processing' && c.status !== 'supplement_requested')
      return invalidBecause(msg('feedback.classifyOpenOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    if (input.subject && c.kind !== 'pakn')
      return invalidBecause(msg('feedback.subjectPaknOnly'), [{ field: 'subject', message: 'PAKN only' }]);
    if (input.multiPlace !== undefined && c.kind !== 'denunciation')
      return invalidBecause(msg('feedback.severalPlaces'), [
        { field: 'multiPlace', message: 'denunciations only' },
      ]);
    if ((input.complex !== undefined || input.remoteArea !== undefined) && c.kind !== 'complaint')
      return invalidBecause(msg('feedback.complexComplaints'), [
        { field: input.complex !== undefined ? 'complex' : 'remoteArea', message: 'complaints only' },
      ]);
    let previousCaseId = c.previousCaseId;
    let repeated = c.repeated;
    if (input.repeatOfCode !== undefined) {
      if (c.kind !== 'pakn')
        return invalidBecause(msg('feedback.repeatedPaknOnly'), [
          { field: 'repeatOfCode', message: 'PAKN only' },
        ]);
      if (input.repeatOfCode === null) {
        previousCaseId = null;
        repeated = false;
      } else {
        const [earlier] = await ctx.db
          .select({ id: cases.id, receivedAt: cases.receivedAt })
          .from(cases)
          .where(and(eq(cases.code, input.repeatOfCode), eq(cases.provinceCode, c.provinceCode)));
        if (!earlier || earlier.id === c.id || earlier.receivedAt > c.receivedAt)
          return invalidBecause(msg('feedback.noEarlierCase'), [
            { field: 'repeatOfCode', message: 'unknown' },
          ]);
        previousCaseId = earlier.id;
        repeated = true;
      }
    }
    const complex = input.complex ?? c.complex;
    const remoteArea = input.remoteArea ?? c.remoteArea;
    const multiPlace = input.multiPlace ?? c.multiPlace;
    const publicTitle = input.publicTitle === undefined ? c.publicTitle : nfc(input.publicTitle);
    const changes = {
      field: input.field ?? c.field,
      subject: input.subject ?? c.subject,
      complex,
      remoteArea,
      multiPlace,
      repeated,
      previousCaseId,
      publicTitle,
      publicContent: input.publicContent === undefined ? c.publicContent : nfc(input.publicContent),
      searchText: foldForSearch(`${c.code} ${publicTitle}`),
      ...(c.kind === 'pakn' && c.status === 'received'
        ? { status: 'processing' as const, acceptedAt: ctx.now }
        : {}),
    };
    const running = (await caseDeadlines(ctx.db, c.id)).filter((d) => !d.doneAt);
    return ok({
      changes,
      apply: async (tx) => {
        for (const d of running) {
          // The limit depends on the classification: recompute it from the step's start under the new variant.
          if (c.kind === 'complaint' && (d.step === 'resolve' || d.step === 'resolve_second'))
            await startDeadline(
              tx,
              clock,
              c,
              d.step,
              complaintVariant({ complex, remoteArea }),
              d.startedAt,
              { now: ctx.now },
            );
          if (c.kind === 'denunciation' && d.step === 'register')
            await startDeadline(
              tx,
              clock,
              c,
              'register',
              multiPlace ? 'multi_place' : 'normal',
              d.startedAt,
              { now: ctx.now },
            );
        }
      },
      event: {
        action: 'classified',
        data: { field: changes.field, subject: changes.subject, complex, remoteArea, multiPlace, repeated },
        visibleToSubmitter: false,
      },
      audit: {
        action: 'feedback.classified',
        before: {
          field: c.field,
          subject: c.subject,
          complex: c.complex,
          remoteArea: c.remoteArea,
          multiPlace: c.multiPlace,
          repeated: c.repeated,
        },
        after: { field: changes.field, subject: changes.subject, complex, remoteArea, multiPlace, repeated },
      },
    });
  });
}
