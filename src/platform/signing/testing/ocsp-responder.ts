import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseCertificate } from '../certificates.js';
import type { OutsideCa } from './openssl-ca.js';

/** A free loopback port for a responder to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An `openssl ca` index line (V valid, R revoked) for `openssl ocsp -index`. */
function indexLine(pem: string, revoked: boolean): string {
  const cert = parseCertificate(pem);
  // Subjects must differ among valid entries (openssl's unique_subject): the serial makes them so.
  const at = (d: Date) => `${d.toISOString().replace(/[-:T]/g, '').slice(2, 14)}Z`;
  return [
    revoked ? 'R' : 'V',
    at(cert.notAfter),
    revoked ? at(new Date(Date.now() - 3600_000)) : '',
    cert.serialNumber.toUpperCase(),
    'unknown',
    `/CN=${cert.serialNumber}`,
  ].join('\t');
}

/**
 * The outside CA's OCSP responder (`openssl ocsp -port`, RFC 6960), answering from an index of the given
 * certificates, signed by the CA's root. Write the index before the first request: openssl reads it at start.
 */
export async function startOcspResponder(
  ca: OutsideCa,
  port: number,
  certificates: Array<{ pem: string; revoked: boolean }>,
): Promise<{ url: string; stop(): void }> {
  writeFileSync(ca.file('index.txt'), certificates.map((c) => `${indexLine(c.pem, c.revoked)}\n`).join(''));
  const args = ['ocsp', '-index', 'index.txt', '-port', String(port), '-rsigner', 'root.pem'];
  const responder: ChildProcess = spawn('openssl', [...args, '-rkey', 'root.key', '-CA', 'root.pem'], {
    cwd: ca.dir,
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 800));
  return { url: `http://127.0.0.1:${port}`, stop: () => responder.kill() };
}
