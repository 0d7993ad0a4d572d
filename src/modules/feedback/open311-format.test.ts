import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBody, formatOfUrl, parseForm, splitFormat, toXml, w3 } from './open311-format.js';

describe('Open311 GeoReport v2 wire formats', () => {
  it('reads the format from the resource suffix (services.xml, requests/ID.json)', () => {
    assert.deepEqual(splitFormat('PA-04-250312-0007.json'), { id: 'PA-04-250312-0007', format: 'json' });
    assert.deepEqual(splitFormat('land.xml'), { id: 'land', format: 'xml' });
    assert.equal(splitFormat('land'), undefined);
    assert.equal(formatOfUrl('/open311/v2/services.xml?jurisdiction_id=04'), 'xml');
    assert.equal(formatOfUrl('/open311/v2/requests.json'), 'json');
  });

  it('writes XML by the Spark convention: arrays become repeated elements named by their item', () => {
    const xml = toXml('service_requests', [{ service_request_id: 'PA-1', status_notes: null, lat: 22.6 }]);
    assert.equal(
      xml,
      '<?xml version="1.0" encoding="utf-8"?>\n<service_requests>\n  <request>\n    <service_request_id>PA-1</service_request_id>\n    <status_notes/>\n    <lat>22.6</lat>\n  </request>\n</service_requests>\n',
    );
    assert.match(
      toXml('services', [{ service_name: 'Đất đai & <môi trường>' }]),
      /Đất đai &amp; &lt;môi trường&gt;/,
    );
  });

  it('answers errors as the standard array, in JSON and XML', () => {
    assert.equal(
      errorBody('json', [{ code: 403, description: 'Invalid api_key' }]),
      '[{"code":403,"description":"Invalid api_key"}]',
    );
    assert.match(
      errorBody('xml', [{ code: 404, description: 'x' }]),
      /<errors>\n {2}<error>\n {4}<code>404<\/code>/,
    );
  });

  it('parses form bodies with attribute[code] and attribute[code][] keys', () => {
    const form = parseForm(
      'api_key=k&service_code=land&lat=22.66&attribute[commune_code]=01273&attribute[tags][]=a&attribute[tags][]=b',
    );
    assert.deepEqual(form, {
      api_key: 'k',
      service_code: 'land',
      lat: '22.66',
      attribute: { commune_code: '01273', tags: ['a', 'b'] },
    });
  });

  it('writes w3 datetimes with the +07:00 offset', () => {
    assert.equal(w3(new Date('2025-03-12T02:15:00Z')), '2025-03-12T09:15:00+07:00');
    assert.equal(w3(null), null);
  });
});
