/**
 * For tests only: a published commune procedure slow enough (≥ `minDays` working days in person) that an officer
 * can still apologise and extend after a supplement (the apology comes ≥ 1 working day before the due date).
 */
import assert from 'node:assert/strict';
import type { Session, TestApp } from '../../app/testing.js';
import { systemCtx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { samplePdf } from '../../platform/files/test-fixtures.js';
import { quietLogger } from '../../platform/logging.js';
import { catalogueEntry, listPublicationsAdmin, SAMPLE_BIRTH_DECLARATION } from '../procedures/index.js';

export async function findSlowCommuneProcedure(
  db: Executor,
  provinceCode = '04',
  minDays = 5,
): Promise<string | undefined> {
  const listed = await listPublicationsAdmin(systemCtx(db, 'test', quietLogger()), {
    provinceCode,
    workflow: 'published',
    page: 1,
    pageSize: 500,
  });
  if (!listed.ok) return undefined;
  for (const item of listed.value.items) {
    const entry = await catalogueEntry(db, provinceCode, item.code);
    const d = entry?.procedure.durations.find((x) => x.channel === 'in_person');
    if (
      entry &&
      !entry.publication.decidingAgency &&
      entry.procedure.levels.includes('commune') &&
      d?.unit === 'working_days' &&
      d.amount >= minDays
    )
      return item.code;
  }
  return undefined;
}

/**
 * For tests only: the citizen files birth registration (1.001193) online with its papers at the commune's centre,
 * and the clerk receives it complete; answers the dossier as the officer sees it, at the appraisal step.
 */
export async function receivedBirthRegistration(
  t: TestApp,
  people: { citizen: Session; clerk: Session; officer: Session },
  centreId: string,
): Promise<{ id: string; version: number; code: string }> {
  const boundary = 'xxBOUNDARYxx';
  const uploaded = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers/uploads',
    headers: { ...people.citizen.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      samplePdf(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  const fileId = uploaded.json().fileId;
  const submitted = (
    await t.call('POST', '/dossiers', people.citizen, {
      procedureCode: '1.001193',
      receivingAgencyId: centreId,
      applicant: { name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn' },
      declaration: SAMPLE_BIRTH_DECLARATION,
      resultMethod: 'online',
      documents: [
        { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId },
        { name: 'Giấy chứng sinh', fileId },
      ],
    })
  ).json();
  const received = await t.call('POST', `/dossiers/${submitted.id}/reception`, people.clerk, {
    version: submitted.version,
    decision: { kind: 'complete' },
  });
  assert.equal(received.statusCode, 200, received.body);
  const view = (await t.call('GET', `/dossiers/${submitted.id}`, people.officer)).json();
  return { id: view.id, version: view.version, code: view.code };
}
