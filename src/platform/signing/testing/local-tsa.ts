import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { OutsideCa } from './openssl-ca.js';

/**
 * A local RFC 3161 time-stamping authority for tests: a loopback HTTP server that answers each
 * application/timestamp-query with `openssl ts -reply` (RFC 3161 §3.4), signed by the outside CA's TSA certificate.
 */
export async function startLocalTsa(
  ca: OutsideCa,
): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  const config = ca.tsaConfig();
  let count = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      count++;
      const query = path.join(ca.dir, `q${count}.tsq`);
      const reply = path.join(ca.dir, `r${count}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      const run = spawnSync(
        'openssl',
        ['ts', '-reply', '-config', config, '-queryfile', query, '-out', reply],
        {
          cwd: ca.dir,
        },
      );
      if (run.status !== 0) {
        res.writeHead(500).end(run.stderr);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
