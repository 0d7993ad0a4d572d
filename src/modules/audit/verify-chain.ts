import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import {
  chainOf,
  contentDigest,
  GENESIS_HASH,
  LEGACY_CHAIN,
  legacyEntryHash,
  linkHash,
} from './chain-hash.js';
import { auditEntries, chainHeads } from './schema.js';

/** Where a chain stops holding: the link (and the entry there, unless it is missing), and why. */
export interface BrokenLink {
  chain: string;
  link: number;
  seq: number | null;
  reason: string;
}

/** One chain's check: entries verified in order, and its head (length and last hash) as recorded. */
export interface ChainCheck {
  chain: string;
  ok: boolean;
  checked: number;
  head: { length: number; hash: string } | null;
  firstBroken?: BrokenLink;
}

export interface ChainReport {
  ok: boolean;
  /** Entries verified intact, over all chains (up to the break in a broken chain). */
  checked: number;
  /** The highest seq among the entries verified intact. */
  lastSeq: number;
  /** The first broken link of the first broken chain (chains in name order). */
  firstBroken?: BrokenLink;
  chains: ChainCheck[];
}

type Row = typeof auditEntries.$inferSelect;

/** A head recorded outside the database (from an earlier report): the chain must still pass through it. */
export interface Anchor {
  chain: string;
  length: number;
  hash: string;
}

/**
 * Walk every chain (or one) in link order and report the first broken link of each (issue 2 §5:
 * `audit verify`; ADR 0014): a missing, altered, inserted or reordered entry, an entry in the wrong
 * chain, or a chain that does not end where its head says.
 */
export async function verifyAuditChain(
  db: Executor,
  options: { chain?: string; batchSize?: number; anchors?: Anchor[] } = {},
): Promise<ChainReport> {
  const anchors = options.anchors ?? [];
  // A chain recorded outside but gone from the database (entries and head removed) is checked too.
  const names = options.chain
    ? [options.chain]
    : [...new Set([...(await chainNames(db)), ...anchors.map((a) => a.chain)])].sort();
  const chains: ChainCheck[] = [];
  let lastSeq = 0;
  for (const chain of names) {
    const anchored = new Map(anchors.filter((a) => a.chain === chain).map((a) => [a.length, a.hash]));
    const check = await verifyChain(db, chain, options.batchSize ?? 5000, anchored);
    chains.push(check.result);
    lastSeq = Math.max(lastSeq, check.lastSeq);
  }
  const firstBroken = chains.find((c) => c.firstBroken)?.firstBroken;
  return {
    ok: firstBroken === undefined,
    checked: chains.reduce((n, c) => n + c.checked, 0),
    lastSeq,
    ...(firstBroken ? { firstBroken } : {}),
    chains,
  };
}

async function chainNames(db: Executor): Promise<string[]> {
  const rows = await db.execute<{ chain: string }>(
    sql`select chain from audit.chain_heads union select distinct chain from audit.entries`,
  );
  return rows.rows.map((r) => r.chain).sort();
}

async function verifyChain(
  db: Executor,
  chain: string,
  batchSize: number,
  anchored: Map<number, string>,
): Promise<{ result: ChainCheck; lastSeq: number }> {
  const [head] = await db.select().from(chainHeads).where(eq(chainHeads.chain, chain));
  const recorded = head ? { length: head.length, hash: head.hash } : null;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  const stop = (link: number, seq: number | null, reason: string) => ({
    result: { chain, ok: false, checked, head: recorded, firstBroken: { chain, link, seq, reason } },
    lastSeq,
  });
  for (;;) {
    const rows = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.chain, chain), gt(auditEntries.link, checked)))
      .orderBy(asc(auditEntries.link))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      const expected = checked + 1;
      if (row.link !== expected) {
        return stop(expected, null, `entry ${expected} of chain ${chain} is missing (next is ${row.link})`);
      }
      const problem = linkProblem(row, prevHash);
      if (problem) return stop(row.link, row.seq, problem);
      const recordedHash = anchored.get(row.link);
      if (recordedHash !== undefined && recordedHash !== row.hash) {
        return stop(
          row.link,
          row.seq,
          'it differs from the head recorded outside the database (the chain was rewritten)',
        );
      }
      prevHash = row.hash;
      checked += 1;
      lastSeq = Math.max(lastSeq, row.seq);
    }
  }
  const beyond = Math.max(0, ...anchored.keys());
  if (beyond > checked) {
    return stop(
      checked + 1,
      null,
      `the chain ends at ${checked}, before its head recorded outside the database at ${beyond}`,
    );
  }
  const headProblem = compareHead(recorded, checked, prevHash);
  if (headProblem) return stop(headProblem.link, null, headProblem.reason);
  return { result: { chain, ok: true, checked, head: recorded }, lastSeq };
}

/** Why an entry does not hold its place after `prevHash`, or undefined when it does. */
function linkProblem(row: Row, prevHash: string): string | undefined {
  if (row.prevHash !== prevHash) return 'its previous-hash does not match the entry before it';
  const legacy = row.chain === LEGACY_CHAIN;
  if (!legacy && chainOf(row.provinceCode) !== row.chain) {
    return `it belongs to chain ${chainOf(row.provinceCode)}, not ${row.chain} (the entry was moved or altered)`;
  }
  const hash = legacy
    ? row.link === row.seq
      ? legacyEntryHash(row)
      : undefined
    : linkHash(prevHash, row.chain, row.link, row.seq, contentDigest(row));
  if (hash !== row.hash) return 'its content does not match its hash (the entry was altered)';
  return undefined;
}

/** The walked chain must end exactly where its head says: same length, same last hash. */
function compareHead(
  head: { length: number; hash: string } | null,
  length: number,
  lastHash: string,
): { link: number; reason: string } | undefined {
  if (!head) {
    return length === 0
      ? undefined
      : { link: length, reason: 'the chain has no head (its head row was removed)' };
  }
  if (head.length > length) {
    return {
      link: length + 1,
      reason: `chain head mismatch: the head records ${head.length} entries, the chain ends at ${length} (entries removed from its end)`,
    };
  }
  if (head.length < length) {
    return {
      link: head.length + 1,
      reason: `chain head mismatch: the head records ${head.length} entries, the chain has ${length} (entries added behind the head)`,
    };
  }
  if (head.hash !== lastHash) {
    return { link: length, reason: 'chain head mismatch: the last entry is not the one the head records' };
  }
  return undefined;
}
