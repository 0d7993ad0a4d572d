/** HTTP: meetings (issue 8 §1), the escalation ladder, the notice list, and the agencies tasks go to. */
import { z } from 'zod';
import { instantAsDate } from '../../platform/http/input-schemas.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { fail, forbiddenBecause, ok } from '../../platform/result.js';
import { listAgencies } from '../units/index.js';
import { getLadder, setLadder } from './escalation-ladder.js';
import { getMeeting, listMeetings, recordMeeting, updateMeeting } from './meetings.js';
import { msg } from './messages.js';
import { listNotices, markNoticeRead } from './notices.js';
import { isOfficialOf } from './policy.js';
import {
  idParam,
  ladderStep,
  ladderView,
  noticeView,
  page,
  pageOf,
  provinceCode,
  text,
  unitCode,
  version,
} from './route-schemas.js';
import { ATTENDANCE, BODY_KINDS, DOCUMENT_KINDS, DOCUMENT_OUTCOMES, PARTICIPANT_ROLES } from './schema.js';
import { resolveScope } from './scope.js';

const tags = ['oversight'];
const votes = z.number().int().min(0).max(100_000).optional();
const lists = {
  agenda: z
    .array(z.strictObject({ title: text(500), presenter: z.string().trim().max(200).optional() }))
    .max(100),
  participants: z
    .array(
      z.strictObject({
        name: text(200),
        title: z.string().trim().max(200).optional(),
        role: z.enum(PARTICIPANT_ROLES),
        attendance: z.enum(ATTENDANCE),
      }),
    )
    .max(500),
  documents: z
    .array(
      z.strictObject({
        kind: z.enum(DOCUMENT_KINDS),
        title: text(500),
        reference: z.string().trim().max(1000).optional(),
        outcome: z.enum(DOCUMENT_OUTCOMES).optional(),
        outcomeNote: z.string().trim().max(500).optional(),
        votesFor: votes,
        votesAgainst: votes,
        votesAbstain: votes,
      }),
    )
    .max(100),
};
const details = {
  bodyKind: z.enum(BODY_KINDS),
  bodyName: text(300),
  title: text(500),
  startsAt: instantAsDate,
  location: z.string().trim().max(300).optional(),
  chairName: z.string().trim().max(200).optional(),
  minutes: z.string().trim().max(50_000).optional(),
};

const meetingView = z.object({
  id: z.string(),
  provinceCode: z.string(),
  unitCode: z.string(),
  bodyKind: z.enum(BODY_KINDS),
  bodyName: z.string(),
  title: z.string(),
  startsAt: z.date(),
  location: z.string().nullable(),
  chairName: z.string().nullable(),
  minutes: z.string().nullable(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
  agenda: z.array(z.object({ position: z.number(), title: z.string(), presenter: z.string().nullable() })),
  participants: z.array(
    z.object({
      position: z.number(),
      name: z.string(),
      title: z.string().nullable(),
      role: z.enum(PARTICIPANT_ROLES),
      attendance: z.enum(ATTENDANCE),
    }),
  ),
  attendance: z.object({ present: z.number(), excused: z.number(), absent: z.number() }),
  documents: z.array(
    z.object({
      position: z.number(),
      kind: z.enum(DOCUMENT_KINDS),
      title: z.string(),
      reference: z.string().nullable(),
      outcome: z.enum(DOCUMENT_OUTCOMES).nullable(),
      outcomeNote: z.string().nullable(),
      votesFor: z.number().nullable(),
      votesAgainst: z.number().nullable(),
      votesAbstain: z.number().nullable(),
    }),
  ),
  conclusions: z.array(
    z.object({ id: z.string(), number: z.string(), title: z.string(), issuedOn: z.string() }),
  ),
  isIssuer: z.boolean(),
});

export async function meetingRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/oversight/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings of a province’s bodies, latest first',
        querystring: z.strictObject({ provinceCode, unitCode: unitCode.optional(), ...page }),
        response: {
          200: pageOf(
            z.object({
              id: z.string(),
              unitCode: z.string(),
              bodyKind: z.enum(BODY_KINDS),
              bodyName: z.string(),
              title: z.string(),
              startsAt: z.date(),
              location: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (request) => unwrap(await listMeetings(ctx(request), request.query)),
  );

  app.post(
    '/oversight/meetings',
    {
      schema: {
        tags,
        summary: 'Record a meeting: agenda, participants and attendance, documents and decisions, minutes',
        body: z.strictObject({ unitCode, ...details, ...lists }),
        response: { 201: meetingView },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await recordMeeting(ctx(request), request.body))),
  );

  app.get(
    '/oversight/meetings/:id',
    { schema: { tags, summary: 'One meeting', params: idParam, response: { 200: meetingView } } },
    async (request) => unwrap(await getMeeting(ctx(request), request.params.id)),
  );

  app.patch(
    '/oversight/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Amend a meeting (send its version); a list given replaces the stored one',
        params: idParam,
        body: z.strictObject({
          version,
          bodyKind: details.bodyKind.optional(),
          bodyName: details.bodyName.optional(),
          title: details.title.optional(),
          startsAt: details.startsAt.optional(),
          location: details.location,
          chairName: details.chairName,
          minutes: details.minutes,
          agenda: lists.agenda.optional(),
          participants: lists.participants.optional(),
          documents: lists.documents.optional(),
        }),
        response: { 200: meetingView },
      },
    },
    async (request) => unwrap(await updateMeeting(ctx(request), request.params.id, request.body)),
  );

  app.get(
    '/oversight/ladder/:provinceCode',
    {
      schema: {
        tags,
        summary: 'The province’s escalation ladder (the default until it sets its own)',
        params: z.strictObject({ provinceCode }),
        response: { 200: ladderView },
      },
    },
    async (request) => unwrap(await getLadder(ctx(request), request.params.provinceCode)),
  );

  app.put(
    '/oversight/ladder/:provinceCode',
    {
      schema: {
        tags,
        summary: 'Replace the province’s escalation ladder (system administrators, provincial leaders)',
        params: z.strictObject({ provinceCode }),
        body: z.strictObject({ steps: z.array(ladderStep).min(1).max(8) }),
        response: { 200: ladderView },
      },
    },
    async (request) => unwrap(await setLadder(ctx(request), request.params.provinceCode, request.body)),
  );

  app.get(
    '/oversight/notices',
    {
      schema: {
        tags,
        summary: 'My in-app notices: reminders, escalations, extension and completion decisions',
        querystring: z.strictObject({ unread: z.enum(['true', 'false']).default('false'), ...page }),
        response: { 200: pageOf(noticeView).extend({ unread: z.number() }) },
      },
    },
    async (request) =>
      unwrap(
        await listNotices(ctx(request), {
          unreadOnly: request.query.unread === 'true',
          page: request.query.page,
          pageSize: request.query.pageSize,
        }),
      ),
  );

  app.post(
    '/oversight/notices/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark a notice read',
        params: idParam,
        response: { 200: z.object({ id: z.string(), read: z.literal(true) }) },
      },
    },
    async (request) => unwrap(await markNoticeRead(ctx(request), request.params.id)),
  );

  app.get(
    '/oversight/agencies/:provinceCode',
    {
      schema: {
        tags,
        summary: 'The agencies of a province tasks can be given to (units module), by unit and name',
        params: z.strictObject({ provinceCode }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                unitCode: z.string(),
                kind: z.string(),
                name: z.string(),
                nameEn: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const scope = await resolveScope(ctx(request));
      const code = request.params.provinceCode;
      if (scope.kind === 'anonymous') return unwrap(fail({ kind: 'unauthenticated' as const }));
      if (!isOfficialOf(scope, code))
        return unwrap(forbiddenBecause(msg('oversight.listAgenciesOnly', { province: code })));
      const items = await listAgencies(app.database.db, code);
      return unwrap(
        ok({
          items: items.map(({ id, unitCode: u, kind, name, nameEn }) => ({
            id,
            unitCode: u,
            kind,
            name,
            nameEn,
          })),
        }),
      );
    },
  );
}
