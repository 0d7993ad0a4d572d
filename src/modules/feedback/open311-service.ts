/**
 * Open311 GeoReport v2 over PAKN (issue 10 §1): the jurisdiction is a province (jurisdiction_id = its 2-digit
 * code; optional when the installation serves one province), each field is a service (type `batch`: POST
 * answers a token, resolved at once by `tokens/{token}`), a request is a PAKN with a location, filed under an
 * API key. Requests are read back with their public wording only. Complaints and denunciations never appear.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { readSetting } from '../../platform/database/settings.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { findAgencies, findUnit, findUnits, listCommunes, vietnamToday } from '../units/index.js';
import { CASE_ID } from './case-store.js';
import { FIELD_GROUPS, FIELD_NAMES } from './field-names.js';
import { FIELDS, type Field, isClosedStatus } from './model.js';
import type { Open311Error } from './open311-format.js';
import { w3 } from './open311-format.js';
import { checkOpen311Key } from './open311-keys.js';
import { takeIntakeSlot } from './rate-limit.js';
import { redactPersonalData } from './redact.js';
import { cases, open311Tokens } from './schema.js';
import { submitFeedback } from './submit-feedback.js';

export type Open311Result<T> = Result<T, Open311Error>;
const err = (code: 400 | 403 | 404, description: string) => fail<Open311Error>({ code, description });

/** A rate limit's refusal as the spec's error (429, with how long to wait in words). */
function limited(result: { ok: false; error: DomainError }) {
  const wait = result.error.kind === 'rate_limited' ? result.error.retryAfterSeconds : 3600;
  const detail = result.error.kind === 'rate_limited' ? result.error.detail : 'Too many requests.';
  return fail<Open311Error>({
    code: 429,
    description: `${detail} Retry after ${wait} seconds.`,
    retryAfterSeconds: wait,
  });
}

/** The province a request addresses: jurisdiction_id, or the installation's own province when it serves one. */
export async function resolveJurisdiction(
  db: Executor,
  jurisdictionId: string | undefined,
): Promise<Open311Result<string>> {
  let code = jurisdictionId?.trim() || undefined;
  if (!code) {
    const demo = await readSetting<{ provinceCode: string }>(db, 'demo');
    code = demo?.provinceCode ?? (await readSetting<string>(db, 'province'));
    if (!code) return err(400, 'jurisdiction_id was not provided: this endpoint serves several provinces.');
  }
  const unit = /^\d{2}$/.test(code) ? await findUnit(db, code) : undefined;
  if (unit?.level !== 'province') return err(404, `jurisdiction_id "${code}" was not found.`);
  return ok(code);
}

export interface ServiceItem {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'batch';
  keywords: string;
  group: string;
}

export function serviceList(): ServiceItem[] {
  return FIELDS.map((field) => ({
    service_code: field,
    service_name: FIELD_NAMES[field].vi,
    description: `Phản ánh, kiến nghị về ${FIELD_NAMES[field].vi.toLowerCase()} (Nghị định 20/2008/NĐ-CP). ${FIELD_NAMES[field].en}.`,
    metadata: true,
    type: 'batch' as const,
    keywords: FIELD_NAMES[field].keywords,
    group: FIELD_GROUPS[field],
  }));
}

export async function serviceDefinition(db: Executor, provinceCode: string, code: string) {
  if (!(FIELDS as readonly string[]).includes(code)) return err(404, `service_code "${code}" was not found.`);
  const communes = await listCommunes(db, provinceCode, vietnamToday());
  return ok({
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'title',
        datatype: 'string',
        required: false,
        datatype_description: 'Tiêu đề ngắn (tối đa 200 ký tự)',
        order: 1,
        description: 'Tiêu đề phản ánh, kiến nghị',
        values: [],
      },
      {
        variable: true,
        code: 'commune_code',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: 'Mã xã, phường, đặc khu (Quyết định 19/2025/QĐ-TTg)',
        order: 2,
        description: 'Xã, phường, đặc khu nơi xảy ra sự việc',
        values: communes.map((c) => ({ key: c.code, name: c.name })),
      },
    ],
  });
}

export interface PostRequestInput {
  api_key?: string | undefined;
  service_code?: string | undefined;
  lat?: number | undefined;
  long?: number | undefined;
  address_string?: string | undefined;
  address_id?: string | undefined;
  email?: string | undefined;
  device_id?: string | undefined;
  account_id?: string | undefined;
  first_name?: string | undefined;
  last_name?: string | undefined;
  phone?: string | undefined;
  description?: string | undefined;
  media_url?: string | undefined;
  attribute?: Record<string, string | string[]> | undefined;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** POST Service Request: a PAKN filed by an Open311 client; answers a token (services are `batch`). */
export async function postServiceRequest(
  ctx: Ctx,
  provinceCode: string,
  input: PostRequestInput,
  clientAddress: string,
): Promise<Open311Result<Array<{ token: string; service_notice: string; account_id: string | null }>>> {
  // Per address before the key is checked (guessing keys costs slots too), then per key (rate-limit.ts).
  const byAddress = await takeIntakeSlot(ctx, {
    bucket: 'open311_address',
    key: clientAddress,
    provinceCode,
  });
  if (!byAddress.ok) return limited(byAddress);
  if (!input.api_key) return err(403, 'api_key is missing: a key is needed to create a request.');
  const key = await checkOpen311Key(ctx.db, input.api_key, provinceCode, ctx.now);
  if (!key) return err(403, 'Invalid api_key received: cannot create the request.');
  const byKey = await takeIntakeSlot(ctx, { bucket: 'open311_key', key: key.id, provinceCode });
  if (!byKey.ok) return limited(byKey);
  if (!input.service_code) return err(400, 'service_code was not provided.');
  if (!(FIELDS as readonly string[]).includes(input.service_code))
    return err(404, `service_code "${input.service_code}" was not found.`);
  const hasLatLong = input.lat !== undefined && input.long !== undefined;
  if ((input.lat === undefined) !== (input.long === undefined))
    return err(400, 'lat and long are sent together.');
  if (!hasLatLong && !input.address_string && !input.address_id)
    return err(400, 'A location is required: lat and long, address_string or address_id.');
  const description = input.description?.trim() ?? '';
  if (description.length < 10) return err(400, 'description is required here (at least 10 characters).');
  const communeCode = firstValue(input.attribute?.commune_code);
  if (communeCode) {
    const commune = /^\d{5}$/.test(communeCode) ? await findUnit(ctx.db, communeCode) : undefined;
    if (!commune || commune.provinceCode !== provinceCode)
      return err(400, `attribute[commune_code] "${communeCode}" is not a commune of the jurisdiction.`);
  }
  const title = firstValue(input.attribute?.title)?.trim() || description.slice(0, 80);
  const fullName = [input.first_name, input.last_name].filter((s) => s?.trim()).join(' ') || undefined;
  const token = randomBytes(16).toString('base64url');
  const address = [input.address_string, input.address_id ? `address_id ${input.address_id}` : undefined]
    .filter(Boolean)
    .join('; ');
  const submitted = await submitFeedback(
    { ...ctx, actor: { kind: 'system', name: `open311:${key.name}` } },
    {
      provinceCode,
      kind: 'pakn',
      channel: 'open311',
      field: input.service_code as Field,
      subject: 'regulation',
      title: title.slice(0, 200),
      content: description,
      communeCode,
      address: address || undefined,
      lat: input.lat,
      lng: input.long,
      mediaUrl: input.media_url,
      person: { fullName, email: input.email, phone: input.phone },
      externalAccount: input.account_id ?? input.device_id,
      open311: { apiKeyId: key.id, token },
    },
  );
  if (!submitted.ok) return err(400, `The request could not be registered: ${describe(submitted.error)}`);
  return ok([
    {
      token,
      service_notice: `Đã tiếp nhận; thời hạn xử lý 15 ngày làm việc (đến ${w3(submitted.value.firstStep.dueAt)}).`,
      account_id: input.account_id ?? null,
    },
  ]);
}

function describe(error: {
  kind: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}): string {
  const fields = error.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return [error.detail, fields].filter(Boolean).join(' — ') || error.kind;
}

export async function resolveToken(
  db: Executor,
  provinceCode: string,
  token: string,
): Promise<Open311Result<Array<{ service_request_id: string; token: string }>>> {
  const [row] = await db
    .select({ code: cases.code })
    .from(open311Tokens)
    .innerJoin(cases, eq(cases.id, open311Tokens.caseId))
    .where(and(eq(open311Tokens.token, token), eq(open311Tokens.provinceCode, provinceCode)));
  if (!row) return err(404, `token "${token}" was not found.`);
  return ok([{ service_request_id: row.code, token }]);
}

export interface RequestsQuery {
  service_request_id?: string | undefined;
  service_code?: string | undefined;
  start_date?: Date | undefined;
  end_date?: Date | undefined;
  status?: string | undefined;
}

const NINETY_DAYS_MS = 90 * 86_400_000;
/** GeoReport v2 "Response Volume": at most 1,000 requests. */
const MAX_REQUESTS = 1000;

/** GET Service Requests (and one request, by id): PAKN of the jurisdiction, public wording only. */
export async function listServiceRequests(ctx: Ctx, provinceCode: string, query: RequestsQuery) {
  const filters: SQL[] = [eq(cases.provinceCode, provinceCode), eq(cases.kind, 'pakn')];
  if (query.service_request_id) {
    const ids = query.service_request_id
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, MAX_REQUESTS);
    filters.push(inArray(cases.code, ids));
  } else {
    const end =
      query.end_date ?? (query.start_date ? new Date(query.start_date.getTime() + NINETY_DAYS_MS) : ctx.now);
    const start = query.start_date ?? new Date(end.getTime() - NINETY_DAYS_MS);
    if (end.getTime() < start.getTime()) return err(400, 'end_date is before start_date.');
    if (end.getTime() - start.getTime() > NINETY_DAYS_MS)
      return err(400, 'start_date to end_date may not span more than 90 days.');
    filters.push(gte(cases.receivedAt, start), lt(cases.receivedAt, new Date(end.getTime() + 1)));
    if (query.service_code) {
      const codes = query.service_code.split(',').map((s) => s.trim());
      const unknown = codes.find((c) => !(FIELDS as readonly string[]).includes(c));
      if (unknown) return err(404, `service_code "${unknown}" was not found.`);
      filters.push(inArray(cases.field, codes));
    }
    if (query.status) {
      const statuses = query.status.split(',').map((s) => s.trim());
      if (statuses.some((s) => s !== 'open' && s !== 'closed'))
        return err(400, 'status is open, closed or both.');
      const closed = sql`${cases.status} in ('published', 'refused', 'transferred_out', 'withdrawn')`;
      if (!statuses.includes('open')) filters.push(closed);
      else if (!statuses.includes('closed')) filters.push(sql`not (${closed})`);
    }
  }
  const rows = await ctx.db
    .select({
      c: cases,
      dueAt: sql<Date | null>`(select min(d.due_at) from feedback.deadlines d where d.case_id = ${CASE_ID} and d.done_at is null)`,
      updatedAt: sql<Date>`(select max(e.at) from feedback.events e where e.case_id = ${CASE_ID})`,
    })
    .from(cases)
    .where(and(...filters))
    .orderBy(desc(cases.receivedAt), cases.id)
    .limit(MAX_REQUESTS);
  const [agencies, communes] = await Promise.all([
    findAgencies(
      ctx.db,
      rows.map((r) => r.c.agencyId),
    ),
    findUnits(
      ctx.db,
      rows.flatMap((r) => (r.c.communeCode ? [r.c.communeCode] : [])),
    ),
  ]);
  return ok(
    rows.map(({ c, dueAt, updatedAt }) => {
      // PAKN closes for Open311 once published (the answer is public), refused or transferred out.
      const closed = isClosedStatus(c.kind, c.status) && c.status !== 'answered';
      const commune = c.communeCode ? communes.get(c.communeCode)?.name : undefined;
      return {
        service_request_id: c.code,
        status: closed ? ('closed' as const) : ('open' as const),
        status_notes: statusNote(c.status, c.refusalReason),
        service_name: FIELD_NAMES[c.field as Field]?.vi ?? c.field,
        service_code: c.field,
        description: c.publicContent,
        agency_responsible: agencies.get(c.agencyId)?.name ?? null,
        service_notice: c.status === 'published' ? (c.publicAnswer ?? null) : null,
        requested_datetime: w3(c.receivedAt)!,
        updated_datetime: w3(updatedAt ? new Date(updatedAt) : c.updatedAt),
        expected_datetime: w3(dueAt ? new Date(dueAt) : null),
        address: [c.address, commune].filter(Boolean).join(', ') || null,
        address_id: null,
        zipcode: null,
        lat: c.lat,
        long: c.lng,
        media_url: c.mediaUrl,
      };
    }),
  );
}

const STATUS_NOTES: Record<string, string> = {
  received: 'Đã tiếp nhận',
  supplement_requested: 'Đề nghị bổ sung thông tin',
  processing: 'Đang xử lý',
  answered: 'Đã xử lý, chờ công khai',
  published: 'Đã công khai kết quả xử lý',
  refused: 'Từ chối tiếp nhận',
  transferred_out: 'Đã chuyển cơ quan có thẩm quyền',
  withdrawn: 'Đã rút',
};

function statusNote(status: string, reason: string | null): string {
  const note = STATUS_NOTES[status] ?? status;
  return reason && (status === 'refused' || status === 'transferred_out')
    ? `${note}: ${redactPersonalData(reason)}`
    : note;
}
