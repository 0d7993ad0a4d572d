import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { hasPoppler, runPoppler } from '../../platform/testing/poppler.js';
import { readXlsxRows } from '../../platform/xlsx.js';
import { vnNumber } from './export-report.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/**
 * Issue 9, Targets §3: the achievement report ("19 of 22 met", each target) exported to Excel and PDF carries the
 * API's figures; a resolution's particulars are changed with the version read.
 */
describe('targets achievement report and resolution edits', () => {
  let t: TestApp;
  let admin: Session;
  let detail: Json;
  const call = (method: 'GET' | 'PUT', url: string, session?: Session, payload?: object | string) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...session?.headers,
        ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { payload } : {}),
    });

  before(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin');
    const list = (await call('GET', '/targets/resolutions', admin)).json().items;
    const id = list.find((r: Json) => r.provinceCode === '56').id;
    detail = (await call('GET', `/targets/resolutions/${id}?year=2024&period=Y`, admin)).json();
  });
  after(() => t.close());

  it('writes the summary and one row per target to Excel, with the values and percents of the API', async () => {
    const response = await call(
      'GET',
      `/targets/resolutions/${detail.resolution.id}/export.xlsx?year=2024&period=Y`,
      admin,
    );
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /bao-cao-chi-tieu-56-2024-Y\.xlsx/);
    const rows = await readXlsxRows(response.rawPayload);
    const flat = rows.map((r) => r.join(' '));
    assert.ok(
      flat.some((line) => line.includes(`Đạt và vượt 19/22 chỉ tiêu; không đạt 3`)),
      'the summary line reads 19 of 22',
    );
    const header = rows.findIndex((r) => r[0] === 'STT');
    const body = rows.slice(header + 1).filter((r) => r.length >= 8);
    assert.equal(body.length, detail.targets.length, 'every target and sub-target');
    for (const target of detail.targets) {
      const row = body.find((r) => r[0] === target.label);
      assert.ok(row, `target ${target.label}`);
      assert.equal(row[1], target.indicator);
      assert.equal(
        row[4] ?? null,
        target.current ? Number(target.current.value) : null,
        `${target.label}: value`,
      );
      assert.equal(row[6] ?? null, target.achievement.percentOfPlan, `${target.label}: percent of plan`);
    }
    const notMet = body.filter((r) => String(r[7]).startsWith('Không đạt')).map((r) => r[0]);
    assert.deepEqual(notMet.sort(), ['1', '11', '6']);
  });

  it('states "19/22 … đạt và vượt" and names the three targets not met in the PDF', async (c) => {
    const response = await call(
      'GET',
      `/targets/resolutions/${detail.resolution.id}/export.pdf?year=2024&period=Y`,
      admin,
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    if (!hasPoppler('pdftotext')) return c.skip('poppler-utils is not installed');
    const text = runPoppler('pdftotext', ['-enc', 'UTF-8'], response.rawPayload).output.replace(/\s+/g, ' ');
    assert.match(text, /19\/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch; 3 chỉ tiêu không đạt/);
    for (const label of ['1', '6', '11']) {
      const target = detail.targets.find((x: Json) => x.label === label);
      assert.ok(text.includes(`${label}. ${target.indicator}`), `target ${label} named as not met`);
      assert.ok(text.includes(vnNumber(target.current.value)), `target ${label}: its value`);
    }
  });

  it('changes a resolution’s particulars with the version read; a stale version gets 409, a citizen 403/404', async () => {
    const r = detail.resolution;
    const body = {
      body: r.body,
      issuerName: r.issuerName,
      number: r.number,
      title: r.title,
      issuedOn: r.issuedOn,
      term: r.term,
      fromYear: r.fromYear,
      toYear: r.toYear,
      reportDueWorkingDays: 7,
      note: r.note,
      version: r.version,
    };
    const changed = await call('PUT', `/targets/resolutions/${r.id}`, admin, body);
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().reportDueWorkingDays, 7);
    assert.equal(changed.json().version, r.version + 1);
    const stale = await call('PUT', `/targets/resolutions/${r.id}`, admin, body);
    assert.equal(stale.statusCode, 409);
    const outside = await call('PUT', `/targets/resolutions/${r.id}`, admin, {
      ...body,
      fromYear: 2025,
      toYear: 2025,
      version: r.version + 1,
    });
    assert.equal(outside.statusCode, 400, 'targets are due in 2024: the years may not leave it out');
    const citizen = await t.signIn('congdan');
    const refused = await call('PUT', `/targets/resolutions/${r.id}`, citizen, {
      ...body,
      version: r.version + 1,
    });
    assert.ok([403, 404].includes(refused.statusCode), String(refused.statusCode));
  });

  it('answers junk sent to the export and edit routes with 400 or 404 problem+json, never 200 or 500', async () => {
    const id = detail.resolution.id;
    const r = (await call('GET', `/targets/resolutions/${id}`, admin)).json().resolution;
    const good = {
      body: r.body,
      issuerName: r.issuerName,
      number: r.number,
      title: r.title,
      issuedOn: r.issuedOn,
      term: r.term,
      fromYear: r.fromYear,
      toYear: r.toYear,
      note: r.note,
      version: r.version,
    };
    const junk: Array<[string, 'GET' | 'PUT', string, (object | string)?]> = [
      ['an id that is no UUID', 'GET', '/targets/resolutions/not-a-uuid/export.xlsx'],
      ['an unknown resolution', 'GET', `/targets/resolutions/${randomUUID()}/export.pdf`],
      ['a year that is no number', 'GET', `/targets/resolutions/${id}/export.xlsx?year=abc`],
      ['a year out of range', 'GET', `/targets/resolutions/${id}/export.pdf?year=1999`],
      ['an unknown period', 'GET', `/targets/resolutions/${id}/export.xlsx?period=Q9`],
      ['an unknown parameter', 'GET', `/targets/resolutions/${id}/export.pdf?zzz=1`],
      ['malformed JSON', 'PUT', `/targets/resolutions/${id}`, '{"body": "peo'],
      ['an array', 'PUT', `/targets/resolutions/${id}`, '[]'],
      ['null', 'PUT', `/targets/resolutions/${id}`, 'null'],
      ['an unknown field', 'PUT', `/targets/resolutions/${id}`, { ...good, provinceCode: '56' }],
      ['a year as text', 'PUT', `/targets/resolutions/${id}`, { ...good, fromYear: '2020' }],
      [
        'a date that does not exist',
        'PUT',
        `/targets/resolutions/${id}`,
        { ...good, issuedOn: '2024-02-30' },
      ],
      ['a huge title', 'PUT', `/targets/resolutions/${id}`, { ...good, title: 'Đ'.repeat(100_000) }],
      ['a NUL in the issuer', 'PUT', `/targets/resolutions/${id}`, { ...good, issuerName: 'HĐND\u0000tỉnh' }],
      ['a blank number', 'PUT', `/targets/resolutions/${id}`, { ...good, number: '   ' }],
      ['the years reversed', 'PUT', `/targets/resolutions/${id}`, { ...good, toYear: r.fromYear - 1 }],
      ['no version', 'PUT', `/targets/resolutions/${id}`, { ...good, version: undefined }],
    ];
    for (const [what, method, url, payload] of junk) {
      const response = await call(method, url, admin, payload);
      assert.ok([400, 404].includes(response.statusCode), `${what}: ${response.statusCode} ${response.body}`);
      assert.match(String(response.headers['content-type']), /problem\+json/, what);
    }
    const after = (await call('GET', `/targets/resolutions/${id}`, admin)).json().resolution;
    assert.equal(after.version, r.version, 'nothing was changed');
  });
});
