import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An outside certification authority for tests, made with the openssl command line (Debian `openssl`): a root, a
 * signer certificate with its key exported as PKCS#12, and a TSA certificate for `openssl ts`. Nothing here comes
 * from tinhso's own code, so what tinhso signs and verifies with it is checked against an independent party.
 */
export const hasOpenssl = () => !spawnSync('openssl', ['version']).error;
export const OPENSSL_MISSING = 'openssl is not installed (apt-get install openssl)';

export interface OutsideCa {
  dir: string;
  file(name: string): string;
  rootPem: string;
  /** Issue a signer certificate for `subject` (openssl -subj syntax) and export it with its key and the root. */
  issueSigner(
    name: string,
    subject: string,
    password: string,
    days?: number,
    ocspUrl?: string,
  ): { p12: Buffer; certPem: string };
  /** A TSA certificate (naming `ocspUrl` as its responder, if given) and an `openssl ts` configuration using it. */
  tsaConfig(ocspUrl?: string): string;
  openssl(args: string[], input?: Buffer): Buffer;
  cleanup(): void;
}

export function createOutsideCa(): OutsideCa {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-outside-ca-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (args: string[], input?: Buffer) => {
    const run = spawnSync('openssl', args, { cwd: dir, ...(input ? { input } : {}) });
    if (run.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${run.stderr.toString()}`);
    return run.stdout;
  };
  writeFileSync(
    file('ext.cnf'),
    [
      '[ca]',
      'basicConstraints=critical,CA:true',
      'keyUsage=critical,keyCertSign,cRLSign',
      'subjectKeyIdentifier=hash',
      '[signer]',
      'basicConstraints=critical,CA:false',
      'keyUsage=critical,digitalSignature,nonRepudiation',
      'subjectKeyIdentifier=hash',
      'authorityKeyIdentifier=keyid',
      '[tsa]',
      'basicConstraints=critical,CA:false',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=critical,timeStamping',
      '',
    ].join('\n'),
  );
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-days',
    '3650',
    '-subj',
    '/C=VN/O=Ban Cơ yếu Chính phủ (thử nghiệm)/CN=Root CA thử nghiệm',
    '-utf8',
    '-config',
    file('ext.cnf'),
    '-extensions',
    'ca',
    '-sha256',
  ]);
  const issue = (name: string, subject: string, extensions: string, days: number, ocspUrl?: string) => {
    const extfile = ocspUrl ? file(`${name}.cnf`) : file('ext.cnf');
    const usage =
      extensions === 'tsa'
        ? 'keyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping'
        : 'keyUsage=critical,digitalSignature,nonRepudiation';
    if (ocspUrl)
      writeFileSync(
        extfile,
        `${readFileSync(file('ext.cnf'), 'utf8')}\n[with_ocsp]\nbasicConstraints=critical,CA:false\n${usage}\nauthorityInfoAccess=OCSP;URI:${ocspUrl}\n`,
      );
    openssl([
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      subject,
      '-utf8',
    ]);
    openssl([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      String(days),
      '-sha256',
      '-extfile',
      extfile,
      '-extensions',
      ocspUrl ? 'with_ocsp' : extensions,
    ]);
  };
  let tsa: string | undefined;
  return {
    dir,
    file,
    rootPem: readFileSync(file('root.pem'), 'utf8'),
    openssl,
    issueSigner(name, subject, password, days = 365, ocspUrl?: string) {
      issue(name, subject, 'signer', days, ocspUrl);
      openssl([
        'pkcs12',
        '-export',
        '-inkey',
        `${name}.key`,
        '-in',
        `${name}.pem`,
        '-certfile',
        'root.pem',
        '-out',
        `${name}.p12`,
        '-passout',
        `pass:${password}`,
      ]);
      return { p12: readFileSync(file(`${name}.p12`)), certPem: readFileSync(file(`${name}.pem`), 'utf8') };
    },
    tsaConfig(ocspUrl?: string) {
      if (tsa) return tsa;
      issue('tsa', '/C=VN/O=TSA thử nghiệm/CN=Dịch vụ cấp dấu thời gian thử nghiệm', 'tsa', 365, ocspUrl);
      writeFileSync(file('tsaserial'), '01\n');
      writeFileSync(
        file('ts.cnf'),
        [
          '[tsa]',
          'default_tsa = tsa_config',
          '[tsa_config]',
          `dir = ${dir}`,
          'serial = $dir/tsaserial',
          'signer_cert = $dir/tsa.pem',
          'certs = $dir/root.pem',
          'signer_key = $dir/tsa.key',
          'signer_digest = sha256',
          'default_policy = 1.2.3.4.1',
          'digests = sha256',
          'accuracy = secs:1',
          'ordering = no',
          'tsa_name = no',
          'ess_cert_id_chain = no',
          'ess_cert_id_alg = sha256',
          '',
        ].join('\n'),
      );
      tsa = file('ts.cnf');
      return tsa;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
