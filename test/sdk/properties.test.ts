import { expect } from 'chai';
import fc from 'fast-check';
import {
  DIAGNOSTIC_SCHEMA,
  decodeShareLink,
  encodeShareLink,
  framework,
  indexFramework,
  migrateDiagnostic,
  parseDiagnostic,
  parseFramework,
  scoreDiagnostic,
  type Diagnostic,
  type Result,
} from '../../src/sdk/index.js';

/** A failure always carries at least one issue, each with a path string and a sentence. */
function expectWellFormed(result: Result<unknown>) {
  if (result.success) return;
  expect(result.error.message).to.be.a('string').and.not.equal('');
  expect(result.error.issues.length).to.be.greaterThan(0);
  for (const issue of result.error.issues) {
    expect(issue.path).to.be.a('string');
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

const index = indexFramework(framework);
const ratedIds = index.ratedOrder.map((i) => i.id);
const questionIds = index.questionOrder.map((i) => i.id);

/** Valid diagnostics, any subset of answers and notes. */
const diagnosticArbitrary: fc.Arbitrary<Diagnostic> = fc.record({
  project: fc.string({ minLength: 1, maxLength: 60 }),
  answers: fc.dictionary(fc.constantFrom(...ratedIds), fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, null)),
  notes: fc.dictionary(fc.constantFrom(...questionIds), fc.string({ minLength: 1, maxLength: 80 })),
  name: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
  when: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
}).map(({ project, answers, notes, name, when }) => {
  const stamp = when.toISOString();
  const d: Diagnostic = { schema: DIAGNOSTIC_SCHEMA, framework: { id: framework.id, version: framework.version }, project, date: stamp.slice(0, 10), createdAt: stamp, updatedAt: stamp, answers, notes };
  if (name) d.respondent = { name };
  return d;
});

/** Arbitrary JSON, and arbitrary JSON shaped almost like a diagnostic (the interesting near misses). */
const nearDiagnostic = fc.record(
  {
    schema: fc.oneof(fc.constant(DIAGNOSTIC_SCHEMA), fc.jsonValue()),
    framework: fc.oneof(fc.constant({ id: framework.id, version: framework.version }), fc.jsonValue()),
    project: fc.oneof(fc.string(), fc.jsonValue()),
    createdAt: fc.oneof(fc.constant('2024-01-01T00:00:00Z'), fc.string()),
    updatedAt: fc.oneof(fc.constant('2024-01-01T00:00:00Z'), fc.string()),
    answers: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...ratedIds), fc.string()), fc.jsonValue()), fc.jsonValue()),
    notes: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...questionIds), fc.string()), fc.jsonValue()), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

/** Values whose conversion to text throws or says nothing useful: `{toString: 1}`, objects without prototype keys' usual meaning. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'), fc.jsonValue(), { minKeys: 1 }),
);
const hostileDiagnostic = fc.record(
  {
    schema: fc.oneof(fc.constant(DIAGNOSTIC_SCHEMA), hostileValue),
    framework: fc.oneof(fc.constant({ id: framework.id, version: framework.version }), hostileValue),
    project: hostileValue,
    id: hostileValue,
    date: fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), hostileValue),
    createdAt: fc.oneof(fc.constant('2024-01-01T00:00:00Z'), hostileValue),
    updatedAt: fc.oneof(fc.constant('2024-01-01T00:00:00Z'), hostileValue),
    answers: fc.oneof(fc.constant({}), hostileValue),
    notes: fc.oneof(fc.constant({}), hostileValue),
  },
  { requiredKeys: [] },
);

describe('properties (fast-check)', function () {
  // Hundreds of generated cases: seconds on a busy machine, not milliseconds.
  this.timeout(60000);
  it('parseDiagnostic and migrateDiagnostic never throw, even on values whose toString throws; messages never say "undefined" or "[object Object]"', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, hostileDiagnostic, hostileDiagnostic.map((d) => JSON.stringify(d))), fc.constantFrom('fr', 'en'), (input, locale) => {
        for (const result of [parseDiagnostic(input, framework, { locale }), migrateDiagnostic(input, framework, { locale })]) {
          expectWellFormed(result);
          if (!result.success) for (const text of [result.error.message, ...result.error.issues.map((i) => i.message)]) expect(text).to.not.match(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a date is accepted only when that day exists', () => {
    const base = { schema: DIAGNOSTIC_SCHEMA, framework: { id: framework.id, version: framework.version }, project: 'P', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', answers: {}, notes: {} };
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
        expect(parseDiagnostic({ ...base, date }).success).to.equal(real);
        expect(parseDiagnostic({ ...base, createdAt: `${date}T08:00:00Z` }).success).to.equal(real);
      }),
      { numRuns: 400 },
    );
  });

  it('parseDiagnostic never throws on arbitrary JSON, and every failure names paths', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), nearDiagnostic, fc.string()), (input) => expectWellFormed(parseDiagnostic(input))), { numRuns: 500 });
  });

  it('parseFramework never throws on arbitrary JSON, and every failure names paths', () => {
    const nearFramework = fc.record({ id: fc.jsonValue(), rouages: fc.array(fc.jsonValue()), dimensions: fc.jsonValue(), phases: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), nearFramework), (input) => expectWellFormed(parseFramework(input))), { numRuns: 300 });
  });

  it('decodeShareLink never throws on arbitrary text, tokens included', () => {
    const tokenLike = fc.string().map((s) => `R1.${s}`);
    const base64Like = fc.stringMatching(/^R1\.[A-Za-z0-9_-]{0,80}$/);
    fc.assert(fc.property(fc.oneof(fc.string(), tokenLike, base64Like, fc.jsonValue()), (input) => expectWellFormed(decodeShareLink(input))), { numRuns: 500 });
  });

  it('every valid diagnostic parses, scores within [0, 1] and survives a share link', () => {
    fc.assert(
      fc.property(diagnosticArbitrary, (d) => {
        expect(parseDiagnostic(d)).to.deep.equal({ success: true, data: d });
        const score = scoreDiagnostic(d);
        for (const value of [score.overall, ...score.dimensions.map((x) => x.score), ...score.rouages.map((x) => x.score)]) {
          if (value !== null) expect(value).to.be.within(0, 1);
        }
        expect(score.completion).to.be.within(0, 1);
        expect(decodeShareLink(encodeShareLink(d))).to.deep.equal({ success: true, data: d });
      }),
      { numRuns: 300 },
    );
  });
});
