import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentCheck } from '../../platform/signing/index.js';
import { verdictText } from './chain-status-text.js';

const check = (over: Partial<DocumentCheck>): DocumentCheck => ({
  signerName: 'Lục Văn Bình',
  subFilter: 'ETSI.CAdES.detached',
  reason: undefined,
  location: undefined,
  signedAt: undefined,
  digestMatches: true,
  signatureValid: true,
  certificateBound: true,
  certificateTrusted: true,
  chainStatus: 'trusted',
  anchor: undefined,
  organization: undefined,
  title: undefined,
  timestampedAt: undefined,
  timestampValid: false,
  coversWholeDocument: true,
  onlyValidationDataAfter: false,
  ltv: false,
  valid: true,
  installationCa: false,
  ...over,
});

describe('the verdict in plain words says whether long-term validation data is present (issue 19 §2, §4)', () => {
  it('names B-LT material, and does not call a DSS update a change to the document', () => {
    const ltv = check({ ltv: true, coversWholeDocument: false, onlyValidationDataAfter: true });
    assert.ok(verdictText(ltv, 'vi').some((l) => l.startsWith('Có dữ liệu kiểm tra hiệu lực lâu dài')));
    assert.ok(verdictText(ltv, 'en').some((l) => l.startsWith('Long-term validation data present')));
    assert.ok(!verdictText(ltv, 'en').some((l) => l.startsWith('Content was added')));
    const plain = check({});
    assert.ok(
      verdictText(plain, 'vi').some((l) => l.startsWith('Không có dữ liệu kiểm tra hiệu lực lâu dài')),
    );
    assert.ok(verdictText(plain, 'en').some((l) => l.startsWith('No long-term validation data')));
    const changed = check({ ltv: true, coversWholeDocument: false, onlyValidationDataAfter: false });
    assert.ok(verdictText(changed, 'en').some((l) => l.startsWith('Content was added')));
  });
});
