import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../../platform/context.js';
import { type ActorScope, decideTaskAction, isIssuerFor, isStaffOf, type TaskRef } from './policy.js';

const PC_04 = '00000000-0000-7000-8000-000000000001';
const JUSTICE = '00000000-0000-7000-8000-000000000002';
const PC_THUC_PHAN = '00000000-0000-7000-8000-000000000003';
const PAS_THUC_PHAN = '00000000-0000-7000-8000-000000000004';
const kinds: Record<string, string> = {
  [PC_04]: 'people_committee',
  [JUSTICE]: 'department',
  [PC_THUC_PHAN]: 'people_committee',
  [PAS_THUC_PHAN]: 'pas_centre',
};

function user(...grants: Array<[Role, string, string | null]>): ActorScope {
  return {
    kind: 'user',
    userId: 'u',
    name: 'U',
    grants: grants.map(([role, unitCode, agencyId]) => ({
      role,
      unitCode,
      provinceCode: unitCode.length === 2 ? unitCode : '04',
      agencyId,
      agencyKind: agencyId ? (kinds[agencyId] ?? null) : null,
    })),
  };
}

const wardTask: TaskRef = {
  provinceCode: '04',
  issuerUnitCode: '04',
  lead: { id: PC_THUC_PHAN, unitCode: '01273', provinceCode: '04' },
  coordinators: [{ id: JUSTICE, unitCode: '04', provinceCode: '04' }],
};

describe('who acts on a task (issue 8 Notes; policy.ts)', () => {
  it('makes a role covering the agency’s unit its staff when the grant names no agency (accounts before agencies)', () => {
    assert.equal(isStaffOf(user(['specialist', '01273', null]), wardTask.lead), true);
    assert.equal(
      isStaffOf(user(['specialist', '04', null]), wardTask.lead),
      true,
      'a province grant covers its communes',
    );
    assert.equal(isStaffOf(user(['counter_clerk', '01273', null]), wardTask.lead), false);
  });

  it('limits a grant that names an agency to that agency', () => {
    assert.equal(isStaffOf(user(['specialist', '01273', PC_THUC_PHAN]), wardTask.lead), true);
    assert.equal(isStaffOf(user(['specialist', '01273', PAS_THUC_PHAN]), wardTask.lead), false);
    assert.equal(isStaffOf(user(['specialist', '04', JUSTICE]), wardTask.lead), false);
  });

  it('lets a People’s Committee leader issue for the unit, but not a department director', () => {
    const province = { unitCode: '04', provinceCode: '04' };
    assert.equal(isIssuerFor(user(['provincial_leader', '04', PC_04]), province), true);
    assert.equal(isIssuerFor(user(['unit_leader', '04', JUSTICE]), province), false);
    assert.equal(isIssuerFor(user(['unit_leader', '01273', PC_THUC_PHAN]), province), false);
  });

  it('hides a task from whoever neither issued it nor works in its agencies, and refuses actions outside one’s part', () => {
    assert.equal(decideTaskAction(user(['specialist', '01654', null]), 'task.read', wardTask), 'hide');
    const justice = user(['specialist', '04', JUSTICE]);
    assert.equal(decideTaskAction(justice, 'task.read', wardTask), 'allow', 'a coordinating agency reads');
    assert.equal(decideTaskAction(justice, 'task.report', wardTask), 'deny', 'only the lead agency reports');
    const leader = user(['provincial_leader', '04', PC_04]);
    assert.equal(decideTaskAction(leader, 'task.review', wardTask), 'allow');
    assert.equal(decideTaskAction(leader, 'task.accept', wardTask), 'deny');
    assert.equal(decideTaskAction(user(['system_admin', '04', null]), 'task.read', wardTask), 'allow');
    assert.equal(decideTaskAction(user(['system_admin', '04', null]), 'task.review', wardTask), 'deny');
  });
});
