/**
 * The API client generated from the server's OpenAPI document (issue 23 §2): paths, parameters, bodies and
 * answers are typed by `openapi.d.ts` (`npm run api:client`), so a page cannot ask for a route, a parameter or a
 * field the server does not have. It sends through the same `apiFetch` as `apiRequest` (the UI language, the CSRF
 * token, the second-factor prompt and retry live there, once), and `ok` throws every non-success answer as an
 * `ApiError` with the server's problem details.
 */
import createClient from 'openapi-fetch';
import { apiFetch, errorOf, networkError } from './client';
import type { paths } from './openapi';

export const typedApi = createClient<paths>({ credentials: 'same-origin', fetch: apiFetch });

type Answer<T> = { data?: T; error?: unknown; response: Response };

/**
 * The success body of a typed call, or its `ApiError`: `const page = await ok(typedApi.GET('/api/v1/audit/entries',
 * { params: { query } }))`.
 */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!answer.response.ok) throw await errorOf(answer.response, answer.error ?? null);
  return answer.data as T;
}

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body a route answers with on success: `Success<'/api/v1/audit/verify', 'get'>`. */
export type Success<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]>
  : never;

/** The query parameters a route takes. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/**
 * A multipart body (a file upload) as `FormData`, for `bodySerializer`: the browser then writes the content type
 * with its boundary. `typedApi.POST(path, { body: { file: binary(file) }, bodySerializer: formData })`.
 */
export function formData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, string | Blob>)) form.append(name, value);
  return form;
}

/** A file where the generated types name a binary part (`format: binary` is typed as `string`). */
export const binary = (file: Blob): string => file as unknown as string;
