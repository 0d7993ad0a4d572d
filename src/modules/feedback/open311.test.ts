import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../../app/testing.js';

/**
 * The published GeoReport v2 shapes, written as zod checks from the JSON schemas of open311/schema-validation
 * (schema/georeport-v2/service.json, service-definition.json, request.json, requests.json) and from the spec's
 * text for what those files do not cover (errors, tokens, POST answers: http://wiki.open311.org/GeoReport_v2;
 * discovery: http://wiki.open311.org/Service_Discovery, "All fields are required"). In those schemas a property
 * not listed as required may be absent, and `anyOf [string, null]` is a nullable string.
 */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const dateTime = z.iso.datetime({ offset: true });

const serviceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: maybe(z.string()),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: maybe(z.string()),
  group: maybe(z.string()),
});

const serviceDefinitionSchema = z.object({
  service_code: z.string(),
  attributes: z.array(
    z.object({
      variable: z.boolean(),
      code: z.string(),
      datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
      required: z.boolean(),
      datatype_description: maybe(z.string()),
      order: maybe(z.number().int()),
      description: maybe(z.string()),
      values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
    }),
  ),
});

const requestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: maybe(z.string()),
  service_name: maybe(z.string()),
  service_code: z.string(),
  description: maybe(z.string().max(4000)),
  agency_responsible: maybe(z.string()),
  service_notice: maybe(z.string()),
  requested_datetime: dateTime,
  updated_datetime: maybe(dateTime),
  expected_datetime: maybe(dateTime),
  address: maybe(z.string()),
  address_id: maybe(z.string()),
  zipcode: maybe(z.string()),
  lat: maybe(z.number()),
  long: maybe(z.number()),
  media_url: maybe(z.url()),
});
const requestsSchema = z.array(requestSchema);

const errorsSchema = z.array(z.object({ code: z.number(), description: z.string() })).min(1);
const postAnswerSchema = z
  .array(
    z.object({
      service_request_id: z.string().optional(),
      token: z.string().optional(),
      service_notice: maybe(z.string()),
      account_id: maybe(z.string()),
    }),
  )
  .min(1)
  .refine((items) => items.every((i) => (i.token === undefined) !== (i.service_request_id === undefined)), {
    message: 'a token or a service_request_id, never both (GeoReport v2, POST Service Request)',
  });
const tokenSchema = z.array(z.object({ service_request_id: z.string(), token: z.string() })).length(1);
const discoverySchema = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z
    .array(
      z.object({
        specification: z.string(),
        url: z.string(),
        changeset: z.string(),
        type: z.enum(['production', 'test']),
        formats: z.array(z.string()).min(1),
      }),
    )
    .min(1),
});

function check<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 1));
  return parsed.data;
}

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };

describe('Open311 GeoReport v2 (issue 10 §1)', () => {
  let t: TestApp;
  let apiKey: string;
  let token: string;
  let requestId: string;
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2${url}` });
  const post = (url: string, payload: string, headers: Record<string, string> = FORM) =>
    t.app.inject({ method: 'POST', url: `/open311/v2${url}`, headers, payload });

  before(async () => {
    t = await startTestApp();
    const admin = await t.signIn('quantri.tinh');
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/feedback/open311-keys',
      headers: admin.headers,
      payload: { provinceCode: '04', name: 'Ứng dụng Cao Bằng Số' },
    });
    assert.equal(issued.statusCode, 201, issued.body);
    apiKey = issued.json().key;
  });
  after(() => t.close());

  it('serves the discovery document in JSON and XML (Service Discovery)', async () => {
    const json = await get('/discovery.json');
    assert.equal(json.statusCode, 200);
    assert.match(String(json.headers['content-type']), /^application\/json/);
    const doc = check(discoverySchema, json.json());
    assert.equal(doc.endpoints[0]!.specification, 'http://wiki.open311.org/GeoReport_v2');
    // `changeset` is a W3C datetime, like every date the spec exchanges (GeoReport v2, Service Discovery).
    assert.match(doc.changeset, W3C_DATETIME);
    assert.match(doc.endpoints[0]!.changeset, W3C_DATETIME);
    assert.match(doc.endpoints[0]!.url, /\/open311\/v2$/);
    const xml = await get('/discovery.xml');
    assert.match(String(xml.headers['content-type']), /^text\/xml/);
    assert.match(xml.body, /^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery>/);
    assert.match(xml.body, /<formats>\s*<format>text\/xml<\/format>\s*<format>application\/json<\/format>/);
  });

  it('lists the services (one per field) and their definitions, by jurisdiction_id', async () => {
    const services = check(
      z.array(serviceSchema).min(10),
      (await get('/services.json?jurisdiction_id=04')).json(),
    );
    assert.ok(services.some((s) => s.service_code === 'land' && s.service_name === 'Đất đai'));
    assert.ok(services.every((s) => s.type === 'batch'));
    assert.match(
      (await get('/services.xml?jurisdiction_id=04')).body,
      /<services>\s*<service>\s*<service_code>/,
    );
    const definition = check(
      serviceDefinitionSchema,
      (await get('/services/land.json?jurisdiction_id=04')).json(),
    );
    const communes = definition.attributes.find((a) => a.code === 'commune_code')!;
    assert.ok(communes.values!.some((v) => v.key === '01273'));
    // One jurisdiction served here: jurisdiction_id may be left out (GeoReport v2, Definitions).
    assert.equal((await get('/services.json')).statusCode, 200);
  });

  it('round-trips a request: POST with an api_key answers a token; the token resolves to the id; GET reads it back', async () => {
    const posted = await post(
      '/requests.json',
      form({
        jurisdiction_id: '04',
        api_key: apiKey,
        service_code: 'transport',
        lat: '22.6657',
        long: '106.2522',
        address_string: 'Tổ 3, đường Hoàng Đình Giong',
        email: 'nguoidan@example.vn',
        first_name: 'Bế Văn',
        last_name: 'Dũng',
        phone: '0915 111 222',
        account_id: 'app-user-42',
        description:
          'Ổ gà lớn giữa đường, xe máy dễ ngã vào ban đêm. Liên hệ 0915 111 222 hoặc nguoidan@example.vn.',
        'attribute[commune_code]': '01273',
        'attribute[title]': 'Ổ gà trên đường Hoàng Đình Giong',
      }),
    );
    assert.equal(posted.statusCode, 200, posted.body);
    const answer = check(postAnswerSchema, posted.json());
    token = answer[0]!.token!;
    assert.ok(token);
    assert.equal(answer[0]!.account_id, 'app-user-42');

    const resolved = check(tokenSchema, (await get(`/tokens/${token}.json?jurisdiction_id=04`)).json());
    requestId = resolved[0]!.service_request_id;
    assert.match(requestId, /^PA-04-\d{6}-\d{4}$/);
    assert.match(
      (await get(`/tokens/${token}.xml`)).body,
      new RegExp(`<service_request_id>${requestId}</service_request_id>`),
    );

    const one = check(requestsSchema, (await get(`/requests/${requestId}.json?jurisdiction_id=04`)).json());
    assert.equal(one.length, 1);
    const request = one[0]!;
    assert.equal(request.service_code, 'transport');
    assert.equal(request.status, 'open');
    assert.equal(request.lat, 22.6657);
    assert.equal(request.long, 106.2522);
    assert.match(request.address ?? '', /Hoàng Đình Giong, Phường Thục Phán/);
    assert.ok(request.expected_datetime, 'the 15-working-day processing limit');
    for (const personal of ['0915 111 222', 'nguoidan@example.vn', 'Bế Văn Dũng']) {
      assert.ok(!JSON.stringify(one).includes(personal), `${personal} is not published`);
    }
    const list = check(
      requestsSchema,
      (await get(`/requests.json?service_request_id=${requestId},PA-04-000000-0000`)).json(),
    );
    assert.deepEqual(
      list.map((r) => r.service_request_id),
      [requestId],
    );
    const recent = check(
      requestsSchema,
      (await get('/requests.json?status=open&service_code=transport,land')).json(),
    );
    assert.ok(recent.some((r) => r.service_request_id === requestId));
    const xml = await get(`/requests/${requestId}.xml`);
    assert.match(
      xml.body,
      new RegExp(`<service_requests>\\s*<request>\\s*<service_request_id>${requestId}</service_request_id>`),
    );
  });

  it('takes a date alone for start_date and end_date, as that whole day in Vietnam (GeoReport v2: W3C datetimes)', async () => {
    const filed = check(requestsSchema, (await get(`/requests/${requestId}.json`)).json())[0]!;
    const day = filed.requested_datetime.slice(0, 10); // written with +07:00: the Vietnamese day
    const ids = async (query: string) => {
      const response = await get(`/requests.json?${query}`);
      assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
      return check(requestsSchema, response.json()).map((r) => r.service_request_id);
    };
    const next = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    assert.ok(
      (await ids(`start_date=${day}&end_date=${day}`)).includes(requestId),
      'the whole end day counts',
    );
    assert.ok((await ids(`start_date=${next(day, -89)}&end_date=${day}`)).includes(requestId));
    assert.ok((await ids(`start_date=${day}`)).includes(requestId), 'ninety days from a date');
    assert.ok(!(await ids(`start_date=${next(day, 1)}`)).includes(requestId));
    assert.ok(!(await ids(`start_date=${next(day, -3)}&end_date=${next(day, -1)}`)).includes(requestId));
    assert.ok((await ids(`start_date=${day}T00:00:00%2B07:00&end_date=${day}`)).includes(requestId));
  });

  it('files the request as a PAKN of the Open311 channel that officials handle like any other', async () => {
    const leader = await t.signIn('lanhdao.xa');
    const queue = await t.app.inject({
      method: 'GET',
      url: `/api/v1/feedback/cases?q=${requestId}`,
      headers: leader.headers,
    });
    const item = queue.json().items.find((c: { code: string }) => c.code === requestId);
    assert.ok(item, queue.body);
    const view = (
      await t.app.inject({ method: 'GET', url: `/api/v1/feedback/cases/${item.id}`, headers: leader.headers })
    ).json().case;
    assert.equal(view.channel, 'open311');
    assert.equal(view.submitter.fullName, 'Bế Văn Dũng', 'officials see who filed it');
    assert.equal(view.submitter.externalAccount, 'app-user-42');
  });

  it('answers errors as the spec’s error array: 403 without a valid api_key, 404 for unknown codes, 400 for bad input', async () => {
    const cases: Array<
      [string, Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>, number]
    > = [
      [
        'no api_key',
        post(
          '/requests.json',
          form({ service_code: 'land', lat: '22.6', long: '106.2', description: 'Một phản ánh đủ dài.' }),
        ),
        403,
      ],
      [
        'wrong api_key',
        post(
          '/requests.json',
          form({
            api_key: 'o311_wrong',
            service_code: 'land',
            lat: '22.6',
            long: '106.2',
            description: 'Một phản ánh đủ dài.',
          }),
        ),
        403,
      ],
      [
        'unknown service',
        post(
          '/requests.json',
          form({
            api_key: apiKey,
            service_code: 'potholes',
            lat: '22.6',
            long: '106.2',
            description: 'Một phản ánh đủ dài.',
          }),
        ),
        404,
      ],
      [
        'no location',
        post(
          '/requests.json',
          form({ api_key: apiKey, service_code: 'land', description: 'Một phản ánh đủ dài.' }),
        ),
        400,
      ],
      [
        'lat out of range',
        post('/requests.json', form({ api_key: apiKey, service_code: 'land', lat: '222', long: '106.2' })),
        400,
      ],
      ['unknown jurisdiction', get('/services.json?jurisdiction_id=99'), 404],
      ['unknown service definition', get('/services/potholes.json'), 404],
      ['unknown request', get('/requests/PA-04-000000-0000.json'), 404],
      ['unknown token', get('/tokens/no-such-token.json'), 404],
      [
        'span over 90 days',
        get('/requests.json?start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z'),
        400,
      ],
      ['date and time without offset', get('/requests.json?start_date=2025-01-01T00:00:00'), 400],
      ['not a date', get('/requests.json?start_date=2025-02-30'), 400],
      ['dates spanning over 90 days', get('/requests.json?start_date=2025-01-01&end_date=2025-04-01'), 400],
      ['unknown status', get('/requests.json?status=pending'), 400],
    ];
    for (const [what, pending, status] of cases) {
      const response = await pending;
      assert.equal(response.statusCode, status, `${what}: ${response.body}`);
      const errors = check(errorsSchema, JSON.parse(response.body));
      assert.equal(errors[0]!.code, status, what);
    }
    const xml = await post('/requests.xml', form({ service_code: 'land', lat: '1', long: '1' }));
    assert.equal(xml.statusCode, 403);
    assert.match(xml.body, /<errors>\s*<error>\s*<code>403<\/code>\s*<description>/);
  });

  it('takes a JSON body too, and never answers junk with a 500', async () => {
    const json = await post(
      '/requests.json',
      JSON.stringify({
        api_key: apiKey,
        service_code: 'environment',
        address_string: 'Bản Nà Vài',
        description: 'Rác thải tồn đọng nhiều ngày ở đầu bản.',
      }),
      { 'content-type': 'application/json' },
    );
    assert.equal(json.statusCode, 200, json.body);
    const junk = [
      '[]',
      'null',
      '{"attribute": 5}',
      '{"description": {"a": 1}}',
      'not json',
      '\u0000',
      'Đ'.repeat(70_000),
    ];
    const failures: string[] = [];
    for (const format of ['json', 'xml']) {
      for (const payload of junk) {
        for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain']) {
          const r = await post(`/requests.${format}`, payload, { 'content-type': type });
          if (r.statusCode >= 500 || r.statusCode < 400)
            failures.push(`POST ${format} ${type} ${payload.slice(0, 20)} → ${r.statusCode}`);
        }
      }
      for (const url of [
        `/requests.${format}?start_date=x`,
        `/requests.${format}?service_request_id=${'x,'.repeat(12_000)}`,
        `/services/${encodeURIComponent('Đ'.repeat(300))}.${format}`,
        `/requests/%00.${format}`,
        `/tokens/${'t'.repeat(500)}.${format}`,
        `/services.${format}?jurisdiction_id=${'9'.repeat(200)}`,
      ]) {
        const r = await get(url);
        if (r.statusCode >= 500 || r.statusCode < 400)
          failures.push(`GET ${url.slice(0, 40)} → ${r.statusCode}`);
        else if (format === 'json') check(errorsSchema, JSON.parse(r.body));
      }
    }
    assert.deepEqual(failures, []);
  });
});
