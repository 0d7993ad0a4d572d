import { generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** A fresh RSA key pair (RSA-2048 for signers, RSA-3072 for the root: NIST SP 800-57 strength to 2030 and beyond). */
export function generateKeyPair(bits: 2048 | 3072): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001 });
}

export const toForgePrivate = (key: KeyObject) =>
  forge.pki.privateKeyFromPem(key.export({ type: 'pkcs8', format: 'pem' }).toString());
export const toForgePublic = (key: KeyObject) =>
  forge.pki.publicKeyFromPem(key.export({ type: 'spki', format: 'pem' }).toString());

export interface SubjectInput {
  commonName: string;
  organization?: string | null;
  /** Tỉnh/thành phố (stateOrProvinceName), e.g. "Cao Bằng". */
  province?: string | null;
}

/** forge's typings call the tag class `Class`, but the field takes the UTF8String tag number. */
const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

function distinguishedName(subject: SubjectInput): forge.pki.CertificateField[] {
  const fields: forge.pki.CertificateField[] = [{ name: 'countryName', value: 'VN' }];
  if (subject.province)
    fields.push({ name: 'stateOrProvinceName', value: subject.province, valueTagClass: utf8 });
  if (subject.organization)
    fields.push({ name: 'organizationName', value: subject.organization, valueTagClass: utf8 });
  fields.push({ name: 'commonName', value: subject.commonName, valueTagClass: utf8 });
  return fields as forge.pki.CertificateField[];
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
 * stand-in: production replaces it with a certificate from a licensed provider (Decree 130/2018/NĐ-CP) or an HSM.
 */
export function createRootCertificate(
  keys: { privateKey: KeyObject; publicKey: KeyObject },
  now: Date,
  name: string,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = toForgePublic(keys.publicKey);
  cert.serialNumber = newSerial();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = years(now, 20);
  const dn = distinguishedName({ commonName: name, organization: 'tinhso' });
  cert.setSubject(dn);
  cert.setIssuer(dn);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(toForgePrivate(keys.privateKey), forge.md.sha256.create());
  return cert;
}

/** A signer's certificate: digitalSignature + nonRepudiation (contentCommitment), for document signatures. */
export function issueSignerCertificate(
  authority: { certificate: forge.pki.Certificate; privateKey: KeyObject },
  publicKey: KeyObject,
  subject: SubjectInput,
  now: Date,
  validYears = 3,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = toForgePublic(publicKey);
  cert.serialNumber = newSerial();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  const notAfter = years(now, validYears);
  // Never beyond the issuer's own validity (RFC 5280 §6.1.3: each certificate in the path must be valid).
  cert.validity.notAfter = new Date(
    Math.min(notAfter.getTime(), authority.certificate.validity.notAfter.getTime()),
  );
  cert.setSubject(distinguishedName(subject));
  cert.setIssuer(reusableAttributes(authority.certificate.subject.attributes));
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    {
      name: 'authorityKeyIdentifier',
      keyIdentifier: authority.certificate.generateSubjectKeyIdentifier().getBytes(),
    },
  ]);
  cert.sign(toForgePrivate(authority.privateKey), forge.md.sha256.create());
  return cert;
}

/**
 * A parsed certificate holds UTF-8 names as raw bytes, which forge would encode again when they are reused as an
 * issuer name; decode them first so the issuer matches the authority's subject byte for byte (RFC 5280 §7.1).
 */
function reusableAttributes(attributes: forge.pki.CertificateField[]): forge.pki.CertificateField[] {
  return attributes.map((a) =>
    (a.valueTagClass as unknown) === utf8 && typeof a.value === 'string'
      ? { ...a, value: decodeUtf8(a.value) }
      : a,
  );
}

function decodeUtf8(value: string): string {
  const isBytes = [...value].every((c) => c.charCodeAt(0) <= 0xff);
  return isBytes ? Buffer.from(value, 'binary').toString('utf8') : value;
}

export const certificateDer = (cert: forge.pki.Certificate): Buffer =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');

/** The common name of a certificate's subject, decoded from UTF-8. */
export function commonNameOf(cert: forge.pki.Certificate): string {
  const field = cert.subject.getField('CN') as { value: string; valueTagClass?: number } | null;
  if (!field) return '';
  return field.valueTagClass === utf8 ? decodeUtf8(field.value) : field.value;
}
