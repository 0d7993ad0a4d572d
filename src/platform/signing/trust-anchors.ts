import { createHash } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../database/connection.js';
import { formatDay } from '../formats.js';
import { newId } from '../ids.js';
import { nfc } from '../text.js';
import { type Certificate, certificatePem, parseCertificate } from './certificates.js';
import { trustAnchors } from './schema.js';

/** A trust anchor as an administrator sees it (issue 19 §4). */
export interface TrustAnchorView {
  id: string;
  name: string;
  subject: string;
  fingerprint: string;
  notAfter: Date;
  createdAt: Date;
}

/** Why a certificate cannot be a trust anchor: a stable code the signatures module tells in the reader's language. */
export type TrustAnchorRefusal = 'not_certificate' | 'not_ca' | 'expired';

/** A certificate refused as a trust anchor: the message is English for logs, `reason` for a person. */
export class TrustAnchorError extends Error {
  constructor(
    message: string,
    readonly reason: TrustAnchorRefusal,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'TrustAnchorError';
  }
}

const fingerprintOf = (cert: Certificate) =>
  createHash('sha256').update(Buffer.from(cert.rawData)).digest('hex');

const toView = (row: typeof trustAnchors.$inferSelect): TrustAnchorView => ({
  id: row.id,
  name: row.name,
  subject: row.subject,
  fingerprint: row.fingerprint,
  notAfter: row.notAfter,
  createdAt: row.createdAt,
});

/** Read one certificate from PEM or DER (a CA publishes its root as either). */
export function readAnchorCertificate(file: Buffer): Certificate {
  try {
    const text = file.toString('latin1');
    return parseCertificate(text.includes('-----BEGIN CERTIFICATE-----') ? text : file);
  } catch {
    throw new TrustAnchorError('not an X.509 certificate (PEM or DER)', 'not_certificate');
  }
}

/**
 * Install a CA certificate as a trust anchor. It must be a CA (basicConstraints cA, RFC 5280 §4.2.1.9) and not
 * expired; installing the same certificate twice returns the one in force.
 */
export async function installTrustAnchor(
  db: Executor,
  input: { name?: string; certificate: Buffer },
  now = new Date(),
): Promise<{ anchor: TrustAnchorView; created: boolean }> {
  const cert = readAnchorCertificate(input.certificate);
  if (!cert.getExtension(x509.BasicConstraintsExtension)?.ca)
    throw new TrustAnchorError('the certificate is not a CA certificate (basicConstraints cA)', 'not_ca');
  if (cert.notAfter < now)
    throw new TrustAnchorError(`the certificate expired on ${cert.notAfter.toISOString()}`, 'expired', {
      date: formatDay(cert.notAfter.toISOString().slice(0, 10)),
    });
  const fingerprint = fingerprintOf(cert);
  const [inserted] = await db
    .insert(trustAnchors)
    .values({
      id: newId(),
      name: nfc(input.name?.trim() || cert.subjectName.getField('CN')[0] || cert.subject),
      certificatePem: certificatePem(cert),
      fingerprint,
      subject: cert.subject,
      notAfter: cert.notAfter,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { anchor: toView(inserted), created: true };
  const [existing] = await db
    .select()
    .from(trustAnchors)
    .where(and(eq(trustAnchors.fingerprint, fingerprint), isNull(trustAnchors.removedAt)));
  return { anchor: toView(existing!), created: false };
}

export async function listTrustAnchors(db: Executor): Promise<TrustAnchorView[]> {
  const rows = await db
    .select()
    .from(trustAnchors)
    .where(isNull(trustAnchors.removedAt))
    .orderBy(asc(trustAnchors.createdAt));
  return rows.map(toView);
}

/** The anchors in force, as PEM, for verification. */
export async function trustAnchorPems(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ pem: trustAnchors.certificatePem })
    .from(trustAnchors)
    .where(isNull(trustAnchors.removedAt));
  return rows.map((r) => r.pem);
}

export async function removeTrustAnchor(
  db: Executor,
  id: string,
  now = new Date(),
): Promise<TrustAnchorView | undefined> {
  const [row] = await db
    .update(trustAnchors)
    .set({ removedAt: now })
    .where(and(eq(trustAnchors.id, id), isNull(trustAnchors.removedAt)))
    .returning();
  return row ? toView(row) : undefined;
}
