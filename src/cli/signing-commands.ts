import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { authorityCertificate, verifyPdfSignatures } from '../platform/signing/index.js';
import { CliError, output, withDatabase } from './with-database.js';

/** Signatures of issued documents (ADR 0007): the installation root to trust, and an offline check of a PDF. */
export function registerSigningCommands(program: Command): void {
  const signing = program
    .command('signing')
    .description('Document signatures: the installation CA, verification');

  signing
    .command('ca-certificate')
    .description('Print the installation root certificate (PEM), for verifiers to trust')
    .action(async () => {
      await withDatabase('signing-ca', async (env) => {
        const pem = await authorityCertificate(env.database.db);
        if (!pem)
          throw new CliError('no document has been signed yet: the installation CA is made on first use');
        process.stdout.write(pem);
      });
    });

  signing
    .command('verify <file>')
    .description('Check every signature of a PDF: digest, signature, certificate, whole document covered')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { json?: boolean }) => {
      const pdf = await readFile(file).catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const allValid = await withDatabase('signing-verify', async (env) => {
        const root = await authorityCertificate(env.database.db);
        const checks = await verifyPdfSignatures(pdf, root ? [root] : []);
        output(Boolean(o.json), checks, () =>
          checks.length === 0
            ? 'No signatures.'
            : checks
                .map(
                  (c, i) =>
                    `#${i + 1} ${c.signerName || '(unknown signer)'}: ${c.valid ? 'valid' : 'INVALID'}` +
                    `${c.certificateTrusted ? ', issued by this installation' : ', issuer not trusted here'}` +
                    `${c.coversWholeDocument ? ', covers the whole document' : ', changes were appended after it'}`,
                )
                .join('\n'),
        );
        return checks.every((c) => c.valid);
      });
      // Exit 3: the file was read and checked, and a signature is not valid for the bytes it covers.
      if (!allValid) process.exit(3);
    });
}
