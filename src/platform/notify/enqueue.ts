import { eq } from 'drizzle-orm';
import type { Executor } from '../database/connection.js';
import { newId } from '../ids.js';
import { invalid, ok, type Result } from '../result.js';
import { nfc } from '../text.js';
import { normalizeEmail, normalizeVietnamesePhone } from './recipients.js';
import { type Channel, outbox } from './schema.js';

export interface NotificationInput {
  channel: Channel;
  /** An email address, or a Vietnamese mobile number in any usual form (stored as +84…). */
  to: string;
  /** Required for email; ignored for SMS. */
  subject?: string;
  body: string;
  /** What the notice is about, e.g. `dossier.supplement_requested`. */
  topic: string;
  provinceCode?: string | null;
  entityId?: string | null;
  /** The same key enqueued twice is sent once, e.g. `dossier:<id>:supplement:1:sms`. */
  dedupeKey?: string;
}

const MAX_BODY = { email: 100_000, sms: 1_000 } as const;

/**
 * Write a notice into the outbox in the caller's transaction (ADR 0008). It is sent by the `notify-deliver` job
 * after commit, and only if the transaction commits — RULES.md §1.1: the officer "sends one notice … by email or
 * SMS"; the applicant is "notified by email, SMS …" of a new due date.
 */
export async function enqueueNotification(
  tx: Executor,
  input: NotificationInput,
  now = new Date(),
): Promise<Result<{ id: string; duplicate: boolean }>> {
  const recipient = input.channel === 'email' ? normalizeEmail(input.to) : normalizeVietnamesePhone(input.to);
  if (!recipient) {
    return invalid(
      input.channel === 'email' ? 'Not an email address.' : 'Not a Vietnamese mobile number (0912 345 678).',
      [{ field: 'to', message: 'invalid recipient' }],
    );
  }
  const body = nfc(input.body);
  if (body === '' || body.length > MAX_BODY[input.channel]) {
    return invalid(`A ${input.channel} notice has 1 to ${MAX_BODY[input.channel]} characters.`, [
      { field: 'body', message: 'invalid length' },
    ]);
  }
  const subject = input.channel === 'email' ? nfc(input.subject ?? '') : null;
  if (subject === '')
    return invalid('An email notice needs a subject.', [{ field: 'subject', message: 'required' }]);
  const id = newId();
  const inserted = await tx
    .insert(outbox)
    .values({
      id,
      provinceCode: input.provinceCode ?? null,
      channel: input.channel,
      recipient,
      subject,
      body,
      topic: input.topic,
      entityId: input.entityId ?? null,
      dedupeKey: input.dedupeKey ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  if (inserted[0]) return ok({ id, duplicate: false });
  const [existing] = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(eq(outbox.dedupeKey, input.dedupeKey ?? ''));
  return ok({ id: existing?.id ?? id, duplicate: true });
}
