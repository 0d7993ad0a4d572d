import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CMS_OID } from './cms.js';

/**
 * An RFC 3161 client: asks the configured time-stamping authority for a token over a signature value, making the
 * signature PAdES B-T (ETSI EN 319 142-1 §5.4; RFC 3161 §2.4). The token's imprint and nonce are checked before
 * it is embedded, so a wrong or replayed answer is refused rather than carried into a document.
 */
export class TimestampError extends Error {}

export function timestampRequest(signatureValue: Buffer): { der: Buffer; nonce: Buffer } {
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0] ?? 0) & 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: CMS_OID.sha256,
        algorithmParams: new asn1js.Null(),
      }),
      hashedMessage: new asn1js.OctetString({
        valueHex: createHash('sha256').update(signatureValue).digest(),
      }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  return { der: Buffer.from(request.toSchema().toBER()), nonce };
}

/** The token (a CMS ContentInfo, DER) from a TSA's answer, after checking its status, imprint and nonce. */
export function tokenFromResponse(response: Buffer, signatureValue: Buffer, nonce: Buffer): Buffer {
  const parsed = pkijs.TimeStampResp.fromBER(new Uint8Array(response));
  // PKIStatus granted (0) or grantedWithMods (1) (RFC 3161 §2.4.2).
  if (parsed.status.status > 1 || !parsed.timeStampToken)
    throw new TimestampError(`the TSA refused the request (status ${parsed.status.status})`);
  const signedData = new pkijs.SignedData({ schema: parsed.timeStampToken.content });
  const content = signedData.encapContentInfo.eContent;
  if (!content) throw new TimestampError('the timestamp token has no TSTInfo');
  const tst = pkijs.TSTInfo.fromBER(content.getValue());
  const imprint = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (!imprint.equals(createHash('sha256').update(signatureValue).digest()))
    throw new TimestampError('the timestamp covers other data than this signature');
  if (!tst.nonce || !Buffer.from(tst.nonce.valueBlock.valueHexView).equals(nonce))
    throw new TimestampError('the timestamp does not answer this request (nonce)');
  return Buffer.from(parsed.timeStampToken.toSchema().toBER());
}

/** Ask the TSA at `url` (HTTP POST application/timestamp-query, RFC 3161 §3.4) for a token over the signature. */
export function tsaClient(url: string, timeoutMs = 15_000): (signatureValue: Buffer) => Promise<Buffer> {
  return async (signatureValue) => {
    const { der, nonce } = timestampRequest(signatureValue);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query' },
        body: new Uint8Array(der),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new TimestampError(
        `the TSA at ${url} did not answer (${error instanceof Error ? error.message : error})`,
      );
    }
    if (!response.ok) throw new TimestampError(`the TSA at ${url} answered HTTP ${response.status}`);
    return tokenFromResponse(Buffer.from(await response.arrayBuffer()), signatureValue, nonce);
  };
}
