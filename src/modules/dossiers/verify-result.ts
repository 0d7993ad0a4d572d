/**
 * Kiểm tra văn bản điện tử — anyone checks a result document (issue 16 §4): by the number and verification code
 * printed on it (the QR code opens the page with both), or by the PDF itself. The answer says whether the
 * signature is intact, who signed with which title, when, for which dossier and agency — the register's record,
 * never the applicant's personal data. A changed PDF no longer matches the register and its signature fails.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { readFile } from '../../platform/files/index.js';
import { fail, invalidBecause, notFound, ok, type Result } from '../../platform/result.js';
import type { DocumentCheck, SigningService } from '../../platform/signing/index.js';
import { msg } from './result-messages.js';
import { normaliseCode } from './result-register.js';
import { resultDocuments } from './schema.js';

export interface RegisteredResult {
  title: string;
  numberText: string;
  agencyName: string;
  dossierCode: string | null;
  signerName: string;
  signerTitle: string | null;
  issuedAt: Date;
}

export interface ResultVerdict {
  /** The register's record of the document, when the number and code (or the file) match one. */
  registered: RegisteredResult | null;
  /** Signed, every signature valid and covering the document, and (when registered) the very file issued. */
  intact: boolean;
  checks: DocumentCheck[];
}

type Input = { number: string; code: string } | { pdf: Buffer };

export async function verifyResult(
  ctx: Ctx,
  service: SigningService,
  input: Input,
): Promise<Result<ResultVerdict>> {
  if ('pdf' in input) {
    const sha256 = createHash('sha256').update(input.pdf).digest('hex');
    const [row] = await ctx.db.select().from(resultDocuments).where(eq(resultDocuments.sha256, sha256));
    const checks = await service.verifyPdf(ctx.db, input.pdf);
    return ok({ registered: row ? registered(row) : null, intact: allValid(checks), checks });
  }
  const number = /^\s*0*(\d{1,9})/.exec(input.number)?.[1];
  if (!number) return invalidBecause(msg('results.badNumber'));
  const [row] = await ctx.db
    .select()
    .from(resultDocuments)
    .where(eq(resultDocuments.verificationCode, normaliseCode(input.code)));
  // One answer for a wrong number and a wrong code: the pair is the secret.
  if (!row || row.number !== Number(number)) return notFound('result document');
  const file = await readFile(ctx.db, row.sha256);
  if (!file.ok) return fail(file.error);
  const checks = await service.verifyPdf(ctx.db, file.value.bytes);
  const same = createHash('sha256').update(file.value.bytes).digest('hex') === row.sha256;
  return ok({ registered: registered(row), intact: same && allValid(checks), checks });
}

function allValid(checks: DocumentCheck[]): boolean {
  return (
    checks.length > 0 && checks.every((c) => c.valid && (c.coversWholeDocument || c.onlyValidationDataAfter))
  );
}

function registered(row: typeof resultDocuments.$inferSelect): RegisteredResult {
  return {
    title: row.title,
    numberText: row.numberText,
    agencyName: row.agencyName,
    dossierCode: row.dossierCode,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    issuedAt: row.issuedAt,
  };
}
