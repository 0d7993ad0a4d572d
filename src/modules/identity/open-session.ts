import { randomUUID } from 'node:crypto';
import type { Executor } from '../../platform/database/connection.js';
import { type SessionStage, sessionDetails, sessions } from './schema.js';
import { newToken, SESSION_ABSOLUTE_MS, sessionIdFor } from './session-token.js';

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  stage: SessionStage;
}

/**
 * Write a new session and its details in the caller's transaction: password sign-in (its stage from the account's
 * second factors) and single sign-on (full, with the provider and the ID token for RP-initiated logout).
 */
export async function openSession(
  tx: Executor,
  secret: string,
  input: {
    userId: string;
    now: Date;
    ip: string;
    userAgent: string | undefined;
    stage: SessionStage;
    providerId?: string;
    idToken?: string;
  },
): Promise<OpenedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(input.now.getTime() + SESSION_ABSOLUTE_MS);
  const id = sessionIdFor(token, secret);
  await tx.insert(sessions).values({
    id,
    userId: input.userId,
    csrfToken,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 512) ?? null,
  });
  await tx.insert(sessionDetails).values({
    sessionId: id,
    handle: randomUUID(),
    stage: input.stage,
    providerId: input.providerId ?? null,
    idToken: input.idToken ?? null,
  });
  return { token, csrfToken, expiresAt, stage: input.stage };
}
