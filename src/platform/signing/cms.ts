import { createHash, type KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';
import { certificateDer } from './certificates.js';

/**
 * A detached CMS SignedData (RFC 5652 §5) as PAdES baseline B-B wants it (ETSI EN 319 142-1 §5.3; ETSI EN 319
 * 122-1 §5.2): SHA-256, signed attributes content-type, message-digest and ESS signing-certificate-v2 (RFC 5035),
 * and no signing-time attribute — the claimed signing time is the signature dictionary's /M.
 */
const { asn1 } = forge;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

type Asn1 = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;
const seq = (items: Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, items);
const set = (items: Asn1[]) => asn1.create(U, asn1.Type.SET, true, sortedForDer(items));
const oid = (value: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (bytes: Buffer) => asn1.create(U, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (n: number) => asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nullValue = () => asn1.create(U, asn1.Type.NULL, false, '');
const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const algorithm = (id: string) => seq([oid(id), nullValue()]);

/** DER sorts the elements of a SET OF by their encodings (X.690 §11.6). */
function sortedForDer(items: Asn1[]): Asn1[] {
  return items
    .map((item) => ({ item, bytes: der(item) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((x) => x.item);
}

function attribute(type: string, value: Asn1): Asn1 {
  return seq([oid(type), set([value])]);
}

/** ESSCertIDv2 with the default hash (SHA-256, so omitted) and the issuer and serial (RFC 5035 §3). */
function signingCertificateV2(certificate: forge.pki.Certificate): Asn1 {
  const certAsn1 = forge.pki.certificateToAsn1(certificate);
  const tbs = (certAsn1.value as Asn1[])[0]!;
  const tbsFields = tbs.value as Asn1[];
  // TBSCertificate: [0] version, serialNumber, signature, issuer, …
  const serial = tbsFields[1]!;
  const issuer = tbsFields[3]!;
  const generalNames = seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [issuer])]);
  const hash = createHash('sha256').update(certificateDer(certificate)).digest();
  return seq([seq([seq([octets(hash), seq([generalNames, serial])])])]);
}

export interface SignedDataInput {
  /** SHA-256 of the signed byte ranges. */
  digest: Buffer;
  signer: forge.pki.Certificate;
  /** Further certificates for the verifier (the issuing root). */
  chain: forge.pki.Certificate[];
  privateKey: KeyObject;
}

export function buildSignedData(input: SignedDataInput): Buffer {
  const signedAttributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(input.digest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(input.signer)),
  ];
  // The signature covers the attributes DER-encoded as a SET (RFC 5652 §5.4), then stored as [0] IMPLICIT.
  const attributesSet = set(signedAttributes);
  const signature = sign('sha256', der(attributesSet), input.privateKey);
  const signerAsn1 = forge.pki.certificateToAsn1(input.signer);
  const tbs = (signerAsn1.value as Asn1[])[0]!.value as Asn1[];
  const signerInfo = seq([
    integer(1),
    seq([tbs[3]!, tbs[1]!]), // IssuerAndSerialNumber
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributesSet.value as Asn1[]),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const certificates = [input.signer, ...input.chain].map((c) => forge.pki.certificateToAsn1(c));
  const signedData = seq([
    integer(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]), // detached: no eContent
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, sortedForDer(certificates)),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

export const CMS_OID = OID;
