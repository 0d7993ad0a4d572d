import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import forge from 'node-forge';
import type { Executor } from '../database/connection.js';
import { formatDay } from '../formats.js';
import { newId } from '../ids.js';
import { type Certificate, certificateColumns, certificatePem, parseCertificate } from './certificates.js';
import { type KeyEncryptionKey, seal } from './key-encryption-key.js';
import { revokeSigner, type SignerView, view } from './key-store.js';
import { type SignerKind, signers } from './schema.js';

/**
 * A certificate and key issued by an outside CA (the Government specialised CA, Decree 68/2024; a licensed public
 * CA, Decree 23/2025), imported from the PKCS#12 file the CA or its token tool exports (issue 19 §1a). node-forge
 * reads PKCS#12 because it knows the legacy 3DES/RC2 bag encryption many CA tools still write, which pkijs and
 * Node do not; everything after the import uses Node's crypto and pkijs (ADR 0019).
 */
export interface ImportPkcs12Input {
  signerId: string;
  kind: SignerKind;
  provinceCode: string | null;
  pkcs12: Buffer;
  password: string;
}

/** Why a PKCS#12 file cannot be used: a stable code the signatures module tells in the reader's language. */
export type Pkcs12Refusal =
  | 'non_ascii_password'
  | 'wrong_password'
  | 'not_pkcs12'
  | 'key_count'
  | 'no_matching_certificate'
  | 'certificate_expired'
  | 'not_yet_valid'
  | 'not_for_signatures'
  | 'ca_certificate';

/** A PKCS#12 file that cannot be used: the message is English for logs and the CLI, `reason` for a person. */
export class Pkcs12Error extends Error {
  constructor(
    message: string,
    readonly reason: Pkcs12Refusal,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Pkcs12Error';
  }
}

interface Parsed {
  privateKey: KeyObject;
  certificate: Certificate;
  chain: Certificate[];
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, type: string): forge.pkcs12.Bag[] {
  return p12.getBags({ bagType: type })[type] ?? [];
}

/** Read the file: its one private key, the certificate with that key, and the chain from the other certificates. */
export function parsePkcs12(file: Buffer, password: string): Parsed {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn = forge.asn1.fromDer(forge.util.createBuffer(file.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // node-forge derives PBES2 keys from the password's UTF-16 code units, OpenSSL from its UTF-8 bytes: the two
    // agree only on ASCII, so a file locked with another password cannot be read here (ADR 0019).
    if (/[^\x20-\x7e]/.test(password))
      throw new Pkcs12Error(
        'the password has non-ASCII characters: export the file again with an ASCII password',
        'non_ascii_password',
      );
    if (/mac|password|decrypt/i.test(message)) throw new Pkcs12Error('wrong password', 'wrong_password');
    throw new Pkcs12Error(`not a PKCS#12 file (${message})`, 'not_pkcs12');
  }
  const keys = [
    ...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag!),
    ...bagsOf(p12, forge.pki.oids.keyBag!),
  ].flatMap((bag) => (bag.key ? [bag.key] : []));
  if (keys.length !== 1)
    throw new Pkcs12Error(`the file holds ${keys.length} private keys, not one`, 'key_count', {
      count: String(keys.length),
    });
  const pkcs8 = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keys[0]!));
  const privateKey = createPrivateKey({
    key: Buffer.from(forge.asn1.toDer(pkcs8).getBytes(), 'binary'),
    format: 'der',
    type: 'pkcs8',
  });
  const certificates = bagsOf(p12, forge.pki.oids.certBag!).flatMap((bag) =>
    bag.cert ? [parseCertificate(forge.pki.certificateToPem(bag.cert))] : [],
  );
  const publicDer = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const certificate = certificates.find((c) => Buffer.from(c.publicKey.rawData).equals(publicDer));
  if (!certificate)
    throw new Pkcs12Error('no certificate in the file matches its private key', 'no_matching_certificate');
  return { privateKey, certificate, chain: orderChain(certificate, certificates) };
}

/** The issuers of `leaf`, in order upwards, from the certificates given (by name; signatures are checked on use). */
function orderChain(leaf: Certificate, certificates: Certificate[]): Certificate[] {
  const chain: Certificate[] = [];
  let current = leaf;
  while (current.issuer !== current.subject && chain.length < 8) {
    const issuer = certificates.find((c) => c.subject === current.issuer && !chain.includes(c) && c !== leaf);
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

/** A certificate fit for document signatures (RFC 5280 §4.2.1.3: digitalSignature or nonRepudiation; not a CA). */
function unfitReason(certificate: Certificate, now: Date): Pkcs12Error | undefined {
  if (certificate.notAfter < now) {
    const date = formatDay(certificate.notAfter.toISOString().slice(0, 10));
    return new Pkcs12Error(`the certificate expired on ${date}`, 'certificate_expired', { date });
  }
  if (certificate.notBefore > now)
    return new Pkcs12Error('the certificate is not valid yet', 'not_yet_valid');
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  const signs = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation;
  if (usage && (usage.usages & signs) === 0)
    return new Pkcs12Error('the certificate is not for signatures (key usage)', 'not_for_signatures');
  if (certificate.getExtension(x509.BasicConstraintsExtension)?.ca)
    return new Pkcs12Error('the certificate is a CA certificate', 'ca_certificate');
  return undefined;
}

/**
 * Make an imported certificate and key the signer's key in force, withdrawing the one before (documents signed
 * with it stay verifiable). The private key is sealed under the key-encryption key like every other (ADR 0007).
 */
export async function importPkcs12Signer(
  db: Executor,
  kek: KeyEncryptionKey,
  input: ImportPkcs12Input,
  now = new Date(),
): Promise<{ signer: SignerView; replaced?: SignerView }> {
  const parsed = parsePkcs12(input.pkcs12, input.password);
  const unfit = unfitReason(parsed.certificate, now);
  if (unfit) throw unfit;
  const replaced = await revokeSigner(db, input.signerId, now);
  const id = newId();
  const [row] = await db
    .insert(signers)
    .values({
      id,
      signerId: input.signerId,
      kind: input.kind,
      provinceCode: input.provinceCode,
      source: 'pkcs12',
      ...certificateColumns(parsed.certificate),
      chainPem: parsed.chain.map(certificatePem).join(''),
      encryptedKey: seal(kek, parsed.privateKey.export({ type: 'pkcs8', format: 'der' }), `signer:${id}`),
      kekId: kek.id,
      createdAt: now,
    })
    .returning();
  return { signer: view(row!), ...(replaced ? { replaced } : {}) };
}
