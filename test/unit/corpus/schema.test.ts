import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SOURCE_KINDS } from '../../../src/core/model';
import { CLAIM_FIELDS, DATE_PATTERN, ID_PATTERN, REQUIRED_CLAIM_FIELDS, REQUIRED_SOURCE_FIELDS, SOURCE_FIELDS } from '../../../src/core/corpus/fields';

// Compiled tests run from out/test/unit/corpus; the schemas live at the repository root, found upwards.
function findSchemaDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas', 'claims.schema.json'))) return join(dir, 'schemas');
    if (dirname(dir) === dir) throw new Error(`no schemas/ folder above ${from}`);
  }
}
const schemaDir = findSchemaDir(__dirname);
const read = (name: string): any => JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));

/** Every "description" must be present on each property, so the YAML extension has something to show. */
function assertDescribed(properties: Record<string, any>, where: string): void {
  for (const [key, value] of Object.entries(properties)) assert.ok(typeof value.description === 'string' && value.description.length > 10, `${where}.${key} has no description`);
}

describe('corpus: JSON schemas agree with the loader', () => {
  const claims = read('claims.schema.json');
  const source = read('source.schema.json');

  it('claims schema: same claim fields, required fields and id/date patterns', () => {
    const claim = claims.definitions.claim;
    assert.deepEqual(Object.keys(claim.properties), [...CLAIM_FIELDS]);
    assert.deepEqual(claim.required, [...REQUIRED_CLAIM_FIELDS]);
    assert.equal(claims.definitions.id.pattern, ID_PATTERN);
    assert.equal(claims.definitions.date.oneOf[0].pattern, DATE_PATTERN);
    assertDescribed(claim.properties, 'claim');
  });

  it('both schemas: same source fields, required fields and kinds', () => {
    for (const [name, schema] of [['claims', claims.definitions.source], ['source', source]] as const) {
      assert.deepEqual(Object.keys(schema.properties), [...SOURCE_FIELDS], name);
      assert.deepEqual(schema.required, [...REQUIRED_SOURCE_FIELDS], name);
      assert.deepEqual(schema.properties.kind.enum, [...SOURCE_KINDS], name);
      assertDescribed(schema.properties, name);
    }
    assert.equal(source.properties.id.pattern, ID_PATTERN);
    assert.equal(source.properties.published.oneOf[0].pattern, DATE_PATTERN);
  });
});
