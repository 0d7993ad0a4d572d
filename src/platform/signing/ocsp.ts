import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';
import type { Certificate } from './certificates.js';

/**
 * Revocation status from the issuer's OCSP responder (RFC 6960), asked before each signature with an outside CA's
 * certificate: a revoked certificate cannot sign (issue 19 §2; Decree 23/2025 art. 3(3)). pkijs builds the request
 * and reads the answer; the answer counts only when it is signed by the issuer (or a responder it names).
 */
export type RevocationStatus = 'good' | 'revoked' | 'unknown';

export class OcspError extends Error {}

/** The OCSP responder a certificate names in its Authority Information Access extension (RFC 5280 §4.2.2.1). */
export function ocspUrlOf(cert: Certificate): string | undefined {
  const aia = cert.getExtension(x509.AuthorityInfoAccessExtension);
  const uri = aia?.ocsp.find((name) => name.type === 'url');
  return uri?.value;
}

export async function ocspStatus(
  cert: Certificate,
  issuer: Certificate,
  url: string,
  timeoutMs = 10_000,
): Promise<RevocationStatus> {
  return (await ocspCheck(cert, issuer, url, timeoutMs)).status;
}

/**
 * The status and the responder's whole signed answer (DER OCSPResponse), which PAdES B-LT keeps in the document's
 * DSS so that the signature can be validated after the responder is gone (ETSI EN 319 142-1 §5.4).
 */
export async function ocspCheck(
  cert: Certificate,
  issuer: Certificate,
  url: string,
  timeoutMs = 10_000,
): Promise<{ status: RevocationStatus; response: Buffer }> {
  const subject = pkijs.Certificate.fromBER(cert.rawData);
  const issuerCert = pkijs.Certificate.fromBER(issuer.rawData);
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(subject, { hashAlgorithm: 'SHA-1', issuerCertificate: issuerCert });
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request' },
      body: new Uint8Array(request.toSchema(true).toBER()),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new OcspError(`the OCSP responder at ${url} did not answer (${(error as Error).message})`);
  }
  if (!response.ok) throw new OcspError(`the OCSP responder at ${url} answered HTTP ${response.status}`);
  const der = Buffer.from(await response.arrayBuffer());
  const status = await readOcspResponse(der, cert, issuer);
  return { status, response: der };
}

/** What a DER OCSPResponse says of `cert`; it counts only when `issuer` signed it (RFC 6960 §4.2.2.2). */
export async function readOcspResponse(
  der: Uint8Array,
  cert: Certificate,
  issuer: Certificate,
): Promise<RevocationStatus> {
  const subject = pkijs.Certificate.fromBER(cert.rawData);
  const issuerCert = pkijs.Certificate.fromBER(issuer.rawData);
  const ocsp = pkijs.OCSPResponse.fromBER(new Uint8Array(der));
  if (ocsp.responseStatus.valueBlock.valueDec !== 0 || !ocsp.responseBytes)
    throw new OcspError(
      `the OCSP responder refused the request (status ${ocsp.responseStatus.valueBlock.valueDec})`,
    );
  const basic = pkijs.BasicOCSPResponse.fromBER(
    new Uint8Array(ocsp.responseBytes.response.valueBlock.valueHexView),
  );
  if (!(await basic.verify({ trustedCerts: [issuerCert] })))
    throw new OcspError('the OCSP answer is not signed by the certificate’s issuer');
  const status = await basic.getCertificateStatus(subject, issuerCert);
  if (!status.isForCertificate) throw new OcspError('the OCSP answer is about another certificate');
  return status.status === 0 ? 'good' : status.status === 1 ? 'revoked' : 'unknown';
}
