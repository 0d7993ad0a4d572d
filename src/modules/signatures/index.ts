/** The signatures module's public API: where officials' keys are kept, the trust anchors, verdicts in words. */
import './messages.js';

export { type Language, verdictText } from './chain-status-text.js';
export {
  importSignerPkcs12,
  listSigners,
  registerSignerToken,
  type SignerTarget,
  useInstallationCa,
  withdrawSigner,
} from './manage-signers.js';
export { signaturesModule } from './module.js';
export { canManageSignatures } from './policy.js';
export { installTrustAnchor, listTrustAnchors, removeTrustAnchor } from './trust-anchors.js';
