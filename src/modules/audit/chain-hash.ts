import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Entries of national scope (no province) have their own chain (ADR 0014). */
export const NATIONAL_CHAIN = 'VN';
/** The single chain written before ADR 0014, closed: it keeps its entries and their hash formula. */
export const LEGACY_CHAIN = 'legacy';

/** The chain an entry belongs to: its province's, or the national one. */
export function chainOf(provinceCode: string | null | undefined): string {
  return provinceCode && provinceCode !== NATIONAL_CHAIN ? provinceCode : NATIONAL_CHAIN;
}

/** What an entry says happened: every field but its place in the chain (chain, link, seq, hashes). */
export interface EntryContent {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  provinceCode: string | null;
  requestId: string;
  before: unknown;
  after: unknown;
}

/** The fields of EntryContent both hash formulas cover (with `at` as an ISO instant). */
const CONTENT_FIELDS = [
  'id',
  'actorId',
  'actorLabel',
  'action',
  'entityType',
  'entityId',
  'provinceCode',
  'requestId',
  'before',
  'after',
] as const;

/** Exactly the content fields, so extra columns of a row read back (chain, link, hash) never leak in. */
function contentOf(entry: EntryContent): Record<string, unknown> {
  const out: Record<string, unknown> = { at: entry.at.toISOString() };
  for (const field of CONTENT_FIELDS) out[field] = entry[field];
  return out;
}

/** SHA-256 of an entry's canonical content and its chain, computed before the entry has a place. */
export function contentDigest(entry: EntryContent & { chain: string }): string {
  const content = canonicalJson({ ...contentOf(entry), chain: entry.chain });
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The link of an entry to the one before it, as `audit.append` computes it in the database
 * (drizzle/0014_audit_chains.sql): SHA-256 over the previous hash, the entry's place and its digest.
 */
export function linkHash(prevHash: string, chain: string, link: number, seq: number, digest: string): string {
  return createHash('sha256')
    .update(`${prevHash}\n${chain}\n${link}\n${seq}\n${digest}`, 'utf8')
    .digest('hex');
}

/** The fields the legacy chain's hash covers (everything but the hash itself). */
export interface LegacyEntry extends EntryContent {
  seq: number;
  prevHash: string;
}

/** The hash of an entry of the legacy chain: SHA-256(prev hash, canonical JSON of the entry). */
export function legacyEntryHash(entry: LegacyEntry): string {
  const content = canonicalJson({ ...contentOf(entry), seq: entry.seq, prevHash: entry.prevHash });
  return createHash('sha256').update(entry.prevHash).update('\n').update(content).digest('hex');
}
