/**
 * Notices to citizens and officials by email and SMS through an outbox (ADR 0008): written in the caller's
 * transaction with `enqueueNotification(tx, …)`, sent after commit by the `notify-deliver` job, retried with
 * backoff, each once.
 */
export {
  backoffMs,
  claimDue,
  type DeliveryReport,
  deliverDue,
  LEASE_MS,
  MAX_ATTEMPTS,
  outboxStats,
  type Transports,
} from './deliver.js';
export { enqueueNotification, type NotificationInput } from './enqueue.js';
export { notifyModule, transportsFor } from './module.js';
export { normalizeEmail, normalizeVietnamesePhone, withoutDiacritics } from './recipients.js';
export { CHANNELS, type Channel, OUTBOX_STATUSES, type OutboxStatus } from './schema.js';
export {
  emailTransport,
  fillTemplate,
  type OutgoingMessage,
  type SendOutcome,
  smsTransport,
  type Transport,
} from './transports.js';
