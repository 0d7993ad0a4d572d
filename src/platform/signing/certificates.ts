import { createPrivateKey, generateKeyPairSync, type KeyObject, randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { nfc } from '../text.js';

/**
 * Certificates with @peculiar/x509 (issue 19 §5: libraries, not hand-written ASN.1), on Node's WebCrypto. Keys are
 * RSA with PKCS#1 v1.5 and SHA-256, which every verifier of PAdES (pdfsig, Adobe, the Government CA's tools) reads.
 */
x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export type Certificate = x509.X509Certificate;
export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** A fresh RSA key pair (RSA-2048 for signers, RSA-3072 for the root: NIST SP 800-57 strength to 2030 and beyond). */
export function generateKeyPair(bits: 2048 | 3072): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001 });
}

const subtle = webcrypto.subtle as unknown as SubtleCrypto;

/** A Node key as a WebCrypto key for signing certificates (RSASSA-PKCS1-v1_5, SHA-256). */
export async function signingCryptoKey(key: KeyObject): Promise<CryptoKey> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  return subtle.importKey('pkcs8', der, RSA_SHA256, false, ['sign']);
}

async function publicCryptoKey(key: KeyObject): Promise<CryptoKey> {
  const der = key.export({ type: 'spki', format: 'der' });
  return subtle.importKey('spki', der, RSA_SHA256, true, ['verify']);
}

export interface SubjectInput {
  commonName: string;
  /** The agency (cơ quan) the signer serves in, at signing time (issue 19 §3). */
  organization?: string | null;
  /** The official's title (chức vụ), e.g. "Phó Giám đốc" (X.520 title, 2.5.4.12). */
  title?: string | null;
  /** Tỉnh/thành phố (stateOrProvinceName), e.g. "Cao Bằng". */
  province?: string | null;
}

/** C=VN, ST, O, T, CN (RFC 5280 §4.1.2.6); x509 writes non-ASCII values as UTF8String. */
export function distinguishedName(subject: SubjectInput): x509.JsonName {
  const name: x509.JsonName = [{ C: ['VN'] }];
  if (subject.province) name.push({ ST: [subject.province] });
  if (subject.organization) name.push({ O: [subject.organization] });
  if (subject.title) name.push({ T: [subject.title] });
  name.push({ CN: [subject.commonName] });
  return name;
}

/** A positive 128-bit serial number in hex (RFC 5280 §4.1.2.2: unique, at most 20 octets). */
export function newSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  if (bytes[0] === 0) bytes[0] = 0x01;
  return bytes.toString('hex');
}

const years = (from: Date, n: number) => {
  const to = new Date(from);
  to.setUTCFullYear(to.getUTCFullYear() + n);
  return to;
};

/**
 * The installation's self-signed root (RFC 5280 §4.2.1.9 basicConstraints cA, §4.2.1.3 keyCertSign). It is a
 * stand-in for demos: production signers use an imported certificate or a token (ADR 0019).
 */
export async function createRootCertificate(
  keys: { privateKey: KeyObject; publicKey: KeyObject },
  now: Date,
  name: string,
): Promise<Certificate> {
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: newSerial(),
    name: [{ C: ['VN'] }, { O: ['tinhso'] }, { CN: [name] }],
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: years(now, 20),
    signingAlgorithm: RSA_SHA256,
    keys: {
      privateKey: await signingCryptoKey(keys.privateKey),
      publicKey: await publicCryptoKey(keys.publicKey),
    },
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(await publicCryptoKey(keys.publicKey)),
    ],
  });
}

/** A signer's certificate: digitalSignature + nonRepudiation (contentCommitment), for document signatures. */
export async function issueSignerCertificate(
  authority: { certificate: Certificate; privateKey: KeyObject },
  publicKey: KeyObject,
  subject: SubjectInput,
  now: Date,
  validYears = 3,
): Promise<Certificate> {
  const notAfter = years(now, validYears);
  const key = await publicCryptoKey(publicKey);
  return x509.X509CertificateGenerator.create({
    serialNumber: newSerial(),
    subject: distinguishedName(subject),
    // The issuer's name byte for byte as in its own certificate (RFC 5280 §7.1 name chaining).
    issuer: authority.certificate.subjectName,
    notBefore: new Date(now.getTime() - 60_000),
    // Never beyond the issuer's own validity (RFC 5280 §6.1.3: each certificate in the path must be valid).
    notAfter: new Date(Math.min(notAfter.getTime(), authority.certificate.notAfter.getTime())),
    signingAlgorithm: RSA_SHA256,
    publicKey: key,
    signingKey: await signingCryptoKey(authority.privateKey),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(key),
      await x509.AuthorityKeyIdentifierExtension.create(authority.certificate),
    ],
  });
}

export const parseCertificate = (pemOrDer: string | Buffer | ArrayBuffer): Certificate =>
  new x509.X509Certificate(pemOrDer as string);
export const certificatePem = (cert: Certificate): string => `${cert.toString('pem')}\n`;
export const certificateDer = (cert: Certificate): Buffer => Buffer.from(cert.rawData);
/** The certificate's serial number, lower-case hex without leading zero octets. */
export const serialOf = (cert: Certificate): string =>
  cert.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, '');

/** One field of a certificate's subject (CN, O, T …), decoded. */
export function subjectField(cert: Certificate, field: string): string {
  return cert.subjectName.getField(field)[0] ?? '';
}

/** The common name of a certificate's subject, decoded from UTF-8. */
export const commonNameOf = (cert: Certificate): string => subjectField(cert, 'CN');

export const fromPkcs8 = (der: Buffer): KeyObject =>
  createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });

/**
 * What a signer row keeps of its certificate, whatever holds the key (PKCS#12 file, token): who it names (NFC),
 * the certificate itself, its serial and validity — one home for both imports.
 */
export function certificateColumns(cert: Certificate) {
  return {
    commonName: nfc(commonNameOf(cert)),
    organization: subjectField(cert, 'O') || null,
    title: subjectField(cert, 'T') || null,
    certificatePem: certificatePem(cert),
    serial: serialOf(cert),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}
