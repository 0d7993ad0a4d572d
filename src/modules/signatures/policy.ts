import type { Actor } from '../../platform/context.js';
import { isSystemAdmin } from '../identity/index.js';

/**
 * Who manages signers and trust anchors (issue 19 §1, §4): system administrators — the choice of where an
 * official's key is kept, and which roots tinhso trusts, is the installation's, never the official's own.
 */
export function canManageSignatures(actor: Actor): boolean {
  return isSystemAdmin(actor);
}
