import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operationIdFor } from './openapi.js';

describe('operationIdFor: a stable camelCase operationId from method and path (issue 23 §1)', () => {
  it('names path parameters with By, and splits dots and dashes into words', () => {
    assert.equal(
      operationIdFor('GET', '/api/v1/dossiers/:id/documents/:position'),
      'getDossiersByIdDocumentsByPosition',
    );
    assert.equal(operationIdFor('GET', '/api/v1/oversight/export.csv'), 'getOversightExportCsv');
    assert.equal(
      operationIdFor('POST', '/api/v1/feedback/cases/:id/supplement-received'),
      'postFeedbackCasesByIdSupplementReceived',
    );
    assert.equal(
      operationIdFor('delete', '/api/v1/users/{id}/roles/{grantId}'),
      'deleteUsersByIdRolesByGrantId',
    );
  });

  it('tells apart routes that differ only in a format or a parameter', () => {
    assert.notEqual(
      operationIdFor('GET', '/api/v1/targets/resolutions/:id/export.xlsx'),
      operationIdFor('GET', '/api/v1/targets/resolutions/:id/export.pdf'),
    );
    assert.notEqual(
      operationIdFor('GET', '/api/v1/units/:code'),
      operationIdFor('GET', '/api/v1/units/code'),
    );
  });
});
