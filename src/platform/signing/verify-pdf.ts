import { createHash, createPublicKey, verify } from 'node:crypto';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type Certificate, parseCertificate, subjectField } from './certificates.js';
import { CMS_OID } from './cms.js';
import { onlyValidationDataAfter, readDss, type ValidationData } from './dss.js';
import { readOcspResponse } from './ocsp.js';
import { readDict } from './pdf-syntax.js';
import { type ChainStatus, checkChain } from './trust-chain.js';

/** What a verifier learns about one signature of a PDF, checked in-process (no external tool). */
export interface SignatureCheck {
  /** The signer's name from the certificate. */
  signerName: string;
  subFilter: string;
  reason: string | undefined;
  location: string | undefined;
  /** /M of the signature dictionary (the claimed signing time), as PDF date text. */
  signedAt: string | undefined;
  /** The signed byte ranges hash to the message digest the signer signed. */
  digestMatches: boolean;
  /** The signer's RSA signature over the signed attributes verifies with the certificate's key. */
  signatureValid: boolean;
  /** The ESS signing-certificate-v2 attribute names this very certificate (PAdES). */
  certificateBound: boolean;
  /** The certificate chains to one of the trust anchors given, each certificate valid at the signing time. */
  certificateTrusted: boolean;
  /** How the chain ended (trust-chain.ts): trusted, untrusted root, incomplete, expired, not yet valid. */
  chainStatus: ChainStatus;
  /** SHA-256 fingerprint (hex) of the trust anchor the chain reached, if it reached one. */
  anchor: string | undefined;
  /** The subject's organisation (O) and title (T) as the certificate names them. */
  organization: string | undefined;
  title: string | undefined;
  /** The time an RFC 3161 timestamp proves the signature existed at (PAdES B-T); undefined without one. */
  timestampedAt: Date | undefined;
  /** The timestamp token is signed by its TSA and covers this very signature value. */
  timestampValid: boolean;
  /** The signature covers the whole file: nothing was appended after signing. */
  coversWholeDocument: boolean;
  /** Everything added after this signature is validation data (a DSS), not a change to the document. */
  onlyValidationDataAfter: boolean;
  /**
   * PAdES B-LT: the document's DSS holds an OCSP answer, signed by the signer's issuer, that the signer's
   * certificate is good (ETSI EN 319 142-1 §5.4), so the signature can be validated after the responder is gone.
   */
  ltv: boolean;
  /** All of the above that make a signature valid for the bytes it covers. */
  valid: boolean;
}

function decodeText(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s/g, ''), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw.slice(1, -1);
}

/** The DER value at the start of the zero-padded /Contents (X.690 §8.1.3 definite length). */
function derPrefix(bytes: Buffer): Buffer {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  if (count === 0 || count > 4) return bytes;
  const length = bytes.subarray(2, 2 + count).reduce((n, b) => n * 256 + b, 0);
  return bytes.subarray(0, 2 + count + length);
}

/** Every signature dictionary's ByteRange in the file, with the dictionary around it. */
function findSignatures(s: string): Array<{ range: number[]; dict: Map<string, string> }> {
  const found: Array<{ range: number[]; dict: Map<string, string> }> = [];
  const pattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (const match of s.matchAll(pattern)) {
    const objStart = s.lastIndexOf(' obj', match.index);
    const dictStart = s.indexOf('<<', objStart);
    if (objStart < 0 || dictStart < 0 || dictStart > match.index) continue;
    try {
      found.push({ range: match.slice(1, 5).map(Number), dict: readDict(s, dictStart).entries });
    } catch {
      // not a well-formed dictionary: not a signature we can check
    }
  }
  return found;
}

type Base = SignatureCheck;

/**
 * Check each signature of a PDF: digest, RSA signature, certificate binding, the chain to `trustAnchors` (PEM) at
 * the signing time (the timestamp's when there is one, else `at`), a timestamp if present, and whether it covers
 * the whole file. An altered byte anywhere in a signed range makes `digestMatches` false.
 */
export async function verifyPdfSignatures(
  pdf: Buffer,
  trustAnchors: string[] = [],
  at = new Date(),
): Promise<SignatureCheck[]> {
  const s = pdf.toString('latin1');
  const anchors = trustAnchors.flatMap((p) => {
    try {
      return [parseCertificate(p)];
    } catch {
      return [];
    }
  });
  const checks: SignatureCheck[] = [];
  let dss: ValidationData = { certs: [], ocsps: [], crls: [] };
  try {
    dss = readDss(pdf);
  } catch {
    // an unreadable DSS gives no long-term validation material
  }
  for (const { range, dict } of findSignatures(s)) {
    const [a = 0, b = 0, c = 0, d = 0] = range;
    const base: Base = {
      signerName: '',
      subFilter: dict.get('SubFilter')?.replace(/^\//, '') ?? '',
      reason: decodeText(dict.get('Reason')),
      location: decodeText(dict.get('Location')),
      signedAt: decodeText(dict.get('M')),
      digestMatches: false,
      signatureValid: false,
      certificateBound: false,
      certificateTrusted: false,
      chainStatus: 'incomplete',
      anchor: undefined,
      organization: undefined,
      title: undefined,
      timestampedAt: undefined,
      timestampValid: false,
      coversWholeDocument: a === 0 && c + d === pdf.length,
      onlyValidationDataAfter: false,
      ltv: false,
      valid: false,
    };
    if (!base.coversWholeDocument && c + d <= pdf.length)
      base.onlyValidationDataAfter = onlyValidationDataAfter(pdf, c + d);
    checks.push(base);
    if (a !== 0 || b >= c || c + d > pdf.length) continue;
    try {
      const cmsBytes = derPrefix(Buffer.from(s.slice(b, c).replace(/[<>\s]/g, ''), 'hex'));
      const digest = createHash('sha256')
        .update(pdf.subarray(a, b))
        .update(pdf.subarray(c, c + d))
        .digest();
      await checkCms(base, cmsBytes, digest, anchors, at, dss);
    } catch {
      // not a CMS we can read: every check stays false
    }
  }
  return checks;
}

export const fingerprint = (cert: Certificate) =>
  createHash('sha256').update(Buffer.from(cert.rawData)).digest('hex');
const bytes = (node: unknown) => Buffer.from((node as asn1js.OctetString).valueBlock.valueHexView);

async function checkCms(
  base: Base,
  cmsBytes: Buffer,
  digest: Buffer,
  anchors: Certificate[],
  at: Date,
  dss: ValidationData,
) {
  const info = pkijs.ContentInfo.fromBER(new Uint8Array(cmsBytes));
  if (info.contentType !== CMS_OID.signedData) return;
  const signedData = new pkijs.SignedData({ schema: info.content });
  const certificates = (signedData.certificates ?? []).filter(
    (cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate,
  );
  const signerInfo = signedData.signerInfos[0];
  const sid = signerInfo?.sid;
  if (!signerInfo?.signedAttrs || !(sid instanceof pkijs.IssuerAndSerialNumber)) return;
  const signerAsn = certificates.find(
    (cert) => cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber),
  );
  if (!signerAsn) return;
  const signer = parseCertificate(signerAsn.toSchema().toBER());
  base.signerName = subjectField(signer, 'CN');
  base.organization = subjectField(signer, 'O') || undefined;
  base.title = subjectField(signer, 'T') || undefined;

  const attributes = new Map(signerInfo.signedAttrs.attributes.map((attr) => [attr.type, attr.values[0]]));
  const signedDigest = attributes.get(CMS_OID.messageDigest);
  base.digestMatches = signedDigest !== undefined && bytes(signedDigest).equals(digest);

  // The signature covers the attributes as a SET (RFC 5652 §5.4): the bytes as received, tag [0] → SET.
  const attributesSet = Buffer.from(signerInfo.signedAttrs.encodedValue);
  attributesSet[0] = 0x31;
  const publicKey = createPublicKey({
    key: Buffer.from(signer.publicKey.rawData),
    format: 'der',
    type: 'spki',
  });
  const signatureValue = bytes(signerInfo.signature);
  base.signatureValid = verify('sha256', attributesSet, publicKey, signatureValue);

  const ess = attributes.get(CMS_OID.signingCertificateV2) as asn1js.Sequence | undefined;
  const essHash =
    ess &&
    (((ess.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock
      .value[0] as asn1js.OctetString);
  const certHash = createHash('sha256').update(Buffer.from(signer.rawData)).digest();
  base.certificateBound = essHash !== undefined && bytes(essHash).equals(certHash);

  const token = signerInfo.unsignedAttrs?.attributes.find((x) => x.type === CMS_OID.timeStampToken);
  if (token) {
    const checked = await checkTimestamp(token.values[0], signatureValue);
    base.timestampValid = checked.valid;
    if (checked.valid) base.timestampedAt = checked.time;
  }
  const pool = [
    ...certificates.map((cert) => parseCertificate(cert.toSchema().toBER())),
    ...dss.certs.flatMap((der) => {
      try {
        return [parseCertificate(Buffer.from(der))];
      } catch {
        return [];
      }
    }),
  ];
  const chain = await checkChain(signer, pool, anchors, base.timestampedAt ?? at);
  base.chainStatus = chain.status;
  const top = chain.path[chain.path.length - 1];
  if (top && chain.status !== 'untrusted' && chain.status !== 'incomplete') base.anchor = fingerprint(top);
  base.certificateTrusted = chain.status === 'trusted';
  const issuer = chain.path[1];
  if (issuer) base.ltv = await goodOcspIn(dss, signer, issuer);
  base.valid =
    base.digestMatches && base.signatureValid && base.certificateBound && (!token || base.timestampValid);
}

/** Some OCSP answer in the DSS, signed by `issuer`, says `cert` is good. */
async function goodOcspIn(dss: ValidationData, cert: Certificate, issuer: Certificate): Promise<boolean> {
  for (const der of dss.ocsps) {
    const status = await readOcspResponse(der, cert, issuer).catch(() => undefined);
    if (status === 'good') return true;
  }
  return false;
}

/** An RFC 3161 token: signed by its TSA, and its message imprint is SHA-256 of this signature value (§2.4.2). */
async function checkTimestamp(
  value: unknown,
  signatureValue: Buffer,
): Promise<{ valid: boolean; time?: Date }> {
  try {
    const info = new pkijs.ContentInfo({ schema: value as asn1js.Sequence });
    const signedData = new pkijs.SignedData({ schema: info.content });
    const content = signedData.encapContentInfo.eContent;
    if (!content) return { valid: false };
    const tst = pkijs.TSTInfo.fromBER(content.getValue());
    const imprint = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
    const expected = createHash('sha256').update(signatureValue).digest();
    // pkijs checks a TSTInfo's imprint against `data` itself, and the TSA certificate's timeStamping key purpose.
    const verified = await signedData.verify({
      signer: 0,
      data: new Uint8Array(signatureValue).buffer,
      checkChain: false,
      extendedMode: true,
    });
    return { valid: imprint.equals(expected) && verified.signatureVerified === true, time: tst.genTime };
  } catch {
    return { valid: false };
  }
}
