/**
 * The operations one may ask of a dossier (the names policy.ts decides on and operations.ts applies), apart
 * from both so that the policy can name them without importing the code that applies them.
 */
import type { FeeLine, ResultMethod } from './model.js';
import type { PaymentMethod } from './processing.js';
import type { DocumentInput } from './reception.js';

export type DossierOp =
  | { type: 'receive'; fees?: FeeLine[] | undefined }
  | { type: 'request_reception_supplement'; missing: string[] }
  | { type: 'reject'; reasons: string[] }
  | { type: 'resubmit'; documents: DocumentInput[] }
  | { type: 'forward'; note?: string | undefined }
  | { type: 'return_step'; note: string }
  | { type: 'consult'; agencyId: string; content: string; deadlineDate: string }
  | { type: 'answer_consultation'; consultationId: string; answer: string }
  | { type: 'request_supplement'; missing: string[] }
  | { type: 'provide_supplement'; documents: DocumentInput[] }
  | { type: 'refuse'; reasons: string[]; legalBasis?: string | undefined }
  | { type: 'approve'; note?: string | undefined }
  | { type: 'extend'; newDueDate: string; reason: string }
  | { type: 'stop'; reason: string }
  | { type: 'withdraw'; reason?: string | undefined }
  | { type: 'return_result'; method: ResultMethod; postalTrackingNumber?: string | undefined }
  | { type: 'record_payment'; method: PaymentMethod; reference?: string | undefined }
  | { type: 'rate'; scores: number[]; comment?: string | undefined }
  | { type: 'reissue_tracking_secret' };

export type OpType = DossierOp['type'];
export const OP_TYPES: readonly OpType[] = [
  'receive',
  'request_reception_supplement',
  'reject',
  'resubmit',
  'forward',
  'return_step',
  'consult',
  'answer_consultation',
  'request_supplement',
  'provide_supplement',
  'refuse',
  'approve',
  'extend',
  'stop',
  'withdraw',
  'return_result',
  'record_payment',
  'rate',
  'reissue_tracking_secret',
];
