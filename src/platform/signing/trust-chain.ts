import type { Certificate } from './certificates.js';

/**
 * Where a signer's certificate leads (RFC 5280 §6 path validation, simplified to what a document verifier needs):
 * - `trusted`: it chains, signature by signature, to a trust anchor the administrator installed;
 * - `untrusted`: it chains to a root that is not among the trust anchors;
 * - `incomplete`: an issuer on the way is neither in the signature nor among the anchors;
 * - `expired` / `not_yet_valid`: the chain reaches an anchor but a certificate on it was not valid at the time
 *   asked (the signing time when a timestamp proves it, Decree 23/2025 art. 3(3)).
 */
export const CHAIN_STATUSES = ['trusted', 'untrusted', 'incomplete', 'expired', 'not_yet_valid'] as const;
export type ChainStatus = (typeof CHAIN_STATUSES)[number];

const MAX_DEPTH = 8;

async function issued(issuer: Certificate, subject: Certificate): Promise<boolean> {
  if (issuer.subject !== subject.issuer) return false;
  try {
    return await subject.verify({ publicKey: issuer, signatureOnly: true });
  } catch {
    return false;
  }
}

const same = (a: Certificate, b: Certificate) => Buffer.from(a.rawData).equals(Buffer.from(b.rawData));

/** The path from `leaf` upwards, using `pool` (the certificates in the signature) and `anchors`. */
export async function checkChain(
  leaf: Certificate,
  pool: Certificate[],
  anchors: Certificate[],
  at: Date,
): Promise<{ status: ChainStatus; path: Certificate[] }> {
  const path = [leaf];
  let current = leaf;
  let anchored = anchors.some((a) => same(a, leaf));
  for (let depth = 0; !anchored && depth < MAX_DEPTH; depth++) {
    const anchor = await findAsync(anchors, (a) => issued(a, current));
    if (anchor) {
      path.push(anchor);
      anchored = true;
      break;
    }
    if (await issued(current, current)) return { status: 'untrusted', path };
    const next = await findAsync(pool, (c) =>
      issued(c, current).then((ok) => ok && !path.some((p) => same(p, c))),
    );
    if (!next) return { status: 'incomplete', path };
    path.push(next);
    current = next;
  }
  if (!anchored) return { status: 'incomplete', path };
  if (path.some((c) => c.notAfter < at)) return { status: 'expired', path };
  if (path.some((c) => c.notBefore > at)) return { status: 'not_yet_valid', path };
  return { status: 'trusted', path };
}

async function findAsync<T>(items: T[], test: (item: T) => Promise<boolean>): Promise<T | undefined> {
  for (const item of items) if (await test(item)) return item;
  return undefined;
}
