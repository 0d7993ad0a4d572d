import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Certificate } from './certificates.js';

/**
 * A detached CMS SignedData (RFC 5652 §5) as PAdES wants it (ETSI EN 319 142-1 §5.3; ETSI EN 319 122-1 §5.2),
 * built with pkijs (issue 19 §5): SHA-256, signed attributes content-type, message-digest and ESS
 * signing-certificate-v2 (RFC 5035), no signing-time attribute — the claimed signing time is the signature
 * dictionary's /M — and, for PAdES B-T, an RFC 3161 signature timestamp as an unsigned attribute.
 */
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** id-aa-signatureTimeStampToken (RFC 3161 appendix A). */
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const algorithm = (id: string) =>
  new pkijs.AlgorithmIdentifier({ algorithmId: id, algorithmParams: new asn1js.Null() });
const sha256 = (bytes: ArrayBuffer | Buffer) =>
  createHash('sha256')
    .update(Buffer.from(bytes as ArrayBuffer))
    .digest();

/** ESSCertIDv2 with the default hash (SHA-256, so omitted) and the issuer and serial (RFC 5035 §3). */
function signingCertificateV2(cert: pkijs.Certificate, der: ArrayBuffer): asn1js.Sequence {
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: cert.issuer })] }),
    serialNumber: cert.serialNumber,
  });
  const essCertId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: sha256(der) }), issuerSerial.toSchema()],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] });
}

/** DER sorts the elements of a SET OF by their encodings (X.690 §11.6). */
function sortedForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  return attributes
    .map((attribute) => ({ attribute, bytes: Buffer.from(attribute.toSchema().toBER()) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((x) => x.attribute);
}

export interface SignedDataInput {
  /** SHA-256 of the signed byte ranges. */
  digest: Buffer;
  signer: Certificate;
  /** Further certificates for the verifier (intermediates and the root). */
  chain: Certificate[];
  /** RSASSA-PKCS1-v1_5 with SHA-256 over the given bytes, by whatever holds the key (database, token, HSM). */
  sign(data: Buffer): Promise<Buffer>;
  /** An RFC 3161 timestamp token (a CMS ContentInfo, DER) over the given signature value, for PAdES B-T. */
  timestamp?: (signatureValue: Buffer) => Promise<Buffer>;
}

export async function buildSignedData(input: SignedDataInput): Promise<Buffer> {
  const signer = pkijs.Certificate.fromBER(input.signer.rawData);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: sortedForDer([
      new pkijs.Attribute({
        type: CMS_OID.contentType,
        values: [new asn1js.ObjectIdentifier({ value: CMS_OID.data })],
      }),
      new pkijs.Attribute({
        type: CMS_OID.messageDigest,
        values: [new asn1js.OctetString({ valueHex: input.digest })],
      }),
      new pkijs.Attribute({
        type: CMS_OID.signingCertificateV2,
        values: [signingCertificateV2(signer, input.signer.rawData)],
      }),
    ]),
  });
  // The signature covers the attributes DER-encoded as a SET (RFC 5652 §5.4), stored as [0] IMPLICIT.
  const toSign = Buffer.from(signedAttrs.toSchema().toBER());
  toSign[0] = 0x31;
  const signature = await input.sign(toSign);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
    digestAlgorithm: algorithm(CMS_OID.sha256),
    signedAttrs,
    signatureAlgorithm: algorithm(CMS_OID.rsaEncryption),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  if (input.timestamp) {
    const token = await input.timestamp(signature);
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [
        new pkijs.Attribute({ type: CMS_OID.timeStampToken, values: [asn1js.fromBER(token).result] }),
      ],
    });
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [algorithm(CMS_OID.sha256)],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CMS_OID.data }),
    certificates: [signer, ...input.chain.map((c) => pkijs.Certificate.fromBER(c.rawData))],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: CMS_OID.signedData,
    content: signedData.toSchema(true),
  });
  return Buffer.from(contentInfo.toSchema().toBER());
}
