import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readClock, type StatutoryClock } from '../calendar/index.js';
import type { Draft } from './draft.js';
import {
  AGENCIES,
  drive,
  envOf,
  inMemoryCache,
  PEOPLE,
  type Person,
  type Step,
  submittedDossier,
} from './draft-factories.js';
import type { Status } from './model.js';
import { applyOp, type DossierOp, OP_TYPES, type OpType } from './operations.js';

/*
 * Issue 23 §5: the dossier transitions as a table — state × operation × person → allowed or not, the state after,
 * and what the statutory clock does — run in memory, without a database (Decree 61/2018 art. 15–20; RULES.md §1).
 */

/** Monday 2 March 2026, 08:00 in Vietnam: a working day with nothing special about it. */
const START = new Date('2026-03-02T01:00:00Z');
const receive: Step = ['clerk', { type: 'receive' }];
const atDecision: Step[] = [receive, ['specialist', { type: 'forward' }]];
const approved: Step[] = [...atDecision, ['leader', { type: 'approve' }]];

/** How each state is reached, by the people who would do it. */
const PATHS = {
  submitted: [],
  reception_supplement: [['clerk', { type: 'request_reception_supplement', missing: ['Giấy xác nhận'] }]],
  processing: [receive],
  at_decision: atDecision,
  supplement_requested: [receive, ['specialist', { type: 'request_supplement', missing: ['Bản sao'] }]],
  consulting: [
    receive,
    [
      'specialist',
      { type: 'consult', agencyId: AGENCIES.neighbour.id, content: 'Xác minh', deadlineDate: '2026-03-06' },
    ],
  ],
  done: approved,
  returned: [...approved, ['clerk', { type: 'return_result', method: 'counter' }]],
  refused: [...atDecision, ['leader', { type: 'refuse', reasons: ['Không đủ điều kiện'] }]],
  rejected: [['clerk', { type: 'reject', reasons: ['Không thuộc thẩm quyền'] }]],
  withdrawn: [receive, ['applicant', { type: 'withdraw' }]],
  stopped: [receive, ['leader', { type: 'stop', reason: 'Người yêu cầu đã chết' }]],
} satisfies Record<string, Step[]>;
type State = keyof typeof PATHS;
const STATES = Object.keys(PATHS) as State[];

async function dossierIn(state: State): Promise<{ d: Draft; at: Date }> {
  const d = submittedDossier(START);
  const at = await drive(d, START, PATHS[state]);
  return { d, at: new Date(at.getTime() + 60 * 60 * 1000) };
}

type Clock = 'starts' | 'pauses' | 'restarts' | 'later due' | 'finishes' | 'unchanged' | 'none';
interface Row {
  op: DossierOp;
  /** Who may do it (at least the first is tried); everyone else is refused as forbidden. */
  by: Person[];
  /** The states it is allowed in, with the status after and what the clock does. */
  allowed: Partial<Record<State, [Status, Clock]>>;
}

const TABLE: Row[] = [
  {
    op: { type: 'receive' },
    by: ['clerk'],
    allowed: { submitted: ['processing', 'starts'], reception_supplement: ['processing', 'starts'] },
  },
  {
    op: { type: 'request_reception_supplement', missing: ['Tờ khai'] },
    by: ['clerk'],
    allowed: { submitted: ['reception_supplement', 'none'] },
  },
  {
    op: { type: 'reject', reasons: ['Hồ sơ giả mạo'] },
    by: ['clerk'],
    allowed: { submitted: ['rejected', 'none'], reception_supplement: ['rejected', 'none'] },
  },
  {
    op: { type: 'resubmit', documents: [{ name: 'Tờ khai' }] },
    by: ['applicant', 'clerk'],
    allowed: { reception_supplement: ['submitted', 'none'] },
  },
  { op: { type: 'forward' }, by: ['specialist'], allowed: { processing: ['processing', 'unchanged'] } },
  {
    op: { type: 'return_step', note: 'Thẩm định lại' },
    by: ['leader'],
    allowed: { at_decision: ['processing', 'unchanged'] },
  },
  {
    op: { type: 'request_supplement', missing: ['Bản sao giấy khai sinh'] },
    by: ['specialist'],
    allowed: { processing: ['supplement_requested', 'pauses'] },
  },
  {
    op: { type: 'provide_supplement', documents: [{ name: 'Bản sao giấy khai sinh' }] },
    by: ['applicant', 'clerk', 'specialist'],
    allowed: { supplement_requested: ['processing', 'restarts'] },
  },
  {
    // The leader decides at the decision step and signs the written refusal (Decree 61 art. 19; issue 16 §3).
    op: { type: 'refuse', reasons: ['Không đủ điều kiện kết hôn'] },
    by: ['leader'],
    allowed: { at_decision: ['refused', 'finishes'] },
  },
  { op: { type: 'approve' }, by: ['leader'], allowed: { at_decision: ['done', 'finishes'] } },
  {
    op: { type: 'extend', newDueDate: '2026-03-20', reason: 'Cần xác minh thêm' },
    by: ['specialist', 'leader'],
    allowed: {
      processing: ['processing', 'later due'],
      at_decision: ['processing', 'later due'],
      consulting: ['consulting', 'later due'],
    },
  },
  {
    op: { type: 'stop', reason: 'Theo yêu cầu của cơ quan có thẩm quyền' },
    by: ['leader'],
    allowed: {
      processing: ['stopped', 'finishes'],
      at_decision: ['stopped', 'finishes'],
      consulting: ['stopped', 'finishes'],
      supplement_requested: ['stopped', 'finishes'],
    },
  },
  {
    op: { type: 'withdraw', reason: 'Không còn nhu cầu' },
    by: ['applicant', 'clerk'],
    allowed: {
      submitted: ['withdrawn', 'none'],
      reception_supplement: ['withdrawn', 'none'],
      processing: ['withdrawn', 'finishes'],
      at_decision: ['withdrawn', 'finishes'],
      consulting: ['withdrawn', 'finishes'],
      supplement_requested: ['withdrawn', 'finishes'],
    },
  },
  {
    op: { type: 'return_result', method: 'counter' },
    by: ['clerk'],
    allowed: { done: ['returned', 'unchanged'] },
  },
  {
    op: { type: 'rate', scores: [2, 2, 2, 2, 1, 2, 2, 2, 2] },
    by: ['applicant'],
    allowed: { done: ['done', 'unchanged'], returned: ['returned', 'unchanged'] },
  },
];

const ALL_PEOPLE = Object.keys(PEOPLE) as Person[];

function clockState(d: Draft, at: Date) {
  if (!d.row.clock) return null;
  const reading = readClock(envOf('clerk', at).cal, d.row.clock as StatutoryClock, at);
  assert.ok(reading.ok, 'the clock can be read');
  return reading.value;
}

function assertClock(before: Draft, after: Draft, at: Date, effect: Clock) {
  const was = before.row.clock ? clockState(before, at) : null;
  const now = clockState(after, at);
  switch (effect) {
    case 'none':
      return assert.equal(now, null, 'no clock before reception');
    case 'starts':
      return assert.equal(now?.state, 'running');
    case 'pauses':
      return assert.equal(now?.state, 'paused');
    case 'restarts':
      assert.equal(now?.state, 'running');
      return assert.equal(now?.cycle, (was?.cycle ?? 0) + 1, 'the clock counts again from zero (art. 19(4))');
    case 'later due':
      assert.equal(now?.extended, true);
      return assert.ok(Date.parse(now!.due) > Date.parse(was!.due), 'the due date moves later');
    case 'finishes':
      return assert.equal(now?.state, 'finished');
    case 'unchanged':
      return assert.deepEqual(
        now && { state: now.state, due: now.due },
        was && { state: was.state, due: was.due },
      );
  }
}

describe('dossier transitions: state × operation × person (no database)', () => {
  it('reaches every state along the path the law sets', async () => {
    for (const state of STATES) {
      const { d } = await dossierIn(state);
      const expected = state === 'at_decision' ? 'processing' : state;
      assert.equal(d.row.status, expected, state);
    }
  });

  for (const row of TABLE)
    describe(row.op.type, () => {
      for (const state of STATES) {
        const allowed = row.allowed[state];
        it(allowed ? `${state} → ${allowed[0]}, clock ${allowed[1]}` : `refused in ${state}`, async () => {
          const { d: before, at } = await dossierIn(state);
          const { d } = await dossierIn(state);
          const done = await applyOp(d, envOf(row.by[0]!, at), row.op, inMemoryCache());
          if (!allowed) {
            assert.equal(done.ok, false, `${row.op.type} must be refused in ${state}`);
            if (!done.ok) assert.notEqual(done.error.kind, 'internal');
            assert.equal(d.row.status, before.row.status, 'a refusal changes nothing');
            assert.equal(d.row.version, before.row.version);
            return;
          }
          assert.ok(done.ok, done.ok ? '' : JSON.stringify(done.error));
          assert.equal(d.row.status, allowed[0]);
          assert.equal(d.row.version > before.row.version, true, 'the version moves on');
          assertClock(before, d, at, allowed[1]);
          assert.ok(
            d.newEvents.length > before.newEvents.length && d.audits.length > before.audits.length,
            'an event and an audit entry record it',
          );
        });
      }
      it(`refuses everyone else as forbidden (${row.by.join(', ')} may)`, async () => {
        const state = Object.keys(row.allowed)[0] as State;
        for (const who of ALL_PEOPLE) {
          const { d, at } = await dossierIn(state);
          const done = await applyOp(d, envOf(who, at), row.op, inMemoryCache());
          if (row.by.includes(who)) assert.ok(done.ok, `${who} may ${row.op.type} in ${state}`);
          else {
            assert.equal(done.ok ? 'ok' : done.error.kind, 'forbidden', `${who} ${row.op.type} in ${state}`);
            assert.equal(d.row.status, state === 'at_decision' ? 'processing' : state);
          }
        }
      });
    });

  it('answers a consultation only by the consulted agency, and the dossier goes back to processing', async () => {
    const { d, at } = await dossierIn('consulting');
    const consultationId = d.consultations[0]!.id;
    const op: DossierOp = { type: 'answer_consultation', consultationId, answer: 'Đã xác minh' };
    for (const who of ['specialist', 'clerk', 'applicant'] as Person[]) {
      const tried = await applyOp(d, envOf(who, at), op, inMemoryCache());
      assert.equal(tried.ok ? 'ok' : tried.error.kind, 'forbidden', who);
    }
    assert.ok((await applyOp(d, envOf('neighbourSpecialist', at), op, inMemoryCache())).ok);
    assert.equal(d.row.status, 'processing');
    const twice = await applyOp(d, envOf('neighbourSpecialist', at), op, inMemoryCache());
    assert.equal(twice.ok ? 'ok' : twice.error.kind, 'conflict');
  });

  it('covers every operation of the dossier in the table or a test of its own', () => {
    const covered = new Set<OpType>([...TABLE.map((r) => r.op.type), 'answer_consultation', 'consult']);
    // Payment and the tracking secret are state-preserving and tested against the database (lifecycle.test.ts).
    for (const type of ['record_payment', 'reissue_tracking_secret'] as OpType[]) covered.add(type);
    const missing = OP_TYPES.filter((t) => !covered.has(t));
    assert.deepEqual(missing, []);
  });
});
