import { createHash, createPublicKey, verify } from 'node:crypto';
import forge from 'node-forge';
import { certificateDer, commonNameOf } from './certificates.js';
import { CMS_OID } from './cms.js';
import { readDict } from './pdf-syntax.js';

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
  /** The certificate was issued by one of the trusted roots given (and is within its validity at `at`). */
  certificateTrusted: boolean;
  /** The signature covers the whole file: nothing was appended after signing. */
  coversWholeDocument: boolean;
  /** All of the above that make a signature valid for the bytes it covers. */
  valid: boolean;
}

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;
const bytesOf = (node: Asn1) => Buffer.from(node.value as string, 'binary');
const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const oidOf = (node: Asn1 | undefined) => (node ? asn1.derToOid(node.value as string) : '');

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

/**
 * Check each signature of a PDF: digest, RSA signature, certificate binding, issuer among `trustedRoots` (PEM),
 * and whether it covers the whole file. An altered byte anywhere in a signed range makes `digestMatches` false.
 */
export function verifyPdfSignatures(
  pdf: Buffer,
  trustedRoots: string[] = [],
  at = new Date(),
): SignatureCheck[] {
  const s = pdf.toString('latin1');
  return findSignatures(s).map(({ range, dict }) => {
    const [a = 0, b = 0, c = 0, d = 0] = range;
    const base = {
      signerName: '',
      subFilter: dict.get('SubFilter')?.replace(/^\//, '') ?? '',
      reason: decodeText(dict.get('Reason')),
      location: decodeText(dict.get('Location')),
      signedAt: decodeText(dict.get('M')),
      digestMatches: false,
      signatureValid: false,
      certificateBound: false,
      certificateTrusted: false,
      coversWholeDocument: a === 0 && c + d === pdf.length,
      valid: false,
    };
    if (a !== 0 || b >= c || c + d > pdf.length) return base;
    try {
      const contents = s.slice(b, c);
      const cmsBytes = derPrefix(Buffer.from(contents.replace(/[<>\s]/g, ''), 'hex'));
      const contentInfo = asn1.fromDer(forge.util.createBuffer(cmsBytes.toString('binary')));
      const [typeNode, wrapped] = contentInfo.value as Asn1[];
      if (oidOf(typeNode) !== CMS_OID.signedData || !wrapped) return base;
      const signedData = (wrapped.value as Asn1[])[0]!.value as Asn1[];
      const certsNode = signedData.find((n) => n.tagClass === asn1.Class.CONTEXT_SPECIFIC && n.type === 0);
      const certificates = ((certsNode?.value as Asn1[]) ?? []).map((n) => forge.pki.certificateFromAsn1(n));
      const signerInfo = ((signedData[signedData.length - 1]!.value as Asn1[])[0]!.value as Asn1[]) ?? [];
      const [, sid, , attrsNode, , signatureNode] = signerInfo;
      const [issuerNode, serialNode] = (sid?.value as Asn1[]) ?? [];
      const serial = forge.util.bytesToHex(serialNode?.value as string).replace(/^(00)+(?=.)/, '');
      const signer = certificates.find(
        (cert) =>
          cert.serialNumber.replace(/^(00)+(?=.)/, '') === serial &&
          der(forge.pki.distinguishedNameToAsn1(cert.issuer)).equals(der(issuerNode!)),
      );
      if (!signer || !attrsNode || !signatureNode) return base;
      base.signerName = commonNameOf(signer);

      const attributes = new Map(
        (attrsNode.value as Asn1[]).map((attr) => {
          const [type, values] = attr.value as Asn1[];
          return [oidOf(type), (values!.value as Asn1[])[0]!] as const;
        }),
      );
      const digest = createHash('sha256')
        .update(pdf.subarray(a, b))
        .update(pdf.subarray(c, c + d))
        .digest();
      const signedDigest = attributes.get(CMS_OID.messageDigest);
      base.digestMatches = signedDigest !== undefined && bytesOf(signedDigest).equals(digest);

      const attributesSet = der(
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attrsNode.value as Asn1[]),
      );
      const publicKey = createPublicKey(forge.pki.publicKeyToPem(signer.publicKey));
      base.signatureValid = verify('sha256', attributesSet, publicKey, bytesOf(signatureNode));

      const essNode = attributes.get(CMS_OID.signingCertificateV2);
      const essHash =
        essNode && ((((essNode.value as Asn1[])[0]!.value as Asn1[])[0]!.value as Asn1[])[0] as Asn1);
      const certHash = createHash('sha256').update(certificateDer(signer)).digest();
      base.certificateBound = essHash !== undefined && bytesOf(essHash).equals(certHash);

      base.certificateTrusted = trustedRoots.some((rootPem) => {
        try {
          const root = forge.pki.certificateFromPem(rootPem);
          return (
            root.verify(signer) &&
            signer.validity.notBefore <= at &&
            at <= signer.validity.notAfter &&
            root.validity.notAfter >= at
          );
        } catch {
          return false;
        }
      });
      base.valid = base.digestMatches && base.signatureValid && base.certificateBound;
      return base;
    } catch {
      return base;
    }
  });
}
