import { fileURLToPath } from 'node:url';

/** The repository root, wherever tinhso is started from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const referenceDir = fileURLToPath(new URL('../../reference/', import.meta.url));
export const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
