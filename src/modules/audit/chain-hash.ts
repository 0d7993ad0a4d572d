import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry that its hash covers (everything but the hash itself). */
export interface HashedEntry {
  seq: number;
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
  prevHash: string;
}

export function entryHash(entry: HashedEntry): string {
  const content = canonicalJson({ ...entry, at: entry.at.toISOString() });
  return createHash('sha256').update(entry.prevHash).update('\n').update(content).digest('hex');
}
