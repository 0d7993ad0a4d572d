import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  importSignerPkcs12,
  installTrustAnchor,
  type Language,
  listSigners,
  listTrustAnchors,
  registerSignerToken,
  removeTrustAnchor,
  useInstallationCa,
  verdictText,
  withdrawSigner,
} from '../modules/signatures/index.js';
import type { Ctx } from '../platform/context.js';
import type { ModuleEnv } from '../platform/module.js';
import type { Result } from '../platform/result.js';
import { authorityCertificate, type SigningService, signingServiceFor } from '../platform/signing/index.js';
import { CliError, output, withDatabase } from './with-database.js';

/**
 * Document signatures (ADR 0007, ADR 0019): the installation root, where each official's key is kept, the trust
 * anchors, and an offline check of a PDF. Secrets (PKCS#12 password, token PIN) come from the environment, never
 * from the command line, where other users of the machine could read them.
 */
const readInput = (file: string) =>
  readFile(file).catch(() => {
    throw new CliError(`cannot read ${file}`);
  });

function secretFrom(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new CliError(`set ${variable} in the environment`);
  return value;
}

/** Run a use case with the installation's signing service, as the system (audited as `cli:<name>`). */
async function withSigning<T>(
  name: string,
  run: (ctx: Ctx, service: SigningService, env: ModuleEnv) => Promise<Result<T>>,
): Promise<T> {
  return withDatabase(name, async (env, ctx) => {
    const result = await run(ctx, await signingServiceFor(env.config), env);
    if (!result.ok) throw new CliError(JSON.stringify(result.error));
    return result.value;
  });
}

const signerLine = (s: {
  signerId: string;
  source: string;
  commonName: string;
  title: string | null;
  organization: string | null;
  issuer: string;
  notAfter: Date;
}) =>
  `${s.signerId}  ${s.source.padEnd(12)} ${s.commonName}${s.title ? `, ${s.title}` : ''}${s.organization ? ` — ${s.organization}` : ''}  (issuer: ${s.issuer}; until ${s.notAfter.toISOString().slice(0, 10)})`;

export function registerSigningCommands(program: Command): void {
  const signing = program
    .command('signing')
    .description('Document signatures: signers, trust anchors, the installation CA, verification');

  signing
    .command('ca-certificate')
    .description('Print the installation root certificate (PEM; demos only), for verifiers to trust')
    .action(async () => {
      await withDatabase('signing-ca', async (env) => {
        const pem = await authorityCertificate(env.database.db);
        if (!pem)
          throw new CliError('no document has been signed yet: the installation CA is made on first use');
        process.stdout.write(pem);
      });
    });

  signing
    .command('signers')
    .description('List officials’ signing keys in force and where each is kept')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const signers = await withSigning('signing-signers', (ctx, service) => listSigners(ctx, service));
      output(Boolean(o.json), signers, () => signers.map(signerLine).join('\n') || 'No signers.');
    });

  const signer = signing
    .command('signer')
    .description('Choose where an official’s signing key is kept (audited)');
  signer
    .command('import-p12 <userId> <file>')
    .description(
      'Use a certificate and key from an outside CA (PKCS#12 with its chain); password in TINHSO_P12_PASSWORD',
    )
    .option('--province <code>', 'the official’s province code')
    .action(async (userId: string, file: string, o: { province?: string }) => {
      const pkcs12 = await readInput(file);
      const password = secretFrom('TINHSO_P12_PASSWORD');
      const s = await withSigning('signing-import', (ctx, service) =>
        importSignerPkcs12(ctx, service, {
          signerId: userId,
          provinceCode: o.province ?? null,
          pkcs12,
          password,
        }),
      );
      output(false, s, () => signerLine(s));
    });
  signer
    .command('use-token <userId>')
    .description('Use a key on a PKCS#11 token or HSM; PIN in TINHSO_TOKEN_PIN')
    .requiredOption('--module <path>', 'the PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so')
    .requiredOption('--token <label>', 'the token label')
    .requiredOption('--key-id <hex>', 'the key’s CKA_ID in hex')
    .option('--certificate <file>', 'the certificate (PEM), when the token does not hold it')
    .option('--chain <file>', 'the issuing chain (PEM)')
    .option('--province <code>', 'the official’s province code')
    .action(async (userId: string, o: Record<string, string | undefined>) => {
      const pin = secretFrom('TINHSO_TOKEN_PIN');
      const certificatePem = o.certificate ? (await readInput(o.certificate)).toString('utf8') : undefined;
      const chainPem = o.chain ? (await readInput(o.chain)).toString('utf8') : undefined;
      const s = await withSigning('signing-token', (ctx, service) =>
        registerSignerToken(ctx, service, {
          signerId: userId,
          provinceCode: o.province ?? null,
          module: o.module!,
          token: o.token!,
          keyId: o.keyId!,
          pin,
          ...(certificatePem ? { certificatePem } : {}),
          ...(chainPem ? { chainPem } : {}),
        }),
      );
      output(false, s, () => signerLine(s));
    });
  signer
    .command('use-installation-ca <userId>')
    .description('Use the installation CA (demos only): a new certificate naming the official')
    .requiredOption('--name <name>', 'the official’s full name')
    .option('--organization <agency>', 'the agency they serve in')
    .option('--title <title>', 'their title, e.g. "Phó Giám đốc"')
    .option('--province <code>', 'the official’s province code')
    .action(
      async (
        userId: string,
        o: { name: string; organization?: string; title?: string; province?: string },
      ) => {
        const s = await withSigning('signing-installation', (ctx, service) =>
          useInstallationCa(ctx, service, {
            signerId: userId,
            provinceCode: o.province ?? null,
            commonName: o.name,
            organization: o.organization ?? null,
            title: o.title ?? null,
          }),
        );
        output(false, s, () => signerLine(s));
      },
    );
  signer
    .command('withdraw <userId>')
    .description('Withdraw an official’s key; documents signed before stay verifiable')
    .action(async (userId: string) => {
      const s = await withSigning('signing-withdraw', (ctx, service) => withdrawSigner(ctx, service, userId));
      output(false, s, () => `withdrawn: ${signerLine(s)}`);
    });

  const anchor = signing
    .command('anchor')
    .description('Trust anchors: the root CAs whose certificates tinhso trusts');
  anchor
    .command('add <file>')
    .description('Install a root CA certificate (PEM or DER), e.g. the Government specialised CA root')
    .option('--name <name>', 'a name for administrators')
    .action(async (file: string, o: { name?: string }) => {
      const certificate = await readInput(file);
      const r = await withSigning('signing-anchor-add', (ctx, service) =>
        installTrustAnchor(ctx, service, { certificate, ...(o.name ? { name: o.name } : {}) }),
      );
      output(
        false,
        r,
        () =>
          `${r.created ? 'installed' : 'already installed'}: ${r.anchor.id} ${r.anchor.name} (SHA-256 ${r.anchor.fingerprint})`,
      );
    });
  anchor
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const anchors = await withSigning('signing-anchors', (ctx, service) => listTrustAnchors(ctx, service));
      output(
        Boolean(o.json),
        anchors,
        () =>
          anchors
            .map((a) => `${a.id}  ${a.name}  (${a.subject}; until ${a.notAfter.toISOString().slice(0, 10)})`)
            .join('\n') || 'No trust anchors.',
      );
    });
  anchor.command('remove <id>').action(async (id: string) => {
    const a = await withSigning('signing-anchor-remove', (ctx, service) =>
      removeTrustAnchor(ctx, service, id),
    );
    output(false, a, () => `removed: ${a.name}`);
  });

  signing
    .command('verify <file>')
    .description(
      'Check every signature of a PDF: integrity, who signed, whether the issuer is trusted, timestamp',
    )
    .option('--json', 'print JSON')
    .option('--lang <vi|en>', 'language of the verdict', 'vi')
    .action(async (file: string, o: { json?: boolean; lang: string }) => {
      const pdf = await readInput(file);
      const lang: Language = o.lang === 'en' ? 'en' : 'vi';
      const allValid = await withDatabase('signing-verify', async (env) => {
        const service = await signingServiceFor(env.config);
        const checks = await service.verifyPdf(env.database.db, pdf);
        output(Boolean(o.json), checks, () =>
          checks.length === 0
            ? lang === 'vi'
              ? 'Tài liệu không có chữ ký số.'
              : 'No signatures.'
            : checks
                .map(
                  (c, i) =>
                    `#${i + 1} ${c.signerName || '?'}${c.title ? `, ${c.title}` : ''}${c.organization ? ` — ${c.organization}` : ''}: ${c.valid ? 'valid' : 'INVALID'}\n` +
                    verdictText(c, lang)
                      .map((line) => `   ${line}`)
                      .join('\n'),
                )
                .join('\n'),
        );
        return checks.every((c) => c.valid);
      });
      // Exit 3: the file was read and checked, and a signature is not valid for the bytes it covers.
      if (!allValid) process.exit(3);
    });
}
