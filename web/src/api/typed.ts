/**
 * The API client generated from the server's OpenAPI document (issue 23 §2): paths, parameters, bodies and
 * answers are typed by `openapi.d.ts` (`npm run api:client`), so a page cannot ask for a route, a parameter or a
 * field the server does not have. The same conventions as `apiRequest`: same origin, the UI language, the CSRF
 * token, and every non-success answer thrown as an `ApiError` with the server's problem details.
 */
import createClient from 'openapi-fetch';
import { applyApiHeaders, errorOf, networkError } from './client';
import type { paths } from './openapi';

export const typedApi = createClient<paths>({ credentials: 'same-origin' });

typedApi.use({
  onRequest({ request }) {
    applyApiHeaders(request.headers, request.method);
    return request;
  },
});

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
