import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { walkableUrls } from '../platform/testing/route-walk.js';
import { startTestApp, type TestApp } from './testing.js';

/**
 * Issue 15 §2: "every message a user can see comes in the user's language, Vietnamese by default". Every route
 * is sent bad and plausible input as the people who use them, under `accept-language: vi`; every 4xx detail and
 * field message must read as Vietnamese. A text reads as English when it has words of Latin letters and not one
 * letter of Vietnamese's own (ă â đ ê ô ơ ư or a tone mark): no Vietnamese sentence is written without them,
 * while codes, numbers and formats (`YYYY-MM-DD`, `0–100`) pass as they are the same in both languages.
 */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const readsAsEnglish = (text: string) => !VIETNAMESE_LETTER.test(text) && /[a-z]{3,}/i.test(text);

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}
type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
type Spec = { paths: Record<string, Record<string, Operation>> };

/** A plausible value of a schema, with a hook to spoil the strings (blank) or numbers (negative). */
function example(schema: JsonSchema, spoil: 'none' | 'blank' | 'negative'): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const alternative = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].find((s) => s.type !== 'null');
  if (alternative) return example(alternative, spoil);
  const type = [schema.type ?? 'object'].flat().find((t) => t !== 'null');
  if (type === 'object')
    return Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([k]) => spoil !== 'none' || (schema.required ?? []).includes(k))
        .map(([k, s]) => [k, example(s, spoil)]),
    );
  if (type === 'array')
    return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () =>
      example(schema.items ?? {}, spoil),
    );
  if (type === 'integer' || type === 'number')
    return spoil === 'negative' ? -1 : Math.max(schema.minimum ?? 1, 1);
  if (type === 'boolean') return false;
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date') return spoil === 'negative' ? '2026-02-30' : '2026-03-02';
  if (schema.format === 'date-time') return '2026-03-02T08:00:00+07:00';
  if (schema.format === 'email') return 'someone@example.vn';
  return spoil === 'blank' ? '   ' : 'x'.repeat(Math.max(schema.minLength ?? 1, 3));
}

const templateRegex = (template: string) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);

describe('problems told in Vietnamese (issue 15 §2)', () => {
  let t: TestApp;
  let spec: Spec;
  before(async () => {
    t = await startTestApp();
    spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  });
  after(() => t.close());

  it('answers bad input on every route with a Vietnamese detail and Vietnamese field messages', async () => {
    const sessions = await Promise.all(
      ['admin', 'lanhdao.tinh', 'motcua', 'congdan'].map(
        async (u) => (await t.signIn(u).catch(() => null))?.headers,
      ),
    );
    const people = [...sessions.filter((s): s is Record<string, string> => s !== undefined), {}];
    const admin = people[0]!;
    // Real ids in the paths, as the GET walk finds them, so that the use cases themselves answer.
    const { urls } = await walkableUrls(spec as never, {
      get: async (url) => {
        const r = await t.app.inject({ method: 'GET', url, headers: admin });
        return r.statusCode === 200 && /json/.test(String(r.headers['content-type'])) ? r.json() : undefined;
      },
      cases: [],
      year: '2026',
    });
    const filled = (template: string): string[] => {
      const segments = template.split('/');
      for (let k = segments.length; k > 1; k--) {
        const prefix = segments.slice(0, k).join('/');
        const known = urls.map((u) => u.split('?')[0]!).filter((u) => templateRegex(prefix).test(u));
        if (known.length && prefix.includes('{'))
          return [...new Set(known)]
            .slice(0, 2)
            .map((u) => [u, ...segments.slice(k)].join('/').replace(/\{[^}]+\}/g, () => randomUUID()));
      }
      return [
        template.replace(/\{([^}]+)\}/g, (_m, n: string) => (/code/i.test(n) ? '99999' : randomUUID())),
      ];
    };

    const english: string[] = [];
    let answered = 0;
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (/\/auth\/(logout|password|sessions)|\/auth\/me\b/.test(template)) continue;
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const payloads: Array<string | undefined> = schema
          ? (['none', 'blank', 'negative'] as const).map((s) => JSON.stringify(example(schema, s)))
          : [undefined];
        if (schema) payloads.push('{}', '{"unknownField": 1}', '{"x": "a\\u0000b"}', '{"broken');
        // The plausible input as everyone (each role meets its own refusals); the spoilt ones as admin.
        for (const url of filled(template))
          for (const [i, payload] of payloads.entries())
            for (const headers of i === 0 ? people : [admin]) {
              const response = await t.app.inject({
                method: method.toUpperCase() as 'GET',
                url,
                headers: {
                  ...headers,
                  'accept-language': 'vi',
                  ...(payload ? { 'content-type': 'application/json' } : {}),
                },
                ...(payload ? { payload } : {}),
              });
              if (response.statusCode < 400 || response.statusCode >= 500) continue;
              if (!/problem\+json/.test(String(response.headers['content-type']))) continue;
              answered++;
              const body = response.json() as {
                detail?: string;
                errors?: Array<{ field: string; message: string }>;
              };
              const texts = [body.detail ?? '', ...(body.errors ?? []).map((e) => e.message)];
              for (const text of texts.filter(readsAsEnglish))
                english.push(`${method.toUpperCase()} ${template} → ${response.statusCode} “${text}”`);
            }
      }
    }
    assert.ok(answered > 500, `only ${answered} problems answered`);
    assert.deepEqual([...new Set(english)].sort(), []);
  });

  it('tells in Vietnamese the refusals that bad input alone does not reach: a duplicate, a limit, a key', async () => {
    const provinceAdmin = (await t.signIn('quantri.tinh')).headers;
    const admin = (await t.signIn('admin')).headers;
    const send = async (
      method: 'POST' | 'PUT' | 'GET',
      url: string,
      headers: Record<string, string>,
      payload?: object,
      remoteAddress?: string,
    ) => {
      const r = await t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...headers, 'accept-language': 'vi' },
        ...(payload ? { payload } : {}),
        ...(remoteAddress ? { remoteAddress } : {}),
      });
      return r;
    };
    const day = { name: 'Ngày kỷ niệm của tỉnh (thử)', source: 'QĐ 1/QĐ-UBND' };
    assert.equal(
      (await send('POST', '/calendar/provinces/04/days-off', provinceAdmin, { ...day, date: '2025-03-13' }))
        .statusCode,
      201,
    );
    const paknCase = {
      provinceCode: '04',
      kind: 'pakn',
      field: 'transport',
      title: 'Đèn tín hiệu giao thông hỏng',
      content: 'Đèn tín hiệu tại ngã tư trung tâm đã hỏng nhiều ngày, đề nghị sửa chữa.',
      communeCode: '01273',
    };
    let limited: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 50 && limited?.statusCode !== 429; i++)
      limited = await send('POST', '/feedback/cases', {}, paknCase, '203.0.113.99');
    const official = '01970000-0000-7000-8000-0000000000d1';
    const refusals: Array<[string, Awaited<ReturnType<typeof send>>, number, string?]> = [
      // The calendar admin page's refusals (issue 15 §2), each with the code the page keys on.
      [
        'a local day off twice',
        await send('POST', '/calendar/provinces/04/days-off', provinceAdmin, { ...day, date: '2025-03-13' }),
        400,
        'calendar.alreadyLocal',
      ],
      [
        'a national holiday as a local day',
        await send('POST', '/calendar/provinces/04/days-off', provinceAdmin, { ...day, date: '2025-09-02' }),
        400,
        'calendar.alreadyNational',
      ],
      [
        'a date outside the years served',
        await send('POST', '/calendar/provinces/04/days-off', provinceAdmin, { ...day, date: '2201-03-12' }),
        400,
        'calendar.dateOutsideYears',
      ],
      [
        'a weekend as a local day',
        await send('POST', '/calendar/provinces/04/days-off', provinceAdmin, { ...day, date: '2025-03-15' }),
        400,
        'calendar.weekend',
      ],
      [
        'a day outside the years served',
        await send('GET', '/calendar/days/2180-01-01', {}),
        400,
        'calendar.dateOutsideYears',
      ],
      [
        'a national year with a weekday made up',
        await send('PUT', '/calendar/national/years/2027', admin, {
          notices: [{ number: '1/TB-BNV', issuer: 'Bộ Nội vụ', covers: 'Tết' }],
          days: [{ date: '2027-01-06', kind: 'make_up_workday', name: 'x', notice: '1/TB-BNV' }],
        }),
        400,
        'calendar.makeUpWeekday',
      ],
      [
        'working hours ending before they start',
        await send('PUT', '/calendar/provinces/04/working-hours', provinceAdmin, {
          periods: [{ start: '12:00', end: '08:00' }],
        }),
        400,
        'calendar.periodEnd',
      ],
      [
        'a reception time that is not an instant',
        await send('GET', '/calendar/due-date?receivedAt=hom-nay&amount=3&unit=working_days', {}),
        400,
        'calendar.instant',
      ],
      // Anonymous PAKN past its limit (issue 10 §1).
      ['anonymous PAKN past the limit', limited!, 429],
      // An administrator's signer keys (issue 19 §1).
      [
        'a file that is not PKCS#12',
        await send('POST', `/signatures/signers/${official}/pkcs12`, admin, {
          provinceCode: '04',
          pkcs12: Buffer.from('khong phai tep').toString('base64'),
          password: 'x',
        }),
        400,
        'pkcs12.not_pkcs12',
      ],
      [
        'a PKCS#11 module that does not load',
        await send('POST', `/signatures/signers/${official}/token`, admin, {
          provinceCode: '04',
          module: '/khong-co/libpkcs11.so',
          token: 'tinhso',
          keyId: '01',
          pin: '1234',
        }),
        400,
        'token.module_unloadable',
      ],
      [
        'a trust anchor that is not a certificate',
        await send('POST', '/signatures/trust-anchors', admin, { certificate: 'a2hvbmcgcGhhaQ==' }),
        400,
        'anchor.not_certificate',
      ],
    ];
    // Publishing a workflow whose steps outrun the statutory time (issue 5 §6), as the provincial leader.
    const leader = (await t.signIn('lanhdao.tinh')).headers;
    const birth = '/procedures/admin/04/publications/1.001193';
    const view = (await send('GET', birth, leader)).json();
    const tooLong = view.workflow.steps.map((step: object, i: number) =>
      i === 1 ? { ...step, amount: 2, unit: 'working_days' } : step,
    );
    const account = { displayName: 'Người thử', kind: 'official', password: 'một cụm mật khẩu dài 2026' };
    refusals.push(
      [
        'a workflow over the statutory time, published',
        await send('PUT', `${birth}/workflow`, leader, {
          version: view.workflow.version,
          template: 'custom',
          steps: tooLong,
          publish: true,
        }),
        400,
        'procedures.workflowExceeds',
      ],
      // Password and account refusals (issue 18 §3): the reason is the code, the message a sentence.
      [
        'a common password',
        await send('POST', '/users', admin, {
          ...account,
          username: 'thu.matkhau',
          password: '12345678',
          roles: [{ role: 'specialist', unitCode: '04' }],
        }),
        400,
        'identity.password.common',
      ],
      [
        'a role on an unknown unit',
        await send('POST', '/users', admin, {
          ...account,
          username: 'thu.donvi',
          roles: [{ role: 'specialist', unitCode: '99999' }],
        }),
        400,
        'identity.field.unknownUnit',
      ],
      [
        'a wrong current password',
        await send('POST', '/auth/password', provinceAdmin, {
          currentPassword: 'khong-phai-mat-khau',
          newPassword: 'một cụm mật khẩu dài 2026',
        }),
        400,
        'identity.password.wrong',
      ],
    );
    const english: string[] = [];
    for (const [what, response, status, code] of refusals) {
      assert.equal(response.statusCode, status, `${what}: ${response.body}`);
      const body = response.json() as { detail?: string; errors?: Array<{ message: string; code?: string }> };
      if (code)
        assert.ok(
          body.errors?.some((e) => e.code === code),
          `${what}: no code ${code} in ${response.body}`,
        );
      for (const text of [body.detail ?? '', ...(body.errors ?? []).map((e) => e.message)].filter(
        readsAsEnglish,
      ))
        english.push(`${what} → “${text}”`);
    }
    assert.deepEqual(english, []);
  });

  it('keeps English for a reader who prefers it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en', 'content-type': 'application/json' },
      payload: '{"username": 1}',
    });
    assert.equal(response.statusCode, 400);
    const body = response.json() as { detail: string; errors: Array<{ message: string }> };
    assert.match(body.detail, /^Invalid body: /);
    assert.ok(!VIETNAMESE_LETTER.test(body.detail), body.detail);
    const vi = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": 1}',
    });
    assert.match(
      vi.json().detail,
      /^Dữ liệu gửi lên chưa hợp lệ — username: sai kiểu dữ liệu, cần chuỗi ký tự/,
    );
  });
});
