import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DomainError, FieldError, Result } from '../result.js';
import { defineMessages, languageOf, type Message, renderMessage, translateKnown } from './messages.js';
import './field-phrases.js';

/** The problems every module shares, told in the user's language (issue 15 §2). */
const msg = defineMessages({
  'platform.signIn': { vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Sign in to continue.' },
  'platform.forbidden': {
    vi: 'Vai trò của bạn không cho phép thực hiện thao tác này tại đơn vị này.',
    en: 'Your roles do not allow this action on this unit.',
  },
  'platform.notFound': {
    vi: 'Không tìm thấy dữ liệu được yêu cầu, hoặc bạn không có quyền xem.',
    en: 'No such {resource}.',
  },
  'platform.notFoundId': {
    vi: 'Không tìm thấy dữ liệu được yêu cầu, hoặc bạn không có quyền xem.',
    en: 'No {resource} with id "{id}".',
  },
  'platform.unavailable': {
    vi: 'Hệ thống đang bận hoặc cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau ít phút.',
    en: 'The service is busy or its database is unavailable. Try again shortly.',
  },
  'platform.noRoute': { vi: 'Không có địa chỉ {route}.', en: 'No route {route}.' },
});

/** The localized "no such route" problem of the server's 404 handler. */
export const noRouteMessage = (route: string) => msg('platform.noRoute', { route });

/** RFC 9457 problem details, as every API error is sent. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  current?: unknown;
  /** The detail in the user's language, rendered when the problem is sent (never sent as such). */
  localized?: Message;
}

const TYPE_BASE = 'https://tinhso.dev/problems/';

/** Thrown from a handler to end the request with this problem; the error handler sends it. */
export class HttpProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
  }
}

export function problem(status: number, slug: string, title: string, extra: Partial<Problem> = {}): Problem {
  return { type: `${TYPE_BASE}${slug}`, title, status, ...extra };
}

export function problemForDomainError(error: DomainError): {
  problem: Problem;
  headers: Record<string, string>;
} {
  switch (error.kind) {
    case 'invalid':
      return {
        problem: problem(400, 'invalid-input', 'Invalid input', {
          detail: error.detail,
          ...(error.errors ? { errors: error.errors } : {}),
          ...(error.localized ? { localized: error.localized } : {}),
        }),
        headers: {},
      };
    case 'unauthenticated':
      return {
        problem: problem(401, 'unauthenticated', 'Sign-in required', {
          detail: error.detail ?? 'Sign in to continue.',
          ...(error.localized
            ? { localized: error.localized }
            : error.detail
              ? {}
              : { localized: msg('platform.signIn') }),
        }),
        headers: {},
      };
    case 'forbidden':
      return {
        problem: problem(403, error.problemType ?? 'forbidden', 'Not allowed', {
          detail: error.detail ?? 'Your roles do not allow this action on this unit.',
          ...(error.localized
            ? { localized: error.localized }
            : error.detail
              ? {}
              : { localized: msg('platform.forbidden') }),
        }),
        headers: {},
      };
    case 'not_found':
      return {
        problem: problem(404, 'not-found', 'Not found', {
          detail: error.id ? `No ${error.resource} with id "${error.id}".` : `No such ${error.resource}.`,
          localized: error.id
            ? msg('platform.notFoundId', { resource: error.resource, id: error.id })
            : msg('platform.notFound', { resource: error.resource }),
        }),
        headers: {},
      };
    case 'conflict':
      return {
        problem: problem(409, 'conflict', 'Conflict', {
          detail: error.detail,
          ...(error.current === undefined ? {} : { current: error.current }),
          ...(error.localized ? { localized: error.localized } : {}),
        }),
        headers: {},
      };
    case 'rate_limited':
      return {
        problem: problem(429, 'rate-limited', 'Too many attempts', {
          detail: error.detail,
          ...(error.localized ? { localized: error.localized } : {}),
        }),
        headers: { 'retry-after': String(error.retryAfterSeconds) },
      };
  }
}

/** Seconds a client should wait before retrying when the database is saturated or away. */
export const RETRY_AFTER_SECONDS = 5;

/** 503: the database cannot serve now (pool wait timed out, server restarting or unreachable); retry later. */
export function unavailableProblem(): { problem: Problem; headers: Record<string, string> } {
  return {
    problem: problem(503, 'unavailable', 'Service unavailable', {
      detail: 'The service is busy or its database is unavailable. Try again shortly.',
      localized: msg('platform.unavailable'),
    }),
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  };
}

/** Return the value of a successful use case, or throw its error as a problem for the error handler. */
export function unwrap<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  const mapped = problemForDomainError(result.error);
  throw new HttpProblem(mapped.problem, mapped.headers);
}

/** The problem as this request's reader gets it: messages rendered by its accept-language (vi by default). */
export function localizeProblem(body: Problem, acceptLanguage: string | string[] | undefined): Problem {
  const { localized, ...rest } = body;
  const language = languageOf(acceptLanguage);
  const errors = rest.errors?.map(({ localized: message, ...e }) => ({
    ...e,
    message: message ? renderMessage(message, language) : translateKnown(e.message, language),
  }));
  // A detail that only lists its field messages (`invalid(errors.map((e) => e.message).join('; '), errors)`)
  // is told again from the fields in the reader's language.
  const listsFields = errors?.length && rest.detail === rest.errors?.map((e) => e.message).join('; ');
  const detail = localized
    ? renderMessage(localized, language)
    : listsFields
      ? errors.map((e) => e.message).join('; ')
      : rest.detail === undefined
        ? undefined
        : translateKnown(rest.detail, language);
  return {
    ...rest,
    ...(detail === undefined ? {} : { detail }),
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, body: Problem, headers = {}) {
  return reply
    .status(body.status)
    .headers(headers)
    .type('application/problem+json')
    .send({
      ...localizeProblem(body, request.headers['accept-language']),
      // The path only: a query may carry what must not be echoed (issue 18 §6).
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    });
}
