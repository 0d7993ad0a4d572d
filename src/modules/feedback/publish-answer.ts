/**
 * Công khai kết quả — publish a PAKN's answer (Decree 20/2008 art. 14; within 2 working days of the answer,
 * Decision 766 sub-indicator 5.2), with personal data removed: the public title, content and answer, which a
 * leader may reword here. Published answers are public and can be rated (sub-indicator 5.3).
 */
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { foldForSearch } from '../../platform/search-text.js';
import { nfc } from '../../platform/text.js';
import { finishDeadline } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';

export interface PublishInput {
  version: number;
  publicTitle?: string | undefined;
  publicContent?: string | undefined;
  publicAnswer?: string | undefined;
}

export async function publishAnswer(
  ctx: Ctx,
  caseId: string,
  input: PublishInput,
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', (loaded) => {
    const c = loaded.row;
    if (c.kind !== 'pakn')
      return invalidBecause(msg('feedback.onlyPaknPublished'), [
        fieldError('kind', msg('feedback.notForThisKind', { kind: c.kind })),
      ]);
    if (c.status !== 'answered')
      return invalidBecause(msg('feedback.answerBeforePublish'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const publicTitle = input.publicTitle === undefined ? c.publicTitle : nfc(input.publicTitle);
    return ok({
      changes: {
        status: 'published',
        publishedAt: ctx.now,
        closedAt: ctx.now,
        publicTitle,
        publicContent: input.publicContent === undefined ? c.publicContent : nfc(input.publicContent),
        publicAnswer: input.publicAnswer === undefined ? c.publicAnswer : nfc(input.publicAnswer),
        searchText: foldForSearch(`${c.code} ${publicTitle}`),
      },
      apply: (tx) => finishDeadline(tx, c.id, 'publish', ctx.now),
      event: { action: 'published' },
      audit: { action: 'feedback.published', before: { status: c.status }, after: { status: 'published' } },
    });
  });
}
