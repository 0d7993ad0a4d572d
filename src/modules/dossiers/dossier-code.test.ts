import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDossierCode, parseDossierCode } from './dossier-code.js';

describe('dossier code (Decree 61/2018 art. 26; Circular 01/2018 art. 19; RULES.md §1.4)', () => {
  it('is the receiving agency’s QCVN 102 code, the date received as YYMMDD and a 4-digit daily sequence', () => {
    assert.equal(formatDossierCode('000.01.31.H11', '2026-03-09', 7), '000.01.31.H11-260309-0007');
    assert.equal(formatDossierCode('000.00.12.H12', '2025-12-31', 9999), '000.00.12.H12-251231-9999');
  });

  it('refuses a malformed agency code and a sequence outside 1–9999', () => {
    assert.throws(() => formatDossierCode('H11', '2026-03-09', 1));
    assert.throws(() => formatDossierCode('000.01.31.H11', '2026-03-09', 0));
    assert.throws(() => formatDossierCode('000.01.31.H11', '2026-03-09', 10_000));
  });

  it('parses back what it formats, for any agency, day and sequence', () => {
    const agency = fc
      .tuple(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(
        ([v, z, y, m]) =>
          `${String(v).padStart(3, '0')}.${String(z).padStart(2, '0')}.${String(y).padStart(2, '0')}.H${String(m).padStart(2, '0')}`,
      );
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(agency, day, fc.integer({ min: 1, max: 9999 }), (a, d, n) => {
        const parsed = parseDossierCode(formatDossierCode(a, d, n));
        assert.deepEqual(parsed, {
          agencyCode: a,
          yymmdd: d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10),
          sequence: n,
        });
      }),
    );
  });

  it('does not parse other text', () => {
    assert.equal(parseDossierCode('000.01.31.H11-260309-007'), undefined);
    assert.equal(parseDossierCode('anything'), undefined);
  });
});
