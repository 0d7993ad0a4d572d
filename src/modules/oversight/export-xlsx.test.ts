import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/**
 * The Excel workbook for the next meeting (issue 8 §4) says what the API says: every count in it is the count
 * the heat map, the task lists and the never-reported list answer for the same reader, and the on-time rate is
 * a formula over those counts.
 */
describe('oversight: the Excel report for the next meeting', () => {
  let t: TestApp;
  let leader: Session;
  let specialist: Session;
  const range = 'from=2025-10&to=2026-12';
  const get = async (url: string, session: Session) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response;
  };
  const workbook = async (session: Session, query = range) => {
    const response = await get(`/oversight/report.xlsx?${query}`, session);
    assert.equal(
      response.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    assert.match(String(response.headers['content-disposition']), /filename="oversight-report-.*\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  /** A cell as a number: a count, or a formula's cached result. */
  const num = (cell: ExcelJS.Cell): number | string => {
    const v = cell.value;
    if (v !== null && typeof v === 'object' && 'result' in v) return v.result as number | string;
    return v as number;
  };
  const dataRows = (sheet: ExcelJS.Worksheet, from = 2) => {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => {
      if (n >= from && row.getCell(1).value !== null) rows.push(row);
    });
    return rows;
  };

  before(async () => {
    t = await startTestApp();
    [leader, specialist] = await Promise.all([t.signIn('lanhdao.tinh'), t.signIn('tuphap.chuyenvien')]);
  });
  after(() => t.close());

  it('puts each lead agency’s on time, late, overdue and open counts exactly as the heat map counts them', async () => {
    const map = (await get(`/oversight/heatmap?${range}`, leader)).json();
    const book = await workbook(leader);
    assert.deepEqual(
      book.worksheets.map((s) => s.name),
      [
        'Tổng hợp',
        'Theo cơ quan chủ trì',
        'Cơ quan theo tháng',
        'Nhiệm vụ đã giao',
        'Nhiệm vụ của cơ quan',
        'Chưa báo cáo',
      ],
    );
    const agencies = book.getWorksheet('Theo cơ quan chủ trì')!;
    assert.equal(agencies.getRow(1).getCell(1).value, 'Cơ quan chủ trì');
    const rows = dataRows(agencies);
    assert.equal(rows.length, map.rows.length);
    assert.ok(rows.length > 3, 'the demo has several lead agencies');
    map.rows.forEach(
      (
        r: {
          agency: { name: string };
          total: { onTime: number; late: number; overdueOpen: number; open: number };
        },
        i: number,
      ) => {
        const row = rows[i]!;
        const s = r.total;
        assert.deepEqual(
          [row.getCell(1).value, ...[2, 3, 4, 5, 6].map((c) => num(row.getCell(c)))],
          [
            r.agency.name,
            s.onTime,
            s.late,
            s.overdueOpen,
            s.open,
            s.onTime + s.late + s.overdueOpen + s.open,
          ],
        );
        const rate = row.getCell(7).value as ExcelJS.CellFormulaValue;
        assert.match(rate.formula, new RegExp(`B${row.number}.*C${row.number}`), 'a formula over the counts');
        const expected =
          s.onTime + s.late === 0 ? '' : Math.round((1000 * s.onTime) / (s.onTime + s.late)) / 10;
        // exceljs leaves a cached 0 or "" out of the file (Excel recomputes on opening: fullCalcOnLoad).
        assert.equal(rate.result ?? (expected === '' ? '' : 0), expected);
      },
    );

    // The months sheet: four counts per month, the totals row equal to the heat map's totals.
    const heat = book.getWorksheet('Cơ quan theo tháng')!;
    const months = map.months.length;
    const totals = dataRows(heat, 3).at(-1)!;
    assert.equal(totals.getCell(1).value, 'Tổng cộng');
    map.totals.forEach(
      (c: { onTime: number; late: number; overdueOpen: number; open: number }, i: number) => {
        assert.deepEqual(
          [0, 1, 2, 3].map((k) => num(totals.getCell(2 + 4 * i + k))),
          [c.onTime, c.late, c.overdueOpen, c.open],
          `month ${map.months[i]}`,
        );
      },
    );
    assert.equal(heat.getRow(1).getCell(2 + 4 * (months - 1)).value, '12/2026');
  });

  it('sums the same totals and tasks by status on the summary sheet, and lists every task issued', async () => {
    const map = (await get(`/oversight/heatmap?${range}`, leader)).json();
    const tasks = (await get('/oversight/tasks?view=issued&pageSize=200', leader)).json();
    const book = await workbook(leader);
    const summary = book.getWorksheet('Tổng hợp')!;
    const byLabel = new Map<string, number | string>();
    summary.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string') byLabel.set(label, num(row.getCell(2)));
    });
    const s = map.total;
    assert.equal(byLabel.get('Tổng số nhiệm vụ'), s.onTime + s.late + s.overdueOpen + s.open);
    assert.equal(byLabel.get('Hoàn thành đúng hạn'), s.onTime);
    assert.equal(byLabel.get('Hoàn thành trễ hạn'), s.late);
    assert.equal(byLabel.get('Quá hạn chưa hoàn thành'), s.overdueOpen);
    assert.equal(byLabel.get('Chưa đến hạn'), s.open);
    assert.equal(byLabel.get('Đã giao'), tasks.counts.byStatus.assigned);
    assert.equal(byLabel.get('Đang thực hiện'), tasks.counts.byStatus.in_progress);
    assert.equal(byLabel.get('Đã báo cáo hoàn thành'), tasks.counts.byStatus.completion_reported);
    assert.equal(byLabel.get('Hoàn thành'), tasks.counts.byStatus.completed);

    const issued = dataRows(book.getWorksheet('Nhiệm vụ đã giao')!);
    assert.equal(issued.length, tasks.total);
    assert.deepEqual(
      issued.map((r) => r.getCell(1).value).sort(),
      tasks.items.map((task: { code: string }) => task.code).sort(),
    );

    const unreported = (await get('/oversight/unreported?pageSize=100', leader)).json();
    const never = dataRows(book.getWorksheet('Chưa báo cáo')!);
    assert.equal(never.length, unreported.total);
    unreported.items.forEach((c: { number: string; neverReported: number }, i: number) => {
      assert.equal(never[i]!.getCell(1).value, c.number);
      assert.equal(num(never[i]!.getCell(6)), c.neverReported);
    });
  });

  it('lists an agency official’s own tasks on “my agency’s tasks”, in English when asked', async () => {
    const mine = (await get('/oversight/tasks?view=agency&pageSize=200', specialist)).json();
    assert.ok(mine.total > 0, 'the demo gives the Department of Justice tasks');
    const book = await workbook(specialist, `${range}&lang=en`);
    assert.equal(book.worksheets[0]!.name, 'Summary');
    const rows = dataRows(book.getWorksheet('My agency’s tasks')!);
    assert.deepEqual(
      rows.map((r) => r.getCell(1).value),
      mine.items.map((task: { code: string }) => task.code),
    );
  });

  it('refuses a bad month range with a problem, not a file', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/oversight/report.xlsx?from=2026-12&to=2025-01',
      headers: leader.headers,
    });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
  });
});
