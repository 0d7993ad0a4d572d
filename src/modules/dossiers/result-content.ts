/**
 * What a result document says (issue 16 §3): the procedure version's template filled from the declaration
 * (with the officer's changes where the template allows them), or — for a procedure without a template — the
 * generic "Kết quả giải quyết thủ tục hành chính" filled from the dossier.
 */
import type { Ctx } from '../../platform/context.js';
import { fillTemplate, getProcedureVersion } from '../procedures/index.js';
import type { DossierView } from './dossier-view.js';
import type { ResultContent } from './result-document.js';

export type IssuedContent = ResultContent & { kind: string; symbol: string };

export async function resultContent(
  ctx: Ctx,
  versionId: string,
  view: DossierView,
  declaration: unknown,
  changes: Record<string, string> = {},
): Promise<IssuedContent> {
  const template = (await getProcedureVersion(ctx.db, versionId))?.declarationForm?.resultTemplate;
  if (template)
    return {
      kind: template.kind,
      title: template.title,
      symbol: template.symbol,
      book: template.book,
      fields: fillTemplate(template, (declaration as Record<string, unknown> | null) ?? null, changes),
      statement: template.statement,
      legalSource: template.legalSource,
    };
  return {
    kind: 'generic',
    title: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    subtitle: view.procedure.name,
    symbol: 'KQ',
    book: false,
    fields: [
      { label: 'Mã hồ sơ', value: view.code ?? '' },
      { label: 'Người yêu cầu', value: view.applicant.name },
      ...Object.entries(view.declared).map(([label, value]) => ({ label, value })),
    ],
    statement: `${view.competentAgency?.name ?? 'Cơ quan có thẩm quyền'} đã xem xét hồ sơ và chấp thuận yêu cầu của người nộp theo thủ tục ${view.procedure.code}.`,
  };
}

/** The public verification page with the number and code filled in: what the QR code opens. */
export function verifyUrl(publicUrl: string | undefined, number: number, code: string): string {
  const base = publicUrl ?? 'http://localhost:3000';
  return `${base}/verify?n=${number}&c=${encodeURIComponent(code)}`;
}
