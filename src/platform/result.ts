import { type Message, renderMessage } from './http/messages.js';

/** Use cases return values, not exceptions (STYLE.md, A use case): a thrown error means a bug. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

export interface FieldError {
  field: string;
  message: string;
  /**
   * A stable machine code of the refusal, for clients that act on it (a form words it beside its field): the
   * catalogue key of its message (`calendar.alreadyNational`), or an upload's refusal reason (`too_large`).
   * The message is for people and may change; the code does not.
   */
  code?: string;
  /** The message in the user's language (http/messages.ts); `message` is its English text. */
  localized?: Message;
}

/** The domain errors every module shares; the HTTP edge maps each to one RFC 9457 problem. */
export type DomainError =
  | { kind: 'invalid'; detail: string; errors?: FieldError[]; localized?: Message }
  | { kind: 'unauthenticated'; detail?: string; localized?: Message }
  /** `problemType`: a more precise problem type than `forbidden` a client acts on (e.g. `step-up-required`). */
  | { kind: 'forbidden'; detail?: string; localized?: Message; problemType?: string }
  /** Also used where a resource's existence must not leak to the caller (policy `hide`). */
  | { kind: 'not_found'; resource: string; id?: string }
  | { kind: 'conflict'; detail: string; current?: unknown; localized?: Message }
  | { kind: 'rate_limited'; detail: string; retryAfterSeconds: number; localized?: Message };

export const notFound = (resource: string, id?: string) =>
  fail<DomainError>({ kind: 'not_found', resource, ...(id === undefined ? {} : { id }) });
export const invalid = (detail: string, errors?: FieldError[]) =>
  fail<DomainError>({ kind: 'invalid', detail, ...(errors ? { errors } : {}) });
export const conflict = (detail: string, current?: unknown) =>
  fail<DomainError>({ kind: 'conflict', detail, current });
export const forbidden = (detail?: string) =>
  fail<DomainError>({ kind: 'forbidden', ...(detail ? { detail } : {}) });

/** A field error with a message in the user's language (its English text kept as `message`). */
export const fieldError = (field: string, message: Message, code?: string): FieldError => ({
  field,
  message: renderMessage(message, 'en'),
  ...(code === undefined ? {} : { code }),
  localized: message,
});

/** A field error whose stable `code` is its message's catalogue key, for a client that acts on the refusal. */
export const codedFieldError = (field: string, message: Message): FieldError =>
  fieldError(field, message, message.key);

/** Refused input, told in the user's language (the HTTP edge renders `localized` by accept-language). */
export const invalidBecause = (message: Message, errors?: FieldError[]) =>
  fail<DomainError>({
    kind: 'invalid',
    detail: renderMessage(message, 'en'),
    localized: message,
    ...(errors ? { errors } : {}),
  });

export const forbiddenBecause = (message: Message) =>
  fail<DomainError>({ kind: 'forbidden', detail: renderMessage(message, 'en'), localized: message });

export const conflictBecause = (message: Message, current?: unknown) =>
  fail<DomainError>({ kind: 'conflict', detail: renderMessage(message, 'en'), current, localized: message });
