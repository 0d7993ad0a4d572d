/** HTTP: the public reception schedule, sessions, the register, its cases, reports and exports (issue 21 §3). */
import { z } from 'zod';
import { calendarDate, dateOrInstant, instantAsDate, queryInt } from '../../platform/http/input-schemas.js';
import { fileResponse, MEDIA, PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { FIELDS } from '../feedback/index.js';
import { CSV_TYPE, exportRegisterCsv, exportReportXlsx } from './export-register.js';
import { CLASSIFICATIONS, MODES, OUTCOMES, SESSION_KINDS } from './model.js';
import { cancelSchedule, listSchedule, planSchedule } from './plan-schedule.js';
import { receptionReport } from './reception-report.js';
import { openEntryCase, recordEntry } from './record-entry.js';
import { recordSession } from './record-session.js';
import { getEntry, listRegister, revealEntryDenouncer } from './register-view.js';

const tags = ['reception'];
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const unitCode = z.string().regex(/^\d{2}$|^\d{5}$/, 'a 2-digit province or 5-digit commune code');
const idParam = z.strictObject({ id: z.uuid() });
const period = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'YYYY, YYYY-Qn or YYYY-MM');
const lang = z.enum(['vi', 'en']).default('vi');

const scheduleView = z.object({
  id: z.string(),
  provinceCode: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  receiverName: z.string(),
  receiverTitle: z.string(),
  kind: z.enum(SESSION_KINDS),
  mode: z.enum(MODES),
  startsAt: z.date(),
  endsAt: z.date(),
  location: z.string(),
  note: z.string().nullable(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
});

const caseInput = z.strictObject({
  title: text(300),
  field: z.enum(FIELDS),
  decisionKnownOn: calendarDate.optional(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  agencyId: z.uuid().optional(),
});

const entryRecorded = z.object({
  id: z.string(),
  seq: z.number(),
  year: z.number(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
});

const entryView = z.object({
  id: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  year: z.number(),
  seq: z.number(),
  receivedAt: z.date(),
  session: z.object({
    id: z.string(),
    receiverName: z.string(),
    receiverTitle: z.string(),
    kind: z.enum(SESSION_KINDS),
    mode: z.enum(MODES),
    location: z.string(),
  }),
  classification: z.enum(CLASSIFICATIONS),
  person: z
    .object({ fullName: z.string(), idNumber: z.string().nullable(), address: z.string().nullable() })
    .nullable(),
  personConfidential: z.boolean(),
  mayRevealDenouncer: z.boolean(),
  content: z.string(),
  peopleCount: z.number(),
  previouslyHandledBy: z.string().nullable(),
  withinCompetence: z.boolean(),
  outcome: z.enum(OUTCOMES),
  referredTo: z.string().nullable(),
  referralNumber: z.string().nullable(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  followUp: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});

const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<T[number], z.ZodNumber>);
const reportFigures = {
  sessions: z.number(),
  sessionsByKind: counts(SESSION_KINDS),
  receptions: z.number(),
  people: z.number(),
  byClassification: counts(CLASSIFICATIONS),
  byOutcome: counts(OUTCOMES),
};

const registerQuery = {
  provinceCode,
  unitCode: unitCode.optional(),
  from: dateOrInstant.optional(),
  to: dateOrInstant.optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
};

export async function receptionRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/reception/schedule',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'The published citizen-reception schedule of a province or unit (public, no sign-in)',
        querystring: z.strictObject({
          provinceCode,
          unitCode: unitCode.optional(),
          from: dateOrInstant,
          to: dateOrInstant,
        }),
        response: { 200: z.object({ items: z.array(scheduleView) }) },
      },
    },
    async (request) => ({ items: unwrap(await listSchedule(ctx(request), request.query)) }),
  );

  app.post(
    '/reception/schedule',
    {
      schema: {
        tags,
        summary: 'Publish a leader’s reception slot: who receives, when, where',
        body: z.strictObject({
          unitCode,
          receiverName: text(200),
          receiverTitle: text(200),
          kind: z.enum(SESSION_KINDS),
          mode: z.enum(MODES),
          startsAt: instantAsDate,
          endsAt: instantAsDate,
          location: text(500),
          note: optionalText(2000),
        }),
        response: { 201: scheduleView },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await planSchedule(ctx(request), request.body))),
  );

  app.post(
    '/reception/schedule/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a published slot, with the reason (it stays published as cancelled)',
        params: idParam,
        body: z.strictObject({ reason: text(1000) }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => unwrap(await cancelSchedule(ctx(request), request.params.id, request.body.reason)),
  );

  app.post(
    '/reception/sessions',
    {
      schema: {
        tags,
        summary: 'Record a reception session held (from a slot or ad hoc)',
        body: z.strictObject({
          unitCode,
          scheduleId: z.uuid().optional(),
          receiverName: text(200),
          receiverTitle: text(200),
          receiverUserId: z.uuid().optional(),
          kind: z.enum(SESSION_KINDS),
          mode: z.enum(MODES),
          startedAt: instantAsDate,
          location: text(500),
        }),
        response: { 201: z.object({ id: z.string(), unitCode: z.string(), heldOn: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await recordSession(ctx(request), request.body))),
  );

  app.post(
    '/reception/entries',
    {
      schema: {
        tags,
        summary:
          'Enter a reception in the register (Form 03/TCD); with outcome case_opened it becomes a feedback case at once',
        body: z.strictObject({
          sessionId: z.uuid(),
          receivedAt: instantAsDate.optional(),
          classification: z.enum(CLASSIFICATIONS),
          person: z.strictObject({
            fullName: text(200),
            idNumber: z
              .string()
              .trim()
              .regex(/^(\d{9}|\d{12})$/)
              .optional(),
            address: optionalText(500),
            phone: optionalText(30),
          }),
          content: text(10_000),
          peopleCount: z.number().int().min(1).max(10_000).optional(),
          previouslyHandledBy: optionalText(500),
          withinCompetence: z.boolean(),
          outcome: z.enum(OUTCOMES),
          referredTo: optionalText(500),
          referralNumber: optionalText(100),
          followUp: optionalText(2000),
          note: optionalText(2000),
          case: caseInput.optional(),
        }),
        response: { 201: entryRecorded },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await recordEntry(ctx(request), request.body))),
  );

  app.get(
    '/reception/entries',
    {
      schema: {
        tags,
        summary:
          'The register rows of the units I may read, newest first (a denouncer shown as confidential)',
        querystring: z.strictObject({
          ...registerQuery,
          page: queryInt(1, 100_000).default(1),
          pageSize: queryInt(1, 200).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(entryView),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => unwrap(await listRegister(ctx(request), request.query)),
  );

  app.get(
    '/reception/entries/:id',
    {
      schema: { tags, summary: 'One register row', params: idParam, response: { 200: entryView } },
    },
    async (request) => unwrap(await getEntry(ctx(request), request.params.id)),
  );

  app.post(
    '/reception/entries/:id/case',
    {
      schema: {
        tags,
        summary:
          'Turn a pending reception into a PAKN, complaint or denunciation case of the feedback module',
        params: idParam,
        body: caseInput,
        response: { 200: entryRecorded },
      },
    },
    async (request) => unwrap(await openEntryCase(ctx(request), request.params.id, request.body)),
  );

  app.get(
    '/reception/entries/:id/denouncer',
    {
      schema: {
        tags,
        summary: 'The denouncer received (the recording official and the receiving leader only; audited)',
        params: idParam,
        response: {
          200: z.object({
            fullName: z.string(),
            idNumber: z.string().nullable(),
            address: z.string().nullable(),
            phone: z.string().nullable(),
            content: z.string(),
          }),
        },
      },
    },
    async (request) => unwrap(await revealEntryDenouncer(ctx(request), request.params.id)),
  );

  app.get(
    '/reception/report',
    {
      schema: {
        tags,
        summary: 'Reception per period and unit: sessions, receptions, people, by classification and outcome',
        querystring: z.strictObject({ provinceCode, unitCode: unitCode.optional(), period }),
        response: {
          200: z.object({
            provinceCode: z.string(),
            unitCode: z.string().nullable(),
            period: z.string(),
            from: z.string(),
            to: z.string(),
            lines: z.array(z.object({ unitCode: z.string(), unitName: z.string(), ...reportFigures })),
            total: z.object(reportFigures),
          }),
        },
      },
    },
    async (request) => unwrap(await receptionReport(ctx(request), request.query)),
  );

  app.get(
    '/reception/report.xlsx',
    {
      schema: {
        tags,
        summary: 'The period report as an Excel workbook',
        querystring: z.strictObject({ provinceCode, unitCode: unitCode.optional(), period, lang }),
        response: { 200: fileResponse('Excel workbook', MEDIA.xlsx) },
      },
    },
    async (request, reply) => {
      const { lang: language, ...query } = request.query;
      const file = unwrap(await exportReportXlsx(ctx(request), query, language));
      return reply
        .type(MEDIA.xlsx)
        .header('content-disposition', `attachment; filename="tiep-cong-dan-${query.period}.xlsx"`)
        .send(file);
    },
  );

  app.get(
    '/reception/register.csv',
    {
      schema: {
        tags,
        summary: 'The register as Form 03/TCD’s 13 columns (CSV, UTF-8)',
        querystring: z.strictObject({ ...registerQuery, lang }),
        response: { 200: fileResponse('CSV, UTF-8', MEDIA.csv) },
      },
    },
    async (request, reply) => {
      const { lang: language, ...query } = request.query;
      const file = unwrap(await exportRegisterCsv(ctx(request), query, language));
      return reply
        .type(CSV_TYPE)
        .header('content-disposition', 'attachment; filename="so-tiep-cong-dan.csv"')
        .send(file);
    },
  );
}
