import type { SdkMessages } from './messages.js';

const quote = (s: string) => `"${s}"`;

/** The SDK's error messages in English (see messages.ts; registered by the SDK's entry). */
export const en: SdkMessages = {
  at: (path, detail) => (path ? `${path}: ${detail}` : detail.charAt(0).toUpperCase() + detail.slice(1)),
  summary: (subject, count, first) =>
    count === 1 ? `${subject} is not valid. ${first}` : `${subject} is not valid (${count} problems). ${first}`,
  subjects: { diagnostic: 'The diagnostic', framework: 'The framework', shareLink: 'The share link', case: 'The case' },
  types: {
    string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list',
    null: 'null', undefined: 'nothing', int: 'a whole number',
  },
  required: 'is required',
  expected: (type, received) => `expected ${type}, received ${received}`,
  rating: (received) => `a rating is 0, 1, 2, 3 or null (don't know), not ${received}`,
  oneOf: (values, received) => `expected one of ${values}, received ${received}`,
  schemaVersion: (received, expected) => `unknown diagnostic format ${quote(received)}: this software reads ${quote(expected)}`,
  tooShort: (min, origin) =>
    origin === 'array' ? `must hold at least ${min} item${min > 1 ? 's' : ''}` : min === 1 ? 'must not be empty' : `must be at least ${min} characters long`,
  tooLong: (max, origin) => (origin === 'array' ? `must hold at most ${max} items` : `must be at most ${max} characters long`),
  format: (format) =>
    ({ date: 'must be a date written YYYY-MM-DD', datetime: 'must be an ISO 8601 date and time (2024-05-31T09:00:00Z)', regex: 'is not of the expected form (an id in lower case and hyphens, such as "noyau-dur")' })[format] ??
    `is not a valid ${format}`,
  unknownItem: (id, framework) => `${quote(id)} is not a rated item of the framework ${framework}`,
  unknownQuestion: (id, framework) => `${quote(id)} is not a question of the framework ${framework}`,
  otherFramework: (received, expected) => `this diagnostic was made with the framework ${quote(received)}, not ${quote(expected)}`,
  duplicateId: (id) => `the id ${quote(id)} is already used`,
  unknownReference: (kind, id) => `the ${kind} ${quote(id)} does not exist in this framework`,
  itemOutsideRouage: (id, rouage) => `the id ${quote(id)} must start with its rouage's id, ${quote(rouage + '.')}`,
  emptyDimension: (id) => `the dimension ${quote(id)} has no rouage`,
  notJson: (reason) => `this is not readable JSON (${reason})`,
  badLink: 'this share link is incomplete or damaged: ask the person to copy it again',
  linkVersion: (version) => `this share link has the format ${quote(version)}, which this software cannot read`,
  linkFramework: (framework) => `this link was made with the framework ${framework}, which is not this page's`,
  invalid: 'is not valid',
  csv: {
    headers: ['Project', 'Respondent', 'Role', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Kind', 'Id', 'Text', 'Rating', 'Rating label', 'Answer'],
    kinds: { indicator: 'Indicator', mission: 'Mission', question: 'Question' },
  },
};
