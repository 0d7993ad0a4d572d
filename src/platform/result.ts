/** Use cases return values, not exceptions (STYLE.md, A use case): a thrown error means a bug. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

export interface FieldError {
  field: string;
  message: string;
}

/** The domain errors every module shares; the HTTP edge maps each to one RFC 9457 problem. */
export type DomainError =
  | { kind: 'invalid'; detail: string; errors?: FieldError[] }
  | { kind: 'unauthenticated'; detail?: string }
  | { kind: 'forbidden'; detail?: string }
  /** Also used where a resource's existence must not leak to the caller (policy `hide`). */
  | { kind: 'not_found'; resource: string; id?: string }
  | { kind: 'conflict'; detail: string; current?: unknown }
  | { kind: 'rate_limited'; detail: string; retryAfterSeconds: number };

export const notFound = (resource: string, id?: string) =>
  fail<DomainError>({ kind: 'not_found', resource, ...(id === undefined ? {} : { id }) });
export const invalid = (detail: string, errors?: FieldError[]) =>
  fail<DomainError>({ kind: 'invalid', detail, ...(errors ? { errors } : {}) });
export const conflict = (detail: string, current?: unknown) =>
  fail<DomainError>({ kind: 'conflict', detail, current });
export const forbidden = (detail?: string) =>
  fail<DomainError>({ kind: 'forbidden', ...(detail ? { detail } : {}) });
