/**
 * The one way the browser app talks to the tinhso API: same-origin `fetch`, JSON in and out,
 * RFC 9457 problem+json errors turned into `ApiError`, the CSRF token on every state-changing request,
 * `accept-language` following the UI language (so a problem's `detail` comes back in it), and the second-factor
 * prompt when the server asks for a fresh one. Every request, generated client's or not, goes through `apiFetch`.
 */
import type { FieldError, Problem } from './types';

export const API_BASE = '/api/v1';

/** Why a request failed: the server answered with an error, or it could not be reached at all. */
export type ApiErrorKind = 'http' | 'network';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The problem's `title`, as the server wrote it (empty if the body was not a problem). */
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly fieldErrors: FieldError[];
  /** Seconds from a `retry-after` header (429, 503), if any. */
  readonly retryAfter: number | null;
  /** The record as it is now, sent with a 409 when the version the client sent is stale. */
  readonly current: unknown;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    problem?: Problem;
    retryAfter?: number | null;
  }) {
    const problem = init.problem ?? {};
    super(problem.detail || problem.title || `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.title = problem.title ?? '';
    this.detail = problem.detail ?? '';
    this.type = problem.type ?? 'about:blank';
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
    this.retryAfter = init.retryAfter ?? null;
    this.current = problem.current;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.message === 'string';
}

let csrfToken: string | null = null;
let language = 'vi';

/** Keep the token from the latest `/auth/me` or login answer; `null` after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI language, sent as `accept-language` so server messages come back in it. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/**
 * Who asks the person for a fresh second factor when the server answers `step-up-required` (issue 20 §2): the
 * StepUpPrompt component, mounted once. Resolves true when given (the request is then sent again), false when
 * the person cancelled.
 */
let stepUp: (() => Promise<boolean>) | null = null;
export function setStepUpHandler(handler: (() => Promise<boolean>) | null): void {
  stepUp = handler;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers (e.g. an Idempotency-Key). */
  headers?: Record<string, string>;
};

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Problem) : undefined;
  } catch {
    return undefined;
  }
}

/** The headers every request carries: JSON, the UI language, and the CSRF token on a state-changing one. */
function applyApiHeaders(headers: Headers, method: string): void {
  if (!headers.has('accept')) headers.set('accept', 'application/json, application/problem+json');
  headers.set('accept-language', language);
  if (UNSAFE_METHODS.has(method) && csrfToken) headers.set('x-csrf-token', csrfToken);
}

/** The `ApiError` of an answer that is not a success (its body read here, or already parsed by the caller). */
export async function errorOf(response: Response, parsed?: unknown): Promise<ApiError> {
  const problem =
    parsed === undefined
      ? await readProblem(response)
      : typeof parsed === 'object' && parsed !== null
        ? (parsed as Problem)
        : undefined;
  return new ApiError({
    kind: 'http',
    status: response.status,
    problem,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** A request that never reached the server (an abort, or an error already made here, passes through as itself). */
export function networkError(cause: unknown): unknown {
  if (cause instanceof ApiError) return cause;
  if (cause instanceof DOMException && cause.name === 'AbortError') return cause;
  return new ApiError({ kind: 'network', status: 0 });
}

/** Does this answer ask for a fresh second factor (issue 20 §2)? Read from a copy, so the caller still has the body. */
async function asksStepUp(response: Response): Promise<boolean> {
  if (response.status !== 401 && response.status !== 403) return false;
  const problem = await readProblem(response.clone());
  return problem?.type?.endsWith('/step-up-required') === true;
}

/**
 * The one place a request leaves the browser for the API, whichever client built it (`apiRequest` below, the
 * generated `typedApi`, a multipart upload): the UI language and the CSRF token on it, a request that never reached
 * the server turned into a network `ApiError`, and a `step-up-required` answer handed to the second-factor prompt
 * and, once given, the same request sent again. Answers are returned as they came; reading them is the caller's.
 */
export async function apiFetch(request: Request): Promise<Response> {
  applyApiHeaders(request.headers, request.method);
  // Kept before sending: a sent request's body cannot be read a second time.
  const again = stepUp ? request.clone() : null;
  let response: Response;
  try {
    response = await fetch(request);
  } catch (cause) {
    throw networkError(cause);
  }
  if (again && stepUp && (await asksStepUp(response)) && (await stepUp())) return apiFetch(again);
  return response;
}

/** The absolute API address of `path` (relative to `/api/v1` unless it starts with `/api/` or `/healthz`). */
export function apiUrl(path: string): string {
  return path.startsWith('/api/') || path.startsWith('/healthz') ? path : `${API_BASE}${path}`;
}

/**
 * Call the API. `path` is relative to `/api/v1` (`/auth/me`) unless it starts with `/api/` or `/healthz`.
 * Resolves with the parsed JSON body (or `undefined` for 204); rejects with `ApiError`. A `FormData` body is sent
 * as multipart (the browser writes its boundary).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers();
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const body =
    options.body === undefined
      ? undefined
      : multipart
        ? (options.body as FormData)
        : JSON.stringify(options.body);
  const response = await apiFetch(
    new Request(apiUrl(path), { method, headers, body, credentials: 'same-origin', signal: options.signal }),
  );

  if (!response.ok) throw await errorOf(response);
  if (response.status === 204 || response.status === 205) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    const text = await response.text();
    return (text === '' ? undefined : text) as T;
  }
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { method: 'GET', signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    apiRequest<T>(path, { method: 'POST', body, ...(headers ? { headers } : {}) }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
