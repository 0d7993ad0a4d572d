import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Actor, Ctx } from '../context.js';
import { type Database, isDatabaseUnavailable } from '../database/connection.js';
import type { Logger } from '../logging.js';
import {
  frameworkErrorText,
  internalMessage,
  invalidDetail,
  issueText,
  unknownFieldText,
} from './edge-messages.js';
import { languageOf } from './messages.js';
import { swaggerOptions } from './openapi.js';
import {
  HttpProblem,
  noRouteMessage,
  problem,
  RETRY_AFTER_SECONDS,
  sendProblem,
  unavailableProblem,
} from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyInstance {
    database: Database;
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  Logger,
  ZodTypeProvider
>;

export interface ServerOptions {
  database: Database;
  logger: Logger;
  version: string;
  trustProxy: boolean;
  /** Where people reach the installation (TINHSO_PUBLIC_URL): an https address turns on HSTS everywhere. */
  publicUrl?: string | undefined;
  /** Built web app (web/dist); when missing, `/` explains how to build it. */
  webDist?: string;
  /** Sets request.actor from the session; provided by the identity module. */
  authenticate: (request: FastifyRequest, reply: import('fastify').FastifyReply) => Promise<void>;
  /** Registers each module's routes under /api/v1. */
  registerRoutes: (app: App) => Promise<void>;
}

/**
 * ASVS 14.4.3/14.4.7: no page of ours may be framed (clickjacking), no <base> or plugin object injected. The
 * script-src and style-src parts wait for the whole browser suite to run under them (docs/security/asvs-level2.md).
 */
const FRAME_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
/** ASVS 9.1.1 / 14.4.5: a year, subdomains included, once the installation is reached over https. */
const HSTS = 'max-age=31536000; includeSubDomains';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildServer(options: ServerOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: options.logger,
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Long path parameters reach validation (400 problem+json) instead of the router's bare 414.
    routerOptions: { maxParamLength: 8192 },
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorateRequest('actor', undefined as unknown as never);

  const httpsOnly = options.publicUrl?.startsWith('https://') ?? false;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', FRAME_POLICY);
    if (httpsOnly || request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    request.actor = { kind: 'anonymous' };
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(request, reply, error.problem, error.headers);
    const language = languageOf(request.headers['accept-language']);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = String(error.validationContext ?? 'body');
      const errors = error.validation.flatMap((issue) => {
        const at = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const keys = (issue.params as { keys?: unknown }).keys;
        if (Array.isArray(keys) && keys.length > 0) {
          return keys.map((key) => ({
            field: [at, String(key)].filter(Boolean).join('.'),
            message: unknownFieldText(language),
          }));
        }
        return [{ field: at || context, message: issueText(issue, language) }];
      });
      return sendProblem(
        request,
        reply,
        problem(400, 'invalid-input', 'Invalid input', {
          detail: invalidDetail(context, errors, language),
          errors,
        }),
      );
    }
    if (isDatabaseUnavailable(error)) {
      // Saturated pool, database restarting or gone (issue 17 §1, issue 18 §5): the client should retry.
      request.log.warn({ err: error, requestId: request.id }, 'database unavailable');
      const unavailable = unavailableProblem();
      return sendProblem(request, reply, unavailable.problem, unavailable.headers);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      const code = (error as { code?: string }).code ?? 'bad-request';
      return sendProblem(
        request,
        reply,
        problem(status, code.toLowerCase().replaceAll('_', '-'), titleFor(status), {
          detail: frameworkErrorText(code, (error as Error).message, language),
        }),
      );
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      problem(500, 'internal', 'Internal error', {
        detail: `Something went wrong on our side. Quote request id ${request.id} when reporting it.`,
        localized: internalMessage(String(request.id)),
      }),
    );
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, swaggerOptions(options.version));
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    if (await databaseAnswers(options.database)) return { status: 'ready' };
    return reply
      .status(503)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({ status: 'unavailable', detail: 'database not reachable' });
  });

  await app.register(
    async (api) => {
      api.addHook('onRequest', options.authenticate);
      await options.registerRoutes(api as unknown as App);
    },
    { prefix: '/api/v1' },
  );

  const webDist = options.webDist;
  const hasWeb = webDist !== undefined && existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    const isApi = url.startsWith('/api') || url.startsWith('/open311');
    if (!isApi && request.method === 'GET') {
      if (hasWeb) return reply.type('text/html').sendFile('index.html');
      return reply
        .type('text/plain; charset=utf-8')
        .send('tinhso is running, but the web app is not built yet: run `npm run build`.');
    }
    return sendProblem(
      request,
      reply,
      problem(404, 'not-found', 'Not found', {
        detail: `No route ${request.method} ${url.split('?')[0]}.`,
        localized: noRouteMessage(`${request.method} ${url.split('?')[0]}`),
      }),
    );
  });

  return app;
}

const READY_CHECK_MS = 3_000;

/** `select 1` within READY_CHECK_MS: a load balancer must hear "not ready" quickly, not after the pool wait. */
async function databaseAnswers(database: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_CHECK_MS);
  });
  const answered = database.pool.query('select 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad request',
    401: 'Sign-in required',
    403: 'Not allowed',
    404: 'Not found',
    405: 'Method not allowed',
    406: 'Not acceptable',
    409: 'Conflict',
    413: 'Request too large',
    415: 'Unsupported media type',
    429: 'Too many requests',
  };
  return titles[status] ?? 'Bad request';
}

/** The use-case context of a request. */
export function ctxOf(request: FastifyRequest, database: Database): Ctx {
  return {
    db: database.db,
    actor: request.actor,
    requestId: String(request.id),
    now: new Date(),
    log: request.log as Logger,
    reads: () => database.read(),
  };
}
