/**
 * Public feedback reads under /api/v1/feedback: published PAKN answers (no sign-in; personal data removed),
 * following an anonymous PAKN by code and key, rating an answer (signed in), the agencies a case can be routed
 * to, and the legal time limits in force.
 */
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/openapi.js';
import { problem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { listAgencies } from '../units/index.js';
import { listDeadlineRules } from './deadline-rule-admin.js';
import { FIELDS, VOTES } from './model.js';
import { trackCase } from './my-cases.js';
import { getPublishedAnswer, listPublishedAnswers } from './public-answers.js';
import { rateAnswer } from './rate-answer.js';
import {
  caseCode,
  codeParam,
  ownCaseSchema,
  page,
  pageOf,
  pageSize,
  provinceCode,
  publishedSchema,
  ruleSchema,
} from './route-schemas.js';

const tags = ['feedback'];

export async function feedbackPublicRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/feedback/answers',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Published PAKN answers (public; personal data removed), newest first',
        querystring: z.strictObject({
          provinceCode: provinceCode.optional(),
          field: z.enum(FIELDS).optional(),
          q: z.string().max(100).optional(),
          page,
          pageSize,
        }),
        response: { 200: pageOf(publishedSchema) },
      },
    },
    async (request) => unwrap(await listPublishedAnswers(ctx(request), request.query)),
  );

  app.get(
    '/feedback/answers/:code',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'One published PAKN answer',
        params: codeParam,
        response: { 200: publishedSchema },
      },
    },
    async (request) => unwrap(await getPublishedAnswer(ctx(request), request.params.code)),
  );

  app.put(
    '/feedback/answers/:code/rating',
    {
      schema: {
        tags,
        summary: 'Like or dislike a published answer (one vote per account; Decision 766 sub-indicator 5.3)',
        params: codeParam,
        body: z.strictObject({ vote: z.enum(VOTES) }),
        response: {
          200: z.object({ code: z.string(), likes: z.number(), dislikes: z.number(), myVote: z.enum(VOTES) }),
        },
      },
    },
    async (request) => unwrap(await rateAnswer(ctx(request), request.params.code, request.body.vote)),
  );

  // The key is a secret: it travels in the body, never in a URL that proxies, browsers and logs keep.
  app.post(
    '/feedback/track',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Follow an anonymous PAKN with its code and the key shown when it was filed (in the body)',
        body: z.strictObject({ code: caseCode, key: z.string().min(8).max(64) }),
        response: { 200: ownCaseSchema },
      },
    },
    async (request, reply) => {
      const found = unwrap(await trackCase(ctx(request), request.body.code, request.body.key));
      reply.header('cache-control', 'no-store');
      return found;
    },
  );

  // Old links put the key in the query string. They get 400 and are kept out of the request log: the key in
  // their URL is not written anywhere (issue 18 §6). The web page shows the form instead.
  app.get('/feedback/track', { logLevel: 'warn', schema: { hide: true } }, async (request, reply) =>
    reply
      .status(400)
      .type('application/problem+json')
      .send(
        problem(400, 'invalid-input', 'Invalid input', {
          detail: 'Send the case code and tracking key in the body of a POST to this address.',
          instance: request.url.split('?')[0],
          requestId: String(request.id),
        }),
      ),
  );

  app.get(
    '/feedback/agencies',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'The agencies of a province a case can be routed to',
        querystring: z.strictObject({ provinceCode }),
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
    async (request) => ({
      items: (await listAgencies(app.database.db, request.query.provinceCode)).map((a) => ({
        id: a.id,
        unitCode: a.unitCode,
        kind: a.kind,
        name: a.name,
        nameEn: a.nameEn,
      })),
    }),
  );

  app.get(
    '/feedback/rules',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'The legal time limits, with the dates each version is in force and its source',
        response: { 200: z.object({ items: z.array(ruleSchema) }) },
      },
    },
    async (request) => ({ items: await listDeadlineRules(ctx(request)) }),
  );
}
