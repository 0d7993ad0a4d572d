import nodemailer from 'nodemailer';
import type { SmsConfig } from '../config.js';
import { withoutDiacritics } from './recipients.js';

/** One message as the job hands it to a transport. */
export interface OutgoingMessage {
  id: string;
  recipient: string;
  subject: string | null;
  body: string;
}

export type SendOutcome =
  | { ok: true; providerId: string | null }
  /** `permanent`: retrying cannot help (a refused address, a 4xx from the gateway). */
  | { ok: false; permanent: boolean; error: string };

export interface Transport {
  send(message: OutgoingMessage): Promise<SendOutcome>;
  close?(): void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Email over SMTP (nodemailer). The outbox id becomes the Message-ID, so a message resent after a crash between
 * sending and recording is recognisable as the same message.
 */
export function emailTransport(smtpUrl: string, from: string): Transport {
  const transporter = nodemailer.createTransport(smtpUrl);
  const domain = /@([^>\s]+)>?$/.exec(from)?.[1] ?? 'tinhso.invalid';
  return {
    async send(message) {
      try {
        const info = await transporter.sendMail({
          from,
          to: message.recipient,
          subject: message.subject ?? '',
          text: message.body,
          messageId: `<${message.id}@${domain}>`,
        });
        return { ok: true, providerId: info.messageId ?? null };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // RFC 5321 §4.2.1: 5yz is a permanent negative completion; 4yz and connection errors are transient.
        const permanent =
          (code !== undefined && code >= 500) || (error as { code?: string }).code === 'EENVELOPE';
        return { ok: false, permanent, error: errorText(error) };
      }
    },
    close: () => transporter.close(),
  };
}

/** Fill `{{name}}` placeholders, escaping each value for the body's content type. */
export function fillTemplate(template: string, values: Record<string, string>, contentType: string): string {
  const escapeValue = contentType.includes('json')
    ? (v: string) => JSON.stringify(v).slice(1, -1)
    : contentType.includes('x-www-form-urlencoded')
      ? encodeURIComponent
      : (v: string) => v;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? escapeValue(values[name] ?? '') : whole,
  );
}

/**
 * SMS through any HTTP gateway: one POST per message to TINHSO_SMS_URL, with the auth header and a body filled
 * from TINHSO_SMS_BODY_TEMPLATE ({{to}} +84…, {{msisdn}} 84…, {{text}}, {{textAscii}}, {{id}}).
 */
export function smsTransport(config: SmsConfig, timeoutMs = 10_000): Transport {
  const headers: Record<string, string> = { 'content-type': config.contentType };
  if (config.authHeader) {
    const colon = config.authHeader.indexOf(':');
    headers[config.authHeader.slice(0, colon).trim()] = config.authHeader.slice(colon + 1).trim();
  }
  return {
    async send(message) {
      const body = fillTemplate(
        config.bodyTemplate,
        {
          to: message.recipient,
          msisdn: message.recipient.replace(/^\+/, ''),
          text: message.body,
          textAscii: withoutDiacritics(message.body),
          id: message.id,
        },
        config.contentType,
      );
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        if (response.ok) return { ok: true, providerId: providerIdOf(text) };
        // A 4xx other than a timeout or rate limit means this message will never be accepted as it is.
        const permanent =
          response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
        return { ok: false, permanent, error: `HTTP ${response.status}: ${text.slice(0, 300)}` };
      } catch (error) {
        return { ok: false, permanent: false, error: errorText(error) };
      }
    },
  };
}

function providerIdOf(text: string): string | null {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const id = json.id ?? json.messageId ?? json.message_id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}
