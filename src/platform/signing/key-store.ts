import type { KeyObject } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../database/connection.js';
import { newId } from '../ids.js';
import { nfc } from '../text.js';
import {
  type Certificate,
  certificatePem,
  createRootCertificate,
  fromPkcs8,
  generateKeyPair,
  issueSignerCertificate,
  parseCertificate,
  type SubjectInput,
  serialOf,
} from './certificates.js';
import { type KeyEncryptionKey, seal, unseal } from './key-encryption-key.js';
import { authorities, type KeySource, type SignerKind, signers } from './schema.js';

export const INSTALLATION_AUTHORITY = 'installation';

export interface Authority {
  certificate: Certificate;
  certificatePem: string;
  privateKey: KeyObject;
}

/** Public facts about a signer's key, for views and audit entries (never the key itself). */
export interface SignerView {
  id: string;
  signerId: string;
  kind: SignerKind;
  provinceCode: string | null;
  /** Where the key is kept; `installation` is for demos only (issue 19 §1c). */
  source: KeySource;
  commonName: string;
  organization: string | null;
  title: string | null;
  /** The certificate's issuer, as a verifier shows it. */
  issuer: string;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  certificatePem: string;
}

const pem = certificatePem;
const parse = parseCertificate;
const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });

/**
 * The installation's root, generated on first use. Two instances racing both generate; the first insert wins
 * and both read the winner back, so every signer chains to one root.
 */
export async function ensureAuthority(
  db: Executor,
  kek: KeyEncryptionKey,
  now = new Date(),
): Promise<Authority> {
  const existing = await loadAuthority(db, kek);
  if (existing) return existing;
  const keys = generateKeyPair(3072);
  const certificate = await createRootCertificate(
    keys,
    now,
    'tinhso installation CA (replace in production)',
  );
  await db
    .insert(authorities)
    .values({
      id: INSTALLATION_AUTHORITY,
      certificatePem: pem(certificate),
      encryptedKey: seal(kek, pkcs8(keys.privateKey), `authority:${INSTALLATION_AUTHORITY}`),
      kekId: kek.id,
      notAfter: certificate.notAfter,
      createdAt: now,
    })
    .onConflictDoNothing();
  const stored = await loadAuthority(db, kek);
  if (!stored) throw new Error('the installation authority vanished after insert');
  return stored;
}

export async function loadAuthority(db: Executor, kek: KeyEncryptionKey): Promise<Authority | undefined> {
  const [row] = await db.select().from(authorities).where(eq(authorities.id, INSTALLATION_AUTHORITY));
  if (!row) return undefined;
  return {
    certificate: parse(row.certificatePem),
    certificatePem: row.certificatePem,
    privateKey: fromPkcs8(unseal(kek, row.encryptedKey, `authority:${row.id}`, row.kekId)),
  };
}

/** The installation root's certificate (PEM), for verifiers to trust; undefined before the first signer. */
export async function authorityCertificate(db: Executor): Promise<string | undefined> {
  const [row] = await db
    .select({ pem: authorities.certificatePem })
    .from(authorities)
    .where(eq(authorities.id, INSTALLATION_AUTHORITY));
  return row?.pem;
}

export interface EnrolInput extends SubjectInput {
  /** The official's user id or the agency's id. */
  signerId: string;
  kind: SignerKind;
  provinceCode: string | null;
}

export function view(row: typeof signers.$inferSelect): SignerView {
  return {
    id: row.id,
    signerId: row.signerId,
    kind: row.kind,
    provinceCode: row.provinceCode,
    source: row.source,
    commonName: row.commonName,
    organization: row.organization,
    title: row.title,
    issuer: parse(row.certificatePem).issuer,
    serial: row.serial,
    notBefore: row.notBefore,
    notAfter: row.notAfter,
    certificatePem: row.certificatePem,
  };
}

export async function activeRow(db: Executor, signerId: string) {
  const [row] = await db
    .select()
    .from(signers)
    .where(and(eq(signers.signerId, signerId), isNull(signers.revokedAt)));
  return row;
}

const normalised = (input: SubjectInput) => ({
  commonName: nfc(input.commonName),
  organization: input.organization ? nfc(input.organization) : null,
  title: input.title ? nfc(input.title) : null,
  province: input.province ? nfc(input.province) : null,
});

/**
 * Give a signer (an official or an agency) a key pair and a certificate from the installation root; a signer that
 * already has one in force keeps it — unless it is an installation certificate naming another agency or title
 * than the signer holds now: the certificate says who signs (issue 19 §3), so it is withdrawn and a new one is
 * issued. Imported and token keys are never replaced here (their certificate is the outside CA's). The private
 * key is stored only encrypted (issue 6 §4).
 */
export async function enrolSigner(
  db: Executor,
  kek: KeyEncryptionKey,
  input: EnrolInput,
  now = new Date(),
): Promise<{ signer: SignerView; created: boolean; replaced?: SignerView }> {
  const subject = normalised(input);
  const existing = await activeRow(db, input.signerId);
  if (existing && (existing.source !== 'installation' || sameSubject(existing, subject)))
    return { signer: view(existing), created: false };
  const replaced = existing ? await revokeSigner(db, input.signerId, now) : undefined;
  const issued = await issueFromInstallation(db, kek, input, subject, now);
  return replaced ? { ...issued, replaced } : issued;
}

function sameSubject(row: typeof signers.$inferSelect, subject: ReturnType<typeof normalised>): boolean {
  return (
    row.commonName === subject.commonName &&
    (row.organization ?? null) === subject.organization &&
    (row.title ?? null) === subject.title
  );
}

async function issueFromInstallation(
  db: Executor,
  kek: KeyEncryptionKey,
  input: EnrolInput,
  subject: ReturnType<typeof normalised>,
  now: Date,
): Promise<{ signer: SignerView; created: boolean }> {
  const authority = await ensureAuthority(db, kek, now);
  const keys = generateKeyPair(2048);
  const certificate = await issueSignerCertificate(authority, keys.publicKey, subject, now);
  const id = newId();
  const inserted = await db
    .insert(signers)
    .values({
      id,
      signerId: input.signerId,
      kind: input.kind,
      provinceCode: input.provinceCode,
      commonName: subject.commonName,
      organization: subject.organization,
      title: subject.title,
      source: 'installation',
      certificatePem: pem(certificate),
      serial: serialOf(certificate),
      authorityId: INSTALLATION_AUTHORITY,
      encryptedKey: seal(kek, pkcs8(keys.privateKey), `signer:${id}`),
      kekId: kek.id,
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) return { signer: view(inserted[0]), created: true };
  // A concurrent enrolment of the same signer won the partial unique index: use its key.
  const winner = await activeRow(db, input.signerId);
  if (!winner) throw new Error(`signer ${input.signerId} vanished after a conflicting enrolment`);
  return { signer: view(winner), created: false };
}

/** Withdraw a signer's key (a new official in the post, a compromised key); the next enrolment issues a new one. */
export async function revokeSigner(
  db: Executor,
  signerId: string,
  now = new Date(),
): Promise<SignerView | undefined> {
  const [row] = await db
    .update(signers)
    .set({ revokedAt: now })
    .where(and(eq(signers.signerId, signerId), isNull(signers.revokedAt)))
    .returning();
  return row ? view(row) : undefined;
}

/** Every signer with a key in force, by name. */
export async function listSigners(db: Executor): Promise<SignerView[]> {
  const rows = await db
    .select()
    .from(signers)
    .where(isNull(signers.revokedAt))
    .orderBy(asc(signers.commonName));
  return rows.map(view);
}

export async function findSigner(db: Executor, signerId: string): Promise<SignerView | undefined> {
  const row = await activeRow(db, signerId);
  return row ? view(row) : undefined;
}
