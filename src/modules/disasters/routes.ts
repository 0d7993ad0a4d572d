import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bodyInt } from '../../platform/http/input-schemas.js';
import { languageOf } from '../../platform/http/messages.js';
import { fileResponse, MEDIA, PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { abilitiesIn } from './abilities.js';
import { GROUP_LETTER, GROUPS, INDICATORS } from './catalogue.js';
import { declareEvent, updateEvent } from './declare-event.js';
import { communeReports, getEvent, listEvents } from './event-views.js';
import { EXPORT_TABLES, eventCsv, eventXlsx } from './export-event.js';
import { raiseRecovery, recoveryOf } from './raise-recovery.js';
import { reportDamage } from './report-damage.js';
import * as s from './route-schemas.js';
import { listScenarios, saveScenario } from './scenarios.js';
import { HAZARDS } from './schema.js';

const tags = ['disasters'];
const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const idParam = z.strictObject({ id: z.uuid() });
const saved = z.object({ id: z.string(), version: z.number() });

function file(reply: FastifyReply, name: string, type: string, body: string | Buffer) {
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);
}

export async function disastersRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ctxOf(request, app.database);

  app.get(
    '/disasters/catalogue',
    {
      schema: {
        tags,
        summary: 'The damage indicators (Joint Circular 43/2015 art. 5) and hazards',
        // Reference lists, the same for everyone: public like the calendar and the catalogue.
        security: PUBLIC,
        response: { 200: s.catalogue },
      },
    },
    async () => ({
      groups: GROUPS.map((code) => ({ code, letter: GROUP_LETTER[code] })),
      indicators: [...INDICATORS],
      hazards: [...HAZARDS],
    }),
  );

  app.get(
    '/disasters/abilities',
    {
      schema: {
        tags,
        summary: 'What the reader may do in a province: steer, and the communes they report for',
        querystring: z.strictObject({ provinceCode }),
        response: { 200: s.abilities },
      },
    },
    async (request) => unwrap(await abilitiesIn(ctx(request), request.query.provinceCode)),
  );

  app.get(
    '/disasters/events',
    {
      schema: {
        tags,
        summary: 'Disaster events of a province the reader may see, newest first',
        querystring: z.strictObject({ provinceCode }),
        response: { 200: z.array(s.eventSummary) },
      },
    },
    async (request) => unwrap(await listEvents(ctx(request), request.query.provinceCode)),
  );

  app.post(
    '/disasters/events',
    {
      schema: {
        tags,
        summary: 'Declare a disaster event with the communes it struck (provincial command)',
        body: s.eventBody.extend({ provinceCode }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await declareEvent(ctx(request), request.body))),
  );

  app.get(
    '/disasters/events/:id',
    {
      schema: {
        tags,
        summary: 'An event: communes and their latest reports, the province aggregate, the aggregate per day',
        params: idParam,
        response: { 200: s.eventDetail },
      },
    },
    async (request) => unwrap(await getEvent(ctx(request), request.params.id)),
  );

  app.put(
    '/disasters/events/:id',
    {
      schema: {
        tags,
        summary: 'Change an event: dates, communes, its end (send the version you read)',
        params: idParam,
        body: s.eventBody.extend({ version: bodyInt(1) }),
        response: { 200: saved },
      },
    },
    async (request) => unwrap(await updateEvent(ctx(request), request.params.id, request.body)),
  );

  for (const format of ['xlsx', 'csv'] as const)
    app.get(
      `/disasters/events/:id/export.${format}`,
      {
        schema: {
          tags,
          summary: `An event's damage by commune or by day as ${format === 'xlsx' ? 'an Excel workbook' : 'CSV'}`,
          params: idParam,
          querystring: z.strictObject({
            table: z.enum(EXPORT_TABLES).default('communes'),
            lang: z.enum(['vi', 'en']).optional(),
          }),
          response: { 200: fileResponse(format.toUpperCase(), format === 'xlsx' ? MEDIA.xlsx : MEDIA.csv) },
        },
      },
      async (request, reply) => {
        const event = unwrap(await getEvent(ctx(request), request.params.id));
        const language = request.query.lang ?? languageOf(request.headers['accept-language']);
        const name = `thiet-hai-${event.code}-${request.query.table}.${format}`;
        return format === 'xlsx'
          ? file(reply, name, MEDIA.xlsx, await eventXlsx(event, request.query.table, language))
          : file(reply, name, 'text/csv; charset=utf-8', eventCsv(event, request.query.table, language));
      },
    );

  app.get(
    '/disasters/events/:id/communes/:unitCode/reports',
    {
      schema: {
        tags,
        summary: 'Every revision of a commune’s damage report for an event',
        params: z.strictObject({ id: z.uuid(), unitCode: s.commune }),
        response: { 200: z.array(s.report) },
      },
    },
    async (request) => unwrap(await communeReports(ctx(request), request.params.id, request.params.unitCode)),
  );

  app.post(
    '/disasters/events/:id/reports',
    {
      schema: {
        tags,
        summary: 'A commune reports (or revises) its damage for an event',
        params: idParam,
        body: s.damageBody,
        response: { 201: z.object({ id: z.string(), revision: z.number() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await reportDamage(ctx(request), request.params.id, request.body as never))),
  );

  app.get(
    '/disasters/events/:id/recovery',
    {
      schema: {
        tags,
        summary: 'The event’s relief and recovery directives and their tasks (from oversight)',
        params: idParam,
        response: { 200: s.recovery },
      },
    },
    async (request) => unwrap(await recoveryOf(ctx(request), request.params.id)),
  );

  app.post(
    '/disasters/events/:id/recovery',
    {
      schema: {
        tags,
        summary: 'Raise relief and recovery tasks for an event through oversight (provincial command)',
        params: idParam,
        body: s.recoveryBody,
        response: { 201: z.object({ id: z.string(), number: z.string() }) },
      },
    },
    async (request, reply) => {
      const issued = unwrap(await raiseRecovery(ctx(request), request.params.id, request.body));
      return reply.status(201).send({ id: issued.id, number: issued.number });
    },
  );

  app.get(
    '/disasters/scenarios',
    {
      schema: {
        tags,
        summary: 'Preparedness scenarios of the communes the reader may see',
        querystring: z.strictObject({ provinceCode, unitCode: s.commune.optional() }),
        response: { 200: z.array(s.scenario) },
      },
    },
    async (request) =>
      unwrap(await listScenarios(ctx(request), request.query.provinceCode, request.query.unitCode)),
  );

  app.post(
    '/disasters/scenarios',
    {
      schema: {
        tags,
        summary: 'Add a commune’s preparedness scenario',
        body: s.scenarioBody,
        response: { 201: saved },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await saveScenario(ctx(request), null, request.body))),
  );

  app.put(
    '/disasters/scenarios/:id',
    {
      schema: {
        tags,
        summary: 'Change a preparedness scenario (send the version you read)',
        params: idParam,
        body: s.scenarioBody.extend({ version: bodyInt(1) }),
        response: { 200: saved },
      },
    },
    async (request) => unwrap(await saveScenario(ctx(request), request.params.id, request.body)),
  );
}
