import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database/connection.js';
import type { Logger } from '../logging.js';
import { type Channel, outbox } from './schema.js';
import type { Transport } from './transports.js';

/** How long a claimed notice is reserved for its sender; after that (a crash mid-send) another run retries it. */
export const LEASE_MS = 5 * 60_000;
/** Retries: 1, 2, 4 … minutes, at most 6 hours apart; after the 10th failed attempt the notice is `failed`. */
export const MAX_ATTEMPTS = 10;
const BASE_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

export type Transports = Partial<Record<Channel, Transport>>;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

type Claimed = {
  id: string;
  channel: Channel;
  recipient: string;
  subject: string | null;
  body: string;
  attempts: number;
};

/**
 * Claim due notices of the enabled channels: FOR UPDATE SKIP LOCKED, so concurrent runs take different rows, and
 * a lease (next_attempt_at moved ahead) so no other run takes them while they are being sent.
 */
export async function claimDue(
  db: Executor,
  channels: Channel[],
  now: Date,
  limit: number,
): Promise<Claimed[]> {
  if (channels.length === 0) return [];
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const result = await db.execute<Claimed>(sql`
    update notify.outbox o set attempts = o.attempts + 1, next_attempt_at = ${leaseUntil}
    where o.id in (
      select id from notify.outbox
      where status = 'pending' and next_attempt_at <= ${now}
        and channel in (${sql.join(
          channels.map((c) => sql`${c}`),
          sql`, `,
        )})
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    returning o.id, o.channel, o.recipient, o.subject, o.body, o.attempts`);
  return result.rows;
}

/**
 * Send what is due, once: claim (a short transaction), send each outside any transaction, record the outcome.
 * A crash after sending but before recording sends that one notice again after the lease — at least once, and
 * the email's Message-ID (the outbox id) lets receivers drop the duplicate.
 */
export async function deliverDue(
  db: Executor,
  transports: Transports,
  options: { now?: () => Date; batchSize?: number; maxBatches?: number; log?: Logger } = {},
): Promise<DeliveryReport> {
  const clock = options.now ?? (() => new Date());
  const channels = (Object.keys(transports) as Channel[]).filter((c) => transports[c]);
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch++) {
    const claimed = await claimDue(db, channels, clock(), options.batchSize ?? 50);
    for (const message of claimed) {
      const transport = transports[message.channel]!;
      const outcome = await transport.send(message);
      const at = clock();
      if (outcome.ok) {
        report.sent++;
        await db
          .update(outbox)
          .set({ status: 'sent', sentAt: at, providerId: outcome.providerId, lastError: null })
          .where(and(eq(outbox.id, message.id), eq(outbox.status, 'pending')));
        continue;
      }
      const giveUp = outcome.permanent || message.attempts >= MAX_ATTEMPTS;
      if (giveUp) report.failed++;
      else report.retrying++;
      options.log?.warn(
        {
          notice: message.id,
          channel: message.channel,
          attempts: message.attempts,
          permanent: outcome.permanent,
        },
        `notice not delivered: ${outcome.error}`,
      );
      await db
        .update(outbox)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lastError: outcome.error,
          nextAttemptAt: new Date(at.getTime() + backoffMs(message.attempts)),
        })
        .where(and(eq(outbox.id, message.id), eq(outbox.status, 'pending')));
    }
    if (claimed.length < (options.batchSize ?? 50)) break;
  }
  return report;
}

/** Counts per channel and status, for the system page and support. */
export async function outboxStats(
  db: Executor,
): Promise<Array<{ channel: Channel; status: string; count: number }>> {
  const result = await db.execute<{ channel: Channel; status: string; count: string }>(
    sql`select channel, status, count(*) as count from notify.outbox group by channel, status order by 1, 2`,
  );
  return result.rows.map((r) => ({ ...r, count: Number(r.count) }));
}
