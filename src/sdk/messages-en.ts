import { fieldName, type SdkMessages } from './messages.js';

const quote = (s: string) => `"${s}"`;

/** The SDK's error messages in English (see messages.ts; registered by the SDK's entry). */
export const en: SdkMessages = {
  at: (path, detail) => (path ? `${path}: ${detail}` : detail.charAt(0).toUpperCase() + detail.slice(1)),
  summary: (subject, count, first) =>
    count === 1 ? `${subject} is not valid. ${first}` : `${subject} is not valid (${count} problems). ${first}`,
  subjects: { diagnostic: 'The diagnostic', framework: 'The framework', shareLink: 'The share link', case: 'The case', plan: 'The action plan' },
  types: {
    string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list',
    null: 'null', undefined: 'nothing', int: 'a whole number',
  },
  required: 'is required',
  missing: (path) => `${fieldName(en, path, quote)} is missing`,
  fields: {
    schema: 'the file format',
    id: "the diagnostic's id",
    framework: 'the framework used',
    'framework.id': "the framework's id",
    'framework.version': "the framework's version",
    project: 'the project name',
    respondent: 'the respondent',
    date: 'the date of the diagnostic',
    createdAt: 'the creation date',
    updatedAt: 'the date of the last change',
    answers: "the indicators' ratings",
    notes: 'the answers to the open questions',
  },
  noSchema: (expected) =>
    `this file does not say its format (the "schema" field, ${quote(expected)} in a diagnostic): it is not a diagnostic of the gears of cooperation, or it was damaged`,
  schemaNotText: (received, expected) =>
    `the file format (the "schema" field) should be the text ${quote(expected)}, it is ${received}: this is not a diagnostic of the gears of cooperation`,
  impossibleDate: (value) => `${quote(value)} is not a calendar date (that day does not exist)`,
  expected: (type, received) => `expected ${type}, received ${received}`,
  rating: (received) => `a rating is 0, 1, 2, 3 or null (don't know), not ${received}`,
  oneOf: (values, received) => `expected one of ${values}, received ${received}`,
  schemaVersion: (received, expected) => `unknown diagnostic format ${quote(received)}: this software reads ${quote(expected)}`,
  tooShort: (min, origin) =>
    origin === 'array' ? `must hold at least ${min} item${min > 1 ? 's' : ''}` : min === 1 ? 'must not be empty' : `must be at least ${min} characters long`,
  tooLong: (max, origin) => (origin === 'array' ? `must hold at most ${max} items` : `must be at most ${max} characters long`),
  format: (format) =>
    ({ date: 'must be a date written YYYY-MM-DD', datetime: 'must be an ISO 8601 date and time (2024-05-31T09:00:00Z)', regex: 'is not of the expected form (an id in lower case and hyphens, such as "noyau-dur")', 'diagnostic-id': 'must be an id of letters, digits, "-" and "_" (64 characters at most)' })[format] ??
    `is not a valid ${format}`,
  unknownItem: (id, framework) => `${quote(id)} is not a rated item of the framework ${framework}`,
  unknownQuestion: (id, framework) => `${quote(id)} is not a question of the framework ${framework}`,
  otherFramework: (received, expected) => `this diagnostic was made with the framework ${quote(received)}, not ${quote(expected)}`,
  duplicateId: (id) => `the id ${quote(id)} is already used`,
  unknownReference: (kind, id) => `the ${kind} ${quote(id)} does not exist in this framework`,
  itemOutsideRouage: (id, rouage) => `the id ${quote(id)} must start with its rouage's id, ${quote(rouage + '.')}`,
  emptyDimension: (id) => `the dimension ${quote(id)} has no rouage`,
  notJson: 'this text is not readable JSON',
  badLink: 'this share link is incomplete or damaged: ask the person to copy it again',
  linkVersion: (version) => `this share link has the format ${quote(version)}, which this software cannot read`,
  linkFramework: (framework) => `this link was made with the framework ${framework}, which is not this page's`,
  invalid: 'is not valid',
  csv: {
    headers: ['Project', 'Respondent', 'Role', 'Organisation', 'Date', 'Dimension', 'Gear', 'Kind', 'Id', 'Text', 'Rating', 'Rating label', 'Answer', 'Level', 'Score (%)', 'Next gear', 'Diagnosis no.'],
    kinds: { indicator: 'Indicator', mission: 'Mission', question: 'Question' },
    levels: { item: 'Item', rouage: 'Gear', dimension: 'Dimension', overall: 'Overall' },
    collectiveHeaders: ['Project', 'Respondents', 'Level', 'Dimension', 'Gear', 'Kind', 'Id', 'Text', 'Mean rating', 'Score (%)', 'Min (%)', 'Max (%)', 'Answers', "Don't know", 'To discuss', 'Next gear'],
    yes: 'Yes',
  },
  plan: {
    schemaVersion: (received, expected) => `unknown plan format ${quote(received)}: this software reads ${quote(expected)}`,
    otherFramework: (received, expected) => `this plan was made with the framework ${quote(received)}, not ${quote(expected)}`,
    notADay: (text) => `${quote(text)} is not a day of the calendar`,
    noPlace: 'an action belongs to a gear or to a dimension',
    unknownRouage: (id) => `the gear ${quote(id)} does not exist in this framework`,
    rouageOutsideDimension: (rouage, dimension) => `the gear ${quote(rouage)} is not in the dimension ${quote(dimension)}`,
    toolOutsideRouage: (tool, rouage) => `${quote(tool)} is not an example tool of the gear ${quote(rouage)}`,
    noAction: (id) => `no action ${quote(id)} in this plan`,
    csvHeaders: ['Project', 'Dimension', 'Gear', 'Action', 'Modes', 'Partner', 'Status', 'Reason for postponing', 'Remark', 'Owner', 'Due', 'Done on', 'Starting tool', 'Id', 'Dimension id', 'Gear id', 'Tool id', 'Mode ids', 'Status id', 'Created', 'Updated'],
    csvColumns: (expected, received) => `each row must have ${expected} columns, this one has ${received}`,
    csvEmpty: 'this file does not have the header row of an exported plan',
  },
};
