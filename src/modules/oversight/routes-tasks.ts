/** HTTP: tasks — the lists, one task, and each step of its life (issue 8 §3, §5). */
import { z } from 'zod';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { acceptTask } from './accept-task.js';
import { DUE_STATES } from './due-state.js';
import { decideExtension, requestExtension } from './extensions.js';
import { listTasks } from './list-tasks.js';
import { reportCompletion, reportProgress } from './report-progress.js';
import { reviewCompletion } from './review-completion.js';
import {
  attachments,
  idParam,
  isoDate,
  page,
  pageOf,
  taskDetail,
  taskSummary,
  text,
  unitCode,
  version,
} from './route-schemas.js';
import { LINK_KINDS, TASK_STATUSES } from './schema.js';
import { getTask } from './task-action.js';
import { addTaskLink, removeTaskLink } from './task-links.js';

const tags = ['oversight'];
const one = { 200: taskDetail };

export async function taskRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/oversight/tasks',
    {
      schema: {
        tags,
        summary:
          'Tasks of my agency (view=agency) or of the conclusions my unit issued (view=issued), counted',
        querystring: z.strictObject({
          view: z.enum(['agency', 'issued']).default('agency'),
          status: z.enum(TASK_STATUSES).optional(),
          dueState: z.enum(DUE_STATES).optional(),
          agencyId: z.uuid().optional(),
          conclusionId: z.uuid().optional(),
          issuerUnitCode: unitCode.optional(),
          escalation: z.enum(['any', 'issuer']).optional(),
          neverReported: z.enum(['true', 'false']).optional(),
          q: z.string().trim().max(100).optional(),
          ...page,
        }),
        response: {
          200: pageOf(taskSummary).extend({
            today: z.string(),
            counts: z.object({
              byStatus: z.record(z.enum(TASK_STATUSES), z.number()),
              byDueState: z.record(z.enum(DUE_STATES), z.number()),
            }),
          }),
        },
      },
    },
    async (request) => {
      const { neverReported, ...query } = request.query;
      return unwrap(await listTasks(ctx(request), { ...query, neverReported: neverReported === 'true' }));
    },
  );

  app.get(
    '/oversight/tasks/:id',
    {
      schema: {
        tags,
        summary: 'One task with its reports, extensions, escalations and links',
        params: idParam,
        response: one,
      },
    },
    async (request) => unwrap(await getTask(ctx(request), request.params.id)),
  );

  app.post(
    '/oversight/tasks/:id/accept',
    {
      schema: {
        tags,
        summary: 'The lead agency accepts the task (assigned → in progress)',
        params: idParam,
        body: z.strictObject({ version }),
        response: one,
      },
    },
    async (request) => unwrap(await acceptTask(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/oversight/tasks/:id/progress',
    {
      schema: {
        tags,
        summary: 'The lead agency reports progress: a percentage below 100, text, attachment references',
        params: idParam,
        body: z.strictObject({
          version,
          percent: z.number().int().min(0).max(99),
          text: text(5000),
          attachments,
        }),
        response: one,
      },
    },
    async (request) => unwrap(await reportProgress(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/oversight/tasks/:id/completion',
    {
      schema: {
        tags,
        summary: 'The lead agency reports the task complete; the issuer then confirms or reopens it',
        params: idParam,
        body: z.strictObject({ version, text: text(5000), attachments }),
        response: one,
      },
    },
    async (request) => unwrap(await reportCompletion(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/oversight/tasks/:id/review',
    {
      schema: {
        tags,
        summary: 'The issuing leader confirms a reported completion or reopens the task (a note is required)',
        params: idParam,
        body: z.strictObject({
          version,
          outcome: z.enum(['confirm', 'reopen']),
          note: z.string().trim().max(2000).optional(),
        }),
        response: one,
      },
    },
    async (request) => unwrap(await reviewCompletion(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/oversight/tasks/:id/extensions',
    {
      schema: {
        tags,
        summary: 'The lead agency asks to extend the deadline (one request open at a time)',
        params: idParam,
        body: z.strictObject({ version, requestedDeadline: isoDate, reason: text(2000) }),
        response: one,
      },
    },
    async (request) => unwrap(await requestExtension(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/oversight/tasks/:id/extensions/:requestId/decision',
    {
      schema: {
        tags,
        summary: 'The issuing leader grants (the asked or another later date) or refuses an extension',
        params: z.strictObject({ id: z.uuid(), requestId: z.uuid() }),
        body: z.strictObject({
          version,
          decision: z.enum(['grant', 'refuse']),
          grantedDeadline: isoDate.optional(),
          note: z.string().trim().max(2000).optional(),
        }),
        response: one,
      },
    },
    async (request) =>
      unwrap(await decideExtension(ctx(request), request.params.id, request.params.requestId, request.body)),
  );

  app.post(
    '/oversight/tasks/:id/links',
    {
      schema: {
        tags,
        summary: 'Point the task at a dossier, complaint, target or investment project (kind + id or code)',
        params: idParam,
        body: z.strictObject({
          version,
          kind: z.enum(LINK_KINDS),
          reference: text(200),
          note: z.string().trim().max(500).optional(),
        }),
        response: one,
      },
    },
    async (request) => unwrap(await addTaskLink(ctx(request), request.params.id, request.body)),
  );

  app.delete(
    '/oversight/tasks/:id/links/:linkId',
    {
      schema: {
        tags,
        summary: 'Remove a link (send the task version in the query)',
        params: z.strictObject({ id: z.uuid(), linkId: z.uuid() }),
        querystring: z.strictObject({ version: z.coerce.number().int().min(1).max(2_000_000_000) }),
        response: one,
      },
    },
    async (request) =>
      unwrap(
        await removeTaskLink(ctx(request), request.params.id, request.params.linkId, {
          version: request.query.version,
        }),
      ),
  );
}
