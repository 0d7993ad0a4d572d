import * as pkijs from 'pkijs';
import { type Certificate, parseCertificate } from './certificates.js';
import { addDss } from './dss.js';
import { ocspCheck, ocspUrlOf } from './ocsp.js';

/**
 * PAdES B-LT (ETSI EN 319 142-1 §5.4): after signing, the signer's chain and the OCSP answers already asked are kept
 * in the document's DSS, with the TSA's certificates and, when its CA names a responder, the TSA certificate's
 * status. Without any revocation answer (the installation CA has no responder) nothing is added: a DSS of
 * certificates alone would claim long-term validation it cannot give.
 */
export interface LongTermInput {
  certificate: Certificate;
  chain: Certificate[];
  /** The DER OCSPResponse for the signer's certificate, asked before signing. */
  signerOcsp: Buffer | undefined;
  /** The RFC 3161 token put in the signature, if any. */
  timestampToken: Buffer | undefined;
}

export async function addLongTermData(
  signed: Buffer,
  input: LongTermInput,
): Promise<{ pdf: Buffer; ltv: boolean }> {
  if (!input.signerOcsp) return { pdf: signed, ltv: false };
  const certs = [input.certificate, ...input.chain];
  const ocsps: Uint8Array[] = [input.signerOcsp];
  if (input.timestampToken) {
    const tsa = timestampCertificates(input.timestampToken, input.chain);
    certs.push(...tsa.all);
    const url = tsa.signer && ocspUrlOf(tsa.signer);
    if (tsa.signer && tsa.issuer && url) {
      // The TSA's status is extra evidence: an unanswered ask leaves the signer's B-LT material as it is.
      const answer = await ocspCheck(tsa.signer, tsa.issuer, url).catch(() => undefined);
      if (answer) ocsps.push(answer.response);
    }
  }
  const unique = [...new Map(certs.map((c) => [Buffer.from(c.rawData).toString('hex'), c])).values()];
  return {
    pdf: addDss(signed, { certs: unique.map((c) => new Uint8Array(c.rawData)), ocsps, crls: [] }),
    ltv: true,
  };
}

/** The certificates in a timestamp token, its signer (the TSA) and that signer's issuer (in the token or `known`). */
function timestampCertificates(
  token: Buffer,
  known: Certificate[],
): {
  all: Certificate[];
  signer?: Certificate;
  issuer?: Certificate;
} {
  const info = pkijs.ContentInfo.fromBER(new Uint8Array(token));
  const signedData = new pkijs.SignedData({ schema: info.content });
  const all = (signedData.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => parseCertificate(c.toSchema().toBER()));
  const sid = signedData.signerInfos[0]?.sid;
  const signer =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? all.find((c) => {
          const asn = pkijs.Certificate.fromBER(c.rawData);
          return asn.issuer.isEqual(sid.issuer) && asn.serialNumber.isEqual(sid.serialNumber);
        })
      : undefined;
  const issuer = signer && [...all, ...known].find((c) => c.subject === signer.issuer && c !== signer);
  return { all, ...(signer ? { signer } : {}), ...(issuer ? { issuer } : {}) };
}
