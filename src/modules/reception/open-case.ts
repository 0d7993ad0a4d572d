/**
 * Column 11 of the register: a reception within competence becomes a case of the feedback module — a PAKN, a
 * complaint or a denunciation under its own law and deadlines — created through the feedback module's index,
 * in the register's transaction, so the register never points at a case that was not written.
 */
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import type { Result } from '../../platform/result.js';
import { type Field, type Submitted, submitFeedback } from '../feedback/index.js';
import { type Classification, caseKindOf } from './model.js';

export interface CaseInput {
  title: string;
  field: Field;
  /** A complaint: when the decision complained of was received or learned of (Law on Complaints art. 9). */
  decisionKnownOn?: string | undefined;
  communeCode?: string | undefined;
  /** The competent agency chosen by the receiving official; routed by field and place otherwise. */
  agencyId?: string | undefined;
}

export interface Person {
  fullName: string;
  idNumber?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
}

export function openCase(
  ctx: Ctx,
  tx: Executor,
  input: {
    provinceCode: string;
    classification: Classification;
    content: string;
    person: Person;
    kase: CaseInput;
  },
): Promise<Result<Submitted>> {
  // The citizen came in person: a counter intake by the official, under the feedback module's own rules.
  return submitFeedback(
    { ...ctx, db: tx },
    {
      provinceCode: input.provinceCode,
      kind: caseKindOf(input.classification),
      channel: 'counter',
      field: input.kase.field,
      subject: input.classification === 'feedback' ? 'regulation' : undefined,
      title: input.kase.title,
      content: input.content,
      communeCode: input.kase.communeCode,
      agencyId: input.kase.agencyId,
      decisionKnownOn: input.kase.decisionKnownOn,
      person: {
        fullName: input.person.fullName,
        idNumber: input.person.idNumber,
        address: input.person.address,
        phone: input.person.phone,
      },
    },
  );
}
