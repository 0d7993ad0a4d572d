/**
 * Ban hành kết quả — once the leader approves, the result document is generated as a PDF (Vietnamese font
 * embedded) and signed PAdES with the approving official's own key (enrolled on first use, encrypted at rest by
 * the platform signing service), stored content-addressed and attached to the dossier as its e-result (Decree
 * 45/2020: same validity as paper; Decision 766 indicator 4.1). One transition, one transaction, one audit entry.
 * A refusal after appraisal issues its written refusal the same way, signed by the leader who refused (Decree
 * 61 art. 19: entered in the result section; refusal-content.ts).
 */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Config } from '../../platform/config.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { storeFile } from '../../platform/files/index.js';
import { type Message, renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { type SigningService, signingServiceFor } from '../../platform/signing/index.js';
import { calendarFor } from '../calendar/index.js';
import { findUnit, vietnamToday } from '../units/index.js';
import { viewOf } from './dossier-view.js';
import { envFor, transition } from './draft.js';
import { msg } from './messages.js';
import type { Status } from './model.js';
import { addDocuments } from './reception.js';
import { groundsOf, refusalContent } from './refusal-content.js';
import { resultContent, verifyUrl } from './result-content.js';
import { renderIssuedResult } from './result-document.js';
import { newVerificationCode, nextResultNumber, numberText } from './result-register.js';
import { resultSigner } from './result-signer.js';
import { dossiers, events, resultDocuments } from './schema.js';
import { loadDrafts, writeDrafts } from './store.js';

/**
 * How this installation signs results: its signing service, or why it has none. Embedded mode always has one
 * (the key-encryption key is generated into the data folder); server mode has one only with
 * TINHSO_KEY_ENCRYPTION_KEY, and without it a person's approval is refused (`approvalRefusal`), so that no
 * result is ever issued unsigned to a citizen.
 */
export interface ResultSigning {
  service: SigningService | null;
  /** Why there is no service (for the startup line, the log and the 503 problem). */
  problem: string | null;
  /** Where the QR code on a result points (config.publicUrl). */
  publicUrl?: string | undefined;
}

export async function resultSigningFor(config: Config): Promise<ResultSigning> {
  try {
    return { service: await signingServiceFor(config), problem: null, publicUrl: config.publicUrl };
  } catch (error) {
    return {
      service: null,
      problem: error instanceof Error ? error.message : String(error),
      publicUrl: config.publicUrl,
    };
  }
}

/** Approval needs a signature (Decree 45/2020: the e-result is valid only signed); without signing, why not. */
export interface SigningUnavailable {
  kind: 'signing_unavailable';
  detail: string;
  localized: Message;
}

export function approvalRefusal(signing: ResultSigning | undefined): SigningUnavailable | null {
  if (signing?.service) return null;
  const message = msg('dossiers.resultsUnsigned', {
    problem: signing?.problem ?? 'signing is not configured',
  });
  return { kind: 'signing_unavailable', detail: renderMessage(message, 'en'), localized: message };
}

class Rollback extends Error {
  constructor(readonly error: DomainError) {
    super('result not issued');
  }
}

export async function issueResult(
  ctx: Ctx,
  dossierId: string,
  signing: ResultSigning | undefined,
): Promise<Result<{ issued: boolean; signed: boolean; version: number }, DomainError>> {
  // Almost always the result exists already (every return of a result asks): one row, not the whole dossier.
  const [state] = await ctx.db
    .select({ outcome: dossiers.outcome, eResult: dossiers.eResult, version: dossiers.version })
    .from(dossiers)
    .where(eq(dossiers.id, dossierId));
  if (!state) return fail({ kind: 'not_found', resource: 'dossier', id: dossierId });
  if (!isDecided(state.outcome) || state.eResult)
    return ok({ issued: false, signed: false, version: state.version });
  const draft = (await loadDrafts(ctx.db, [dossierId])).get(dossierId);
  if (!draft) return fail({ kind: 'not_found', resource: 'dossier', id: dossierId });
  const outcome = draft.row.outcome;
  if (!isDecided(outcome) || draft.row.eResult)
    return ok({ issued: false, signed: false, version: draft.row.version });
  // The result is signed by the official who decided, whoever completes the issue: the decider's own
  // request, their retry, another officer's retry or return of the result, or the sweep job after a crash
  // between the two steps.
  const decision = await decisionOf(ctx.db, dossierId, outcome);
  const approver = decision?.userId ? { userId: decision.userId, name: decision.name } : null;
  // The system's own decisions (the demo history) carry no result document; a person never issues one for them,
  // and a refusal is always a person's signed notice.
  if (!approver && (ctx.actor.kind !== 'system' || outcome === 'refused'))
    return ok({ issued: false, signed: false, version: draft.row.version });
  const view = await viewOf(ctx, draft);
  const province = (await findUnit(ctx.db, draft.row.provinceCode))?.name ?? draft.row.provinceCode;
  const signerName = approver?.name ?? 'Cơ quan có thẩm quyền';
  const service = signing?.service;
  // The certificate and the signature block name the official's position today (issue 19 §3).
  const who = approver ? await resultSigner(ctx, approver, view.competentAgency?.id ?? null) : null;
  const enrolled =
    service && approver && who
      ? await service.enrolSigner(ctx.db, {
          signerId: approver.userId,
          kind: 'official',
          provinceCode: draft.row.provinceCode,
          ...who,
          province: province.replace(/^Tỉnh /, ''),
        })
      : null;
  const content =
    outcome === 'refused'
      ? refusalContent(view, groundsOf(decision?.payload))
      : await resultContent(ctx, draft.row.procedureVersionId, view, draft.row.declaration);
  const agency = view.competentAgency ?? view.receivingAgency;
  if (!agency) return fail({ kind: 'not_found', resource: 'competent agency', id: dossierId });
  const year = Number(vietnamToday(ctx.now).slice(0, 4));
  const cal = await calendarFor(ctx.db, draft.row.provinceCode);
  let signed = false;
  try {
    await ctx.db.transaction(async (tx) => {
      // The number is taken in the transaction that stores the signed document (Decree 30/2020 art. 15):
      // rolled back with it, so the register has no gaps; its row lock orders concurrent issues.
      const number = await nextResultNumber(tx, {
        agencyId: agency.id,
        provinceCode: draft.row.provinceCode,
        year,
      });
      const code = newVerificationCode();
      const printedNumber = numberText(number, year, content.symbol, content.book);
      let pdf = await renderIssuedResult(content, {
        parentAgency: `UBND ${province}`,
        agencyName: agency.name,
        place: province.replace(/^Tỉnh /, ''),
        number,
        year,
        symbol: content.symbol,
        signerName,
        signerTitle: who?.title ?? null,
        at: ctx.now,
        verifyUrl: verifyUrl(signing?.publicUrl, number, code),
        verificationCode: code,
        demo: enrolled?.signer.source === 'installation',
      });
      if (service && approver) {
        const result = await service.signPdf(tx, approver.userId, pdf, {
          reason: `${content.title} số ${printedNumber}`,
          location: province.replace(/^Tỉnh /, ''),
          name: approver.name,
        });
        if (!result.ok) throw new Rollback(result.error);
        pdf = result.value;
        signed = true;
      } else {
        // Only the system's own approvals (the demo history) get here: a person's approval needs signing.
        ctx.log.warn({ dossierId, reason: signing?.problem ?? 'no signing' }, 'result issued unsigned');
      }
      const stored = await storeFile(tx, pdf, { maxBytes: 50 * 1024 * 1024 });
      if (!stored.ok) throw new Rollback(stored.error);
      await tx.insert(resultDocuments).values({
        id: newId(),
        dossierId,
        provinceCode: draft.row.provinceCode,
        agencyId: agency.id,
        agencyName: agency.name,
        year,
        number,
        numberText: printedNumber,
        verificationCode: code,
        kind: content.kind,
        title: content.title,
        dossierCode: view.code,
        sha256: stored.value.sha256,
        signerName,
        signerTitle: who?.title ?? null,
        issuedAt: ctx.now,
      });
      // Issued under the approver's signature: the history names them, also when a job completes the issue.
      const env = envFor(cal, ctx.actor, ctx.now, ctx.actor.kind === 'system' ? approver?.name : undefined);
      addDocuments(
        draft,
        env,
        [
          {
            name: content.kind === 'generic' ? 'Kết quả giải quyết' : content.title,
            fileId: stored.value.sha256,
            fileName: `${outcome === 'refused' ? 'tu-choi' : 'ket-qua'}-${view.code ?? dossierId}.pdf`,
            mediaType: stored.value.mediaType,
            sizeBytes: stored.value.size,
          },
        ],
        'result',
      );
      draft.row.eResult = true;
      draft.row.resultFile = {
        sha256: stored.value.sha256,
        size: stored.value.size,
        signed,
        position: draft.documentCount,
      };
      transition(draft, env, 'result_issued', draft.row.status as Status, {
        sha256: stored.value.sha256,
        signed,
        number: printedNumber,
      });
      const written = await writeDrafts(tx, ctx, [draft]);
      if (!written.ok) throw new Rollback(written.error);
    });
  } catch (error) {
    if (error instanceof Rollback) return fail(error.error);
    throw error;
  }
  return ok({ issued: true, signed, version: draft.row.version });
}

const isDecided = (outcome: string | null): outcome is 'approved' | 'refused' =>
  outcome === 'approved' || outcome === 'refused';

/**
 * The dossier's last approval or refusal: who decided (no user when the system did, as in the demo history)
 * and what they wrote (a refusal's reasons and legal basis).
 */
async function decisionOf(db: Executor, dossierId: string, outcome: 'approved' | 'refused') {
  const [decision] = await db
    .select({ userId: events.actorId, name: events.actorLabel, payload: events.payload })
    .from(events)
    .where(and(eq(events.dossierId, dossierId), eq(events.type, outcome)))
    .orderBy(desc(events.seq))
    .limit(1);
  return decision ?? null;
}

/**
 * Approved or refused dossiers still without their result: the decision committed but the request died before
 * the result was issued (a crash between the two transactions, issue 11 §4). Issued by the
 * `dossiers-issue-results` job.
 */
export async function issueMissingResults(
  ctx: Ctx,
  signing: ResultSigning | undefined,
  olderThanMs = 60_000,
): Promise<number> {
  const pending = await ctx.db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.outcome, ['approved', 'refused']),
        eq(dossiers.eResult, false),
        lt(dossiers.finishedAt, new Date(ctx.now.getTime() - olderThanMs)),
        // A person's decision: the system's own (the demo history) carry no result document.
        sql`exists (select 1 from ${events} e where e.dossier_id = ${dossiers.id}
                      and e.type = ${dossiers.outcome} and e.actor_id is not null)`,
      ),
    )
    .limit(200);
  let issued = 0;
  for (const { id } of pending) {
    const result = await issueResult(ctx, id, signing);
    if (result.ok) issued++;
    else ctx.log.error({ dossierId: id, error: result.error }, 'result document not issued');
  }
  return issued;
}
