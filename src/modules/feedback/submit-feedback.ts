/**
 * Tiếp nhận — receive a PAKN, a complaint or a denunciation (issue 10 §1), from the portal, a counter, by post or
 * through Open311: register it under a code, route it to a competent agency, start the first legal deadline,
 * and keep the person apart from the case (a confidential table for denouncers).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { type FieldError, fail, invalid, invalidBecause, ok, type Result } from '../../platform/result.js';
import { foldForSearch } from '../../platform/search-text.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findAgency, findUnits } from '../units/index.js';
import {
  addEvent,
  type CaseRow,
  type Clock,
  caseDeadlines,
  clockFor,
  inTransaction,
  nextCaseCode,
  startDeadline,
} from './case-store.js';
import { complaintVariant, dayOf, dueFor, limitationEnd, ruleInForce } from './deadline-rules.js';
import { denouncerCtx } from './denouncer-privacy.js';
import { msg } from './messages.js';
import type { CaseKind, Channel, Field, Subject } from './model.js';
import { decideIntake } from './policy.js';
import { type PersonalData, redactPersonalData } from './redact.js';
import { routeCase } from './route.js';
import { cases, denouncers, open311Tokens, submitters } from './schema.js';

export interface PersonInput {
  fullName?: string | undefined;
  /** Số định danh cá nhân (12 digits) or an old identity card (9 digits). */
  idNumber?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
}

export interface SubmitInput {
  provinceCode: string;
  kind: CaseKind;
  channel: Channel;
  field: Field;
  subject?: Subject | undefined;
  title: string;
  content: string;
  communeCode?: string | undefined;
  address?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  mediaUrl?: string | undefined;
  /** The receiving official's choice of competent agency; routed by field and place otherwise. */
  agencyId?: string | undefined;
  person?: PersonInput | undefined;
  /** Complaints: when the decision was received or learned of (limitation, art. 9), days lost to obstacles. */
  decisionKnownOn?: string | undefined;
  obstacleDays?: number | undefined;
  remoteArea?: boolean | undefined;
  /** A second-level complaint names the first one's code (Law on Complaints art. 33). */
  previousCaseCode?: string | undefined;
  /** Denunciations that need checks at several places (art. 24(1)). */
  multiPlace?: boolean | undefined;
  /** Open311: the client's account or device, and the token the request is answered with. */
  externalAccount?: string | undefined;
  open311?: { apiKeyId: string; token: string } | undefined;
}

export interface Submitted {
  id: string;
  code: string;
  kind: CaseKind;
  status: 'received';
  receivedAt: Date;
  agency: { id: string; name: string; unitCode: string };
  /** The first legal step and when it is due. */
  firstStep: { step: string; dueAt: Date };
  /** Complaints: when the 90-day limitation ends (or ended); `expired` when filed after it. */
  limitation: { endsAt: Date; expired: boolean } | null;
  /** Shown once to an anonymous PAKN submitter: with the code, it opens the case's status. */
  trackingKey: string | null;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function personErrors(kind: CaseKind, person: PersonInput | undefined): FieldError[] {
  if (kind === 'pakn') return [];
  const errors: FieldError[] = [];
  if (!person?.fullName?.trim()) errors.push({ field: 'person.fullName', message: 'required' });
  if (!person?.idNumber?.trim()) errors.push({ field: 'person.idNumber', message: 'required' });
  if (!person?.address?.trim()) errors.push({ field: 'person.address', message: 'required' });
  return errors;
}

const clean = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : nfc(text));

export async function submitFeedback(ctx: Ctx, input: SubmitInput): Promise<Result<Submitted>> {
  const decision = decideIntake(ctx.actor, input.kind, input.channel, input.provinceCode);
  if (decision === 'unauthenticated')
    return fail({
      kind: 'unauthenticated',
      detail: 'Complaints and denunciations are filed by an identified person: sign in first.',
      localized: msg('feedback.signInToFile'),
    });
  if (decision !== 'allow')
    return fail({
      kind: 'forbidden',
      detail: 'You may not register this kind of submission through this channel here.',
      localized: msg('feedback.channelNotAllowed'),
    });

  const errors = personErrors(input.kind, input.person);
  if (input.kind === 'complaint' && !input.decisionKnownOn)
    errors.push({
      field: 'decisionKnownOn',
      message: 'required for a complaint (limitation, Law on Complaints art. 9)',
    });
  if ((input.lat === undefined) !== (input.lng === undefined))
    errors.push({ field: input.lat === undefined ? 'lat' : 'lng', message: 'send lat and lng together' });
  if (errors.length) return invalidBecause(msg('feedback.missingInformation'), errors);

  const units = await findUnits(ctx.db, [
    input.provinceCode,
    ...(input.communeCode ? [input.communeCode] : []),
  ]);
  const province = units.get(input.provinceCode);
  if (province?.level !== 'province')
    return invalidBecause(msg('feedback.noProvince', { code: input.provinceCode }), [
      { field: 'provinceCode', message: 'unknown province' },
    ]);
  if (input.communeCode) {
    const commune = units.get(input.communeCode);
    if (!commune || commune.provinceCode !== input.provinceCode || commune.level !== 'commune')
      return invalidBecause(
        msg('feedback.noCommune', { commune: input.communeCode, province: input.provinceCode }),
        [{ field: 'communeCode', message: 'not a commune of the province' }],
      );
  }
  const agency = input.agencyId
    ? await findAgency(ctx.db, input.agencyId)
    : await routeCase(ctx.db, input.provinceCode, input.kind, input.field, input.communeCode ?? null);
  if (!agency || agency.provinceCode !== input.provinceCode) {
    return invalidBecause(
      input.agencyId
        ? msg('feedback.agencyNotOfProvince')
        : msg('feedback.noReceivingAgency', { province: input.provinceCode }),
      [{ field: input.agencyId ? 'agencyId' : 'provinceCode', message: 'no competent agency' }],
    );
  }

  const clock = await clockFor(ctx.db, input.provinceCode);
  const receivedAt = ctx.now;
  let previous: CaseRow | undefined;
  if (input.kind === 'complaint' && input.previousCaseCode) {
    const checked = await checkSecondComplaint(ctx, clock, input, receivedAt);
    if (!checked.ok) return checked;
    previous = checked.value;
  }
  let limitation: Submitted['limitation'] = null;
  if (input.kind === 'complaint' && input.decisionKnownOn) {
    const rule = ruleInForce(clock.rules, 'complaint', 'limitation', 'normal', dayOf(receivedAt));
    if (rule) {
      const endsAt = limitationEnd(clock.cal, rule, input.decisionKnownOn, input.obstacleDays ?? 0);
      limitation = { endsAt, expired: receivedAt.getTime() >= endsAt.getTime() };
    }
  }

  const person = input.person ?? {};
  const account = ctx.actor.kind === 'user' && input.channel === 'portal' ? ctx.actor : null;
  const personal: PersonalData = {
    names: [person.fullName, account?.displayName, account?.username],
    idNumbers: [person.idNumber],
    phones: [person.phone],
    emails: [person.email],
    addresses: [person.address],
  };
  const title = nfc(input.title);
  const content = nfc(input.content);
  const publicTitle = redactPersonalData(title, personal);
  // A denouncer filing on the portal is recorded under the intake's name, never their account (art. 47).
  const recorded = input.kind === 'denunciation' && account ? denouncerCtx(ctx) : ctx;
  const trackingKey =
    input.kind === 'pakn' && ctx.actor.kind === 'anonymous' ? randomBytes(12).toString('base64url') : null;
  const id = newId();
  const firstStep = input.kind === 'pakn' ? 'process' : input.kind === 'complaint' ? 'accept' : 'register';
  const variant = input.kind === 'denunciation' && input.multiPlace ? 'multi_place' : 'normal';

  return inTransaction(ctx.db, async (tx) => {
    const code = await nextCaseCode(tx, input.provinceCode, input.kind, dayOf(receivedAt));
    const row = {
      id,
      code,
      provinceCode: input.provinceCode,
      kind: input.kind,
      channel: input.channel,
      subject: input.kind === 'pakn' ? (input.subject ?? 'regulation') : null,
      field: input.field,
      title,
      content,
      publicTitle,
      publicContent: redactPersonalData(content, personal),
      searchText: foldForSearch(`${code} ${publicTitle}`),
      communeCode: input.communeCode ?? null,
      address: clean(input.address),
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      mediaUrl: clean(input.mediaUrl),
      agencyId: agency.id,
      unitCode: agency.unitCode,
      status: 'received' as const,
      level: previous ? 2 : 1,
      previousCaseId: previous?.id ?? null,
      remoteArea: Boolean(input.remoteArea ?? previous?.remoteArea),
      multiPlace: Boolean(input.multiPlace),
      decisionKnownOn: input.decisionKnownOn ?? null,
      obstacleDays: input.obstacleDays ?? 0,
      receivedAt,
      trackingKeyHash: trackingKey ? hashKey(trackingKey) : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await tx.insert(cases).values(row);
    const identity = {
      caseId: id,
      provinceCode: input.provinceCode,
      userId: account?.userId ?? null,
      phone: clean(person.phone),
      email: clean(person.email),
      address: clean(person.address),
      createdAt: ctx.now,
    };
    if (input.kind === 'denunciation') {
      await tx
        .insert(denouncers)
        .values({ ...identity, fullName: nfc(person.fullName!), idNumber: nfc(person.idNumber!) });
    } else {
      await tx.insert(submitters).values({
        ...identity,
        fullName: clean(person.fullName),
        idNumber: clean(person.idNumber),
        externalAccount: clean(input.externalAccount),
      });
    }
    if (input.open311) {
      await tx.insert(open311Tokens).values({
        token: input.open311.token,
        caseId: id,
        provinceCode: input.provinceCode,
        apiKeyId: input.open311.apiKeyId,
        createdAt: ctx.now,
      });
    }
    const deadline = await startDeadline(tx, clock, row, firstStep, variant, receivedAt, { now: ctx.now });
    await addEvent(tx, recorded, row, 'received', {
      data: { channel: input.channel, agency: agency.name, dueAt: deadline.dueAt.toISOString() },
    });
    await recordAudit(tx, recorded, {
      action: 'feedback.received',
      entityType: 'feedback_case',
      entityId: id,
      provinceCode: input.provinceCode,
      // The trail is read by administrators: the case's facts only, never the person.
      after: {
        code,
        kind: input.kind,
        channel: input.channel,
        field: input.field,
        agencyId: agency.id,
        level: row.level,
      },
    });
    return ok({
      id,
      code,
      kind: input.kind,
      status: 'received' as const,
      receivedAt,
      agency: { id: agency.id, name: agency.name, unitCode: agency.unitCode },
      firstStep: { step: firstStep, dueAt: deadline.dueAt },
      limitation,
      trackingKey,
    });
  });
}

/**
 * Khiếu nại lần hai (Law on Complaints art. 33): the first complaint, of the same province, was decided (or its
 * time lapsed), and the second comes within 30 days (45 in remote areas) of the decision or of the lapse.
 */
async function checkSecondComplaint(
  ctx: Ctx,
  clock: Clock,
  input: SubmitInput,
  receivedAt: Date,
): Promise<Result<CaseRow>> {
  const field = (message: string) => [{ field: 'previousCaseCode', message }];
  const [first] = await ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.code, input.previousCaseCode!), eq(cases.provinceCode, input.provinceCode)));
  if (first?.kind !== 'complaint' || first.level !== 1)
    return invalidBecause(msg('feedback.noFirstComplaint'), field('unknown'));
  const resolve = (await caseDeadlines(ctx.db, first.id)).find((d) => d.step === 'resolve');
  const from = first.answeredAt ?? (resolve && resolve.dueAt <= receivedAt ? resolve.dueAt : null);
  if (!from)
    return invalid(
      'The first complaint is still within its time for resolution.',
      field('first complaint not decided yet'),
    );
  const rule = ruleInForce(
    clock.rules,
    'complaint',
    'second_filing',
    complaintVariant({ complex: false, remoteArea: Boolean(input.remoteArea ?? first.remoteArea) }),
    dayOf(from),
  );
  if (rule && receivedAt.getTime() > dueFor(clock.cal, rule, from).getTime())
    return invalidBecause(msg('feedback.secondWithin', { days: rule.amount }), field('out of time'));
  return ok(first);
}
