import pkcs11js from 'pkcs11js';

/**
 * Signing with a key that never leaves its token or HSM (issue 19 §1b), through the token's PKCS#11 module
 * (OASIS PKCS#11 v2.40) and the maintained `pkcs11js` binding: find the token by label, log in with the PIN,
 * find the private key by CKA_ID, and ask the token for CKM_SHA256_RSA_PKCS over the data. Tested with SoftHSM2.
 */
export interface TokenKeyRef {
  /** Path of the PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so or the CA token's vendor library. */
  module: string;
  /** The token's label (CKA_LABEL of the token, as `pkcs11-tool -L` shows it). */
  token: string;
  /** The key's CKA_ID in hex. */
  keyId: string;
  pin: string;
}

/** Why a token key cannot be used: a stable code the signatures module tells in the reader's language. */
export type TokenRefusal =
  | 'module_unloadable'
  | 'no_token'
  | 'pin_refused'
  | 'no_key'
  | 'no_certificate'
  | 'certificate_expired'
  | 'key_mismatch';

/**
 * A token that cannot be used; `field` names the input at fault when one is (so a form can point at it); the
 * message is English for logs and the CLI, `reason` and `params` what a person is told.
 */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly reason: TokenRefusal,
    readonly field?: 'module' | 'token' | 'pin' | 'keyId',
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

const loaded = new Map<string, pkcs11js.PKCS11>();

/** One loaded, initialised module per path and process (C_Initialize may be called once, §5.4). */
function moduleAt(path: string): pkcs11js.PKCS11 {
  const existing = loaded.get(path);
  if (existing) return existing;
  const lib = new pkcs11js.PKCS11();
  try {
    lib.load(path);
    lib.C_Initialize();
  } catch (error) {
    throw new TokenError(
      `the PKCS#11 module ${path} cannot be loaded (${(error as Error).message})`,
      'module_unloadable',
      'module',
      { path },
    );
  }
  loaded.set(path, lib);
  return lib;
}

function slotOf(lib: pkcs11js.PKCS11, label: string): pkcs11js.Handle {
  for (const slot of lib.C_GetSlotList(true)) {
    if (lib.C_GetTokenInfo(slot).label.trim() === label) return slot;
  }
  throw new TokenError(`no token labelled "${label}" is present`, 'no_token', 'token', { label });
}

/** Run `work` in a logged-in session on the token, always closing it. */
function withSession<T>(ref: TokenKeyRef, work: (lib: pkcs11js.PKCS11, session: pkcs11js.Handle) => T): T {
  const lib = moduleAt(ref.module);
  const session = lib.C_OpenSession(slotOf(lib, ref.token), pkcs11js.CKF_SERIAL_SESSION);
  try {
    try {
      lib.C_Login(session, pkcs11js.CKU_USER, ref.pin);
    } catch (error) {
      if (!/CKR_USER_ALREADY_LOGGED_IN/.test(String(error)))
        throw new TokenError(`the token refused the PIN (${(error as Error).message})`, 'pin_refused', 'pin');
    }
    return work(lib, session);
  } finally {
    lib.C_CloseSession(session);
  }
}

function findObject(lib: pkcs11js.PKCS11, session: pkcs11js.Handle, template: pkcs11js.Template) {
  lib.C_FindObjectsInit(session, template);
  const found = lib.C_FindObjects(session);
  lib.C_FindObjectsFinal(session);
  return found;
}

/** The certificate stored on the token beside the key (same CKA_ID), DER; undefined when there is none. */
export function tokenCertificate(ref: TokenKeyRef): Buffer | undefined {
  return withSession(ref, (lib, session) => {
    const handle = findObject(lib, session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
      { type: pkcs11js.CKA_ID, value: Buffer.from(ref.keyId, 'hex') },
    ]);
    if (!handle) return undefined;
    const [value] = lib.C_GetAttributeValue(session, handle, [{ type: pkcs11js.CKA_VALUE }]);
    return value?.value as Buffer | undefined;
  });
}

/** A signing function for the key on the token; each call opens its own session. */
export function tokenSigner(ref: TokenKeyRef): (data: Buffer) => Promise<Buffer> {
  return async (data) =>
    withSession(ref, (lib, session) => {
      const key = findObject(lib, session, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
        { type: pkcs11js.CKA_ID, value: Buffer.from(ref.keyId, 'hex') },
      ]);
      if (!key)
        throw new TokenError(
          `no private key with id ${ref.keyId} on token "${ref.token}"`,
          'no_key',
          'keyId',
          {
            keyId: ref.keyId,
            token: ref.token,
          },
        );
      lib.C_SignInit(session, { mechanism: pkcs11js.CKM_SHA256_RSA_PKCS }, key);
      return Buffer.from(lib.C_Sign(session, data, Buffer.alloc(1024)));
    });
}
