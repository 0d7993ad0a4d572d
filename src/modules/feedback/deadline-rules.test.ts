import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLocal, loadNationalCalendar } from '../calendar/index.js';
import {
  complaintVariant,
  dueFor,
  extendedDue,
  limitationEnd,
  type RuleRow,
  ruleInForce,
} from './deadline-rules.js';
import { REFERENCE_RULES } from './reference-rules.js';

const loaded = await loadNationalCalendar();
if (!loaded.ok) throw new Error(`calendar data: ${JSON.stringify(loaded.error)}`);
const cal = loaded.value;

const rules: RuleRow[] = REFERENCE_RULES.map((r, i) => ({
  id: String(i),
  kind: r.kind,
  step: r.step,
  variant: r.variant,
  amount: r.amount,
  unit: r.unit,
  maxCount: r.maxCount ?? null,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo ?? null,
  source: r.source,
  confidence: r.confidence,
}));

const vn = (local: string) => new Date(`${local}:00+07:00`);
const local = (d: Date) => formatLocal(d.getTime());
function rule(kind: RuleRow['kind'], step: string, variant: RuleRow['variant'], day: string): RuleRow {
  const found = ruleInForce(rules, kind, step, variant, day);
  assert.ok(found, `${kind}.${step} ${variant} on ${day}`);
  return found;
}
const due = (kind: RuleRow['kind'], step: string, start: string, variant: RuleRow['variant'] = 'normal') =>
  local(dueFor(cal, rule(kind, step, variant, start.slice(0, 10)), vn(start)));

describe('PAKN deadlines in working days (Decision 766 sub-indicator 5.2: 2 / 5 / 15 / 2)', () => {
  it('does not count the day of receipt and ends at 17:00 of the last working day', () => {
    assert.equal(due('pakn', 'refuse', '2025-03-12T09:00'), '2025-03-14T17:00:00+07:00');
  });

  it('skips the weekend: received Friday afternoon, 2 working days end on Tuesday', () => {
    assert.equal(due('pakn', 'refuse', '2025-03-14T16:00'), '2025-03-18T17:00:00+07:00');
  });

  it('counts a Saturday receipt from Monday: Monday is the first working day', () => {
    assert.equal(due('pakn', 'refuse', '2025-03-15T10:00'), '2025-03-18T17:00:00+07:00');
  });

  it('skips Tết: 15 working days from Friday 24/1/2025 end on 21/2/2025 (Tết 25/1–2/2)', () => {
    assert.equal(due('pakn', 'process', '2025-01-24T10:00'), '2025-02-21T17:00:00+07:00');
  });

  it('skips Tết 2026: publishing an answer of Friday 13/2/2026 is due Tuesday 24/2/2026', () => {
    assert.equal(due('pakn', 'publish', '2026-02-13T15:00'), '2026-02-24T17:00:00+07:00');
  });

  it('gives 5 working days for the first supplement request and for a transfer (Decree 20/2008 art. 9)', () => {
    assert.equal(due('pakn', 'supplement', '2025-03-12T09:00'), '2025-03-19T17:00:00+07:00');
    assert.equal(due('pakn', 'transfer', '2025-03-12T09:00'), '2025-03-19T17:00:00+07:00');
  });
});

describe('complaint deadlines (Law on Complaints 2011; Civil Code 2015 art. 147–148)', () => {
  it('accepts within 10 days until 30/6/2026: from the day after receipt, ending at 24:00 of the 10th day', () => {
    assert.equal(rule('complaint', 'accept', 'normal', '2026-06-30').unit, 'calendar_days');
    assert.equal(due('complaint', 'accept', '2026-06-30T10:00'), '2026-07-11T00:00:00+07:00');
  });

  it('accepts within 7 working days from 1/7/2026 (Decree 155/2026 amending Decree 124/2020 art. 16)', () => {
    const r = rule('complaint', 'accept', 'normal', '2026-07-01');
    assert.deepEqual([r.amount, r.unit], [7, 'working_days']);
    assert.equal(due('complaint', 'accept', '2026-07-01T10:00'), '2026-07-10T17:00:00+07:00');
  });

  it('picks the rule by the day the step starts: 30/6 23:59 is still the 10-day rule', () => {
    assert.equal(rule('complaint', 'accept', 'normal', '2026-06-30').amount, 10);
    assert.equal(due('complaint', 'accept', '2026-06-30T23:59'), '2026-07-11T00:00:00+07:00');
  });

  it('moves a period ending on a Saturday to the end of the next working day (art. 148(5))', () => {
    // 30 days from 13/3/2025 end on Saturday 12/4/2025 → Monday 14/4, 24:00.
    assert.equal(due('complaint', 'resolve', '2025-03-13T09:00'), '2025-04-15T00:00:00+07:00');
  });

  it('moves a period ending in Tết to the first working day after it', () => {
    // 10 days from Monday 20/1/2025 end on Thursday 30/1 (Tết) → Monday 3/2, 24:00.
    assert.equal(due('complaint', 'accept', '2025-01-20T09:00'), '2025-02-04T00:00:00+07:00');
  });

  it('gives complex cases 45 days, remote areas 45, both 60; second level 45 / 60 / 60 / 70 (art. 28, 37)', () => {
    const amount = (step: string, complex: boolean, remoteArea: boolean) =>
      rule('complaint', step, complaintVariant({ complex, remoteArea }), '2025-05-01').amount;
    assert.deepEqual(
      [
        amount('resolve', false, false),
        amount('resolve', true, false),
        amount('resolve', false, true),
        amount('resolve', true, true),
      ],
      [30, 45, 45, 60],
    );
    assert.deepEqual(
      [
        amount('resolve_second', false, false),
        amount('resolve_second', true, false),
        amount('resolve_second', false, true),
        amount('resolve_second', true, true),
      ],
      [45, 60, 60, 70],
    );
  });

  it('ends the 90-day limitation at 24:00 of the 90th day, plus days lost to objective obstacles (art. 9)', () => {
    const limitation = rule('complaint', 'limitation', 'normal', '2025-04-01');
    assert.equal(local(limitationEnd(cal, limitation, '2025-01-02', 0)), '2025-04-03T00:00:00+07:00');
    // 100 days end on Saturday 12/4/2025 → Monday 14/4, 24:00.
    assert.equal(local(limitationEnd(cal, limitation, '2025-01-02', 10)), '2025-04-15T00:00:00+07:00');
  });
});

describe('denunciation deadlines (Law on Denunciations 2018)', () => {
  it('registers within 7 working days, or 10 with checks at several places (art. 24(1))', () => {
    assert.equal(due('denunciation', 'register', '2025-03-12T09:00'), '2025-03-21T17:00:00+07:00');
    assert.equal(
      due('denunciation', 'register', '2025-03-12T09:00', 'multi_place'),
      '2025-03-26T17:00:00+07:00',
    );
  });

  it('transfers within 5 working days when not competent (art. 24(2))', () => {
    assert.equal(due('denunciation', 'transfer', '2025-03-14T09:00'), '2025-03-21T17:00:00+07:00');
  });

  it('resolves within 30 days; each extension adds up to 30 days from the end of the current period (art. 30)', () => {
    const first = dueFor(
      cal,
      rule('denunciation', 'resolve', 'normal', '2025-05-05'),
      vn('2025-05-05T09:00'),
    );
    assert.equal(local(first), '2025-06-05T00:00:00+07:00');
    const once = extendedDue(cal, first, 30);
    assert.equal(local(once), '2025-07-05T00:00:00+07:00');
    assert.equal(local(extendedDue(cal, once, 30)), '2025-08-05T00:00:00+07:00');
    assert.equal(rule('denunciation', 'extension', 'normal', '2025-06-01').maxCount, 2);
  });

  it('falls back to the normal variant when a step has no rule for the variant asked', () => {
    assert.equal(rule('denunciation', 'resolve', 'multi_place', '2025-05-05').variant, 'normal');
  });

  it('knows no rule before the law took effect', () => {
    assert.equal(ruleInForce(rules, 'denunciation', 'register', 'normal', '2018-12-31'), undefined);
  });
});
