import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { hasPoppler, runPoppler } from '../../platform/testing/poppler.js';
import { readXlsxRows } from '../../platform/xlsx.js';
import { vnMillions, vnRate } from './export-report.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/** Issue 9 §4: the monthly report's Excel and PDF carry exactly the API's figures, in the report's layout. */
describe('monthly disbursement report exports', () => {
  let t: TestApp;
  let leader: Session;
  const lastYear = new Date().getUTCFullYear() - 1;
  const query = `provinceCode=04&year=${lastYear}&month=12`;
  let report: Json;

  before(async () => {
    t = await startTestApp();
    leader = await t.signIn('lanhdao.tinh');
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/investment/reports/monthly?${query}`,
      headers: leader.headers,
    });
    assert.equal(response.statusCode, 200, response.body);
    report = response.json();
  });
  after(() => t.close());

  const get = (url: string, session?: Session) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session?.headers ?? {} });

  it('writes every line of the report to Excel in whole đồng, the total first, then each owner and its projects', async () => {
    const response = await get(`/investment/reports/monthly/export.xlsx?${query}`, leader);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const rows = await readXlsxRows(response.rawPayload);
    assert.match(String(rows[0]?.[0]), /BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG THÁNG 12/);
    const header = rows.findIndex((r) => r[0] === 'Mã dự án');
    assert.ok(header > 0, 'a header row');
    const body = rows.slice(header + 1).filter((r) => r.length >= 10);
    const expected: Json[] = [report.total];
    for (const owner of report.owners) expected.push(owner.subtotal, ...owner.projects);
    assert.equal(body.length, expected.length, 'one row per line of the report');
    expected.forEach((line, i) => {
      const row = body[i] ?? [];
      assert.equal(row[0] ?? '', line.code, `row ${i}: code`);
      for (const [column, field] of [
        [5, 'plan'],
        [6, 'paidInMonth'],
        [7, 'paidToDate'],
      ] as const)
        assert.equal(String(row[column]), line[field], `row ${i}: ${field} in đồng`);
      assert.equal(String(row[2]), line.planBySource.central_budget, `row ${i}: central budget plan`);
      assert.equal(row[8] ?? null, line.rate, `row ${i}: rate`);
      assert.equal(row[9] ?? null, line.rateLastYear, `row ${i}: last year's rate`);
    });
  });

  it('prints the province’s total and every project’s figures in the PDF, in millions of đồng', async (c) => {
    const response = await get(`/investment/reports/monthly/export.pdf?${query}`, leader);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
    if (!hasPoppler('pdftotext')) return c.skip('poppler-utils is not installed');
    const text = runPoppler('pdftotext', ['-enc', 'UTF-8'], response.rawPayload).output.replace(/\s+/g, ' ');
    const total = report.total;
    assert.ok(
      text.includes(
        `giải ngân ${vnMillions(total.paidToDate)} triệu đồng trên tổng kế hoạch vốn năm ${vnMillions(total.plan)} triệu đồng, đạt ${vnRate(total.rate)}%`,
      ),
      'the opening paragraph states the API’s total and rate',
    );
    for (const owner of report.owners)
      for (const p of owner.projects) {
        assert.ok(text.includes(p.code), `project ${p.code} listed`);
        assert.ok(text.includes(vnMillions(p.paidToDate)), `project ${p.code}: paid to date`);
      }
  });

  it('refuses the exports to a citizen (403) and a month not begun (400), as problem+json', async () => {
    const citizen = await t.signIn('congdan');
    const refused = await get(`/investment/reports/monthly/export.xlsx?${query}`, citizen);
    assert.equal(refused.statusCode, 403);
    assert.match(String(refused.headers['content-type']), /problem\+json/);
    const future = await get(
      `/investment/reports/monthly/export.pdf?provinceCode=04&year=${lastYear + 2}&month=1`,
      leader,
    );
    assert.equal(future.statusCode, 400);
  });

  it('answers junk sent to the exports with 4xx problem+json (403 for another province), never 200 or 500', async () => {
    const junk = [
      'provinceCode=04',
      `provinceCode=04&year=${lastYear}`,
      `provinceCode=04&year=abc&month=1`,
      `provinceCode=04&year=${lastYear}&month=13`,
      `provinceCode=04&year=${lastYear}&month=0`,
      `provinceCode=04&year=${lastYear}&month=1.5`,
      `provinceCode=99&year=${lastYear}&month=1`,
      `provinceCode=${'Đ'.repeat(5000)}&year=${lastYear}&month=1`,
      `provinceCode=0%004&year=${lastYear}&month=1`,
      `${query}&zzz=1`,
    ];
    for (const format of ['xlsx', 'pdf'])
      for (const q of junk) {
        const response = await get(`/investment/reports/monthly/export.${format}?${q}`, leader);
        assert.ok(
          [400, 403, 404].includes(response.statusCode),
          `${format} ?${q.slice(0, 60)}: ${response.statusCode}`,
        );
        assert.match(String(response.headers['content-type']), /problem\+json/, q.slice(0, 60));
      }
  });
});
