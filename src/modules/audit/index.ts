/** The audit module's public API: record a state change in the caller's transaction, verify the chains. */
import './messages.js';

export { chainOf } from './chain-hash.js';
export { type AuditEntry, listAuditEntries } from './list-entries.js';
export { auditModule } from './module.js';
export { type AuditEvent, recordAudit, recordAuditMany } from './record-entry.js';
export { auditRoutes } from './routes.js';
export {
  type Anchor,
  type BrokenLink,
  type ChainCheck,
  type ChainReport,
  verifyAuditChain,
} from './verify-chain.js';
