import { expect } from 'chai';
import { diagnosticJsonSchema } from '../../src/sdk/index.js';
import { buildDiagnosticJsonSchema } from '../../src/sdk/json-schema.js';

describe('diagnosticJsonSchema', () => {
  it('is the one derived from the zod schema (run npm run build when this fails)', () => {
    expect(diagnosticJsonSchema).to.deep.equal(buildDiagnosticJsonSchema());
  });

  it('describes the fields a portal must check', () => {
    const schema = diagnosticJsonSchema as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).to.deep.equal(['schema', 'framework', 'project', 'createdAt', 'updatedAt', 'answers', 'notes']);
    expect(schema.properties.schema).to.deep.equal({ type: 'string', const: 'rouages-diagnostic/1' });
  });
});
