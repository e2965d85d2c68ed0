import { expect } from 'chai';
import { addAction, applyPlanCsv, createPlan, framework, parsePlan, planActionsFromCSV, planToCSV, type Plan, type Result } from '../../src/sdk/index.js';

const NOW = new Date('2026-11-02T10:00:00Z');
const LATER = new Date('2026-11-29T10:00:00Z');

function ok<T>(result: Result<T>): T {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

function twoActions(): Plan {
  let plan = createPlan({ project: 'Projet', now: NOW, id: 'p1' });
  plan = ok(addAction(plan, { rouage: 'pilote', text: 'Réunir le comité', status: 'planned' }, { now: NOW, id: 'a1' }));
  return ok(addAction(plan, { dimension: 'ressources', text: 'Chercher des fonds', status: 'in-progress' }, { now: NOW, id: 'a2' }));
}

/** The French CSV's lines, each a list of its 21 fields, unquoted (as Excel saves them). */
function excelLines(plan: Plan): string[][] {
  return planToCSV(plan).replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.slice(1, -1).split('";"'));
}
const excelText = (lines: string[][]) => `\uFEFF${lines.map((fields) => fields.join(';')).join('\r\n')}\r\n`;
const column = (lines: string[][], header: string) => lines[0]!.indexOf(header);

describe('plan CSV: what a spreadsheet saves', () => {
  it('skips the empty rows a spreadsheet writes as delimiters only (";;;;"), at the end and in the middle', () => {
    const plan = twoActions();
    const lines = excelLines(plan);
    const empty = Array<string>(lines[0]!.length).fill('');
    const text = excelText([lines[0]!, empty, lines[1]!, lines[2]!, empty, empty]);
    const applied = applyPlanCsv(plan, ok(planActionsFromCSV(text)), { now: LATER });
    expect(applied.updated.length + applied.added.length).to.equal(0);
    expect(applied.plan).to.equal(plan);
  });

  it('reads a YYYY-MM-DD day with spaces around it, as it reads 29/11/2026 with spaces', () => {
    const plan = twoActions();
    const lines = excelLines(plan);
    lines[1]![column(lines, 'Échéance')] = ' 2026-11-29 ';
    lines[2]![column(lines, 'Échéance')] = ' 30/11/2026 ';
    const applied = applyPlanCsv(plan, ok(planActionsFromCSV(excelText(lines))), { now: LATER });
    expect(applied.plan.actions.map((a) => a.due)).to.deep.equal(['2026-11-29', '2026-11-30']);
  });

  it('adds a row a person typed with no identifier and no stamps (a new action), with an id of its own and stamped now', () => {
    const plan = twoActions();
    const lines = excelLines(plan);
    const typed = Array<string>(lines[0]!.length).fill('');
    typed[column(lines, 'Projet')] = 'Projet';
    typed[column(lines, 'Rouage')] = 'Noyau dur';
    typed[column(lines, 'Action')] = 'Inviter les voisins';
    typed[column(lines, 'Statut')] = 'Prévue';
    typed[column(lines, 'Échéance')] = '15/12/2026';
    const second = [...typed];
    second[column(lines, 'Action')] = 'Écrire la charte';
    const read = ok(planActionsFromCSV(excelText([...lines, typed, second]), framework, { now: LATER }));
    const applied = applyPlanCsv(plan, read, { now: LATER });
    expect(applied.added).to.have.length(2);
    const added = applied.plan.actions.slice(2);
    expect(added[0]).to.include({ rouage: 'noyau-dur', dimension: 'acteurs', text: 'Inviter les voisins', status: 'planned', due: '2026-12-15', createdAt: LATER.toISOString() });
    expect(added[0]!.id).not.to.equal(added[1]!.id);
    expect(added.map((a) => a.id)).not.to.include('');
    expect(parsePlan(applied.plan).success, 'the plan stays valid').to.equal(true);
  });
});

describe('plan CSV: labels retyped in the other language', () => {
  // Problem (not fixed, larger than a tester's fix): on a French plan, a rouage, dimension or
  // mode retyped with its English title ("Core group", "Engineering", "Skills building") names
  // nothing this framework knows, so the row keeps its id column and the edit is dropped
  // without a word; statuses are read in both languages (STATUS_WORDS). Either the other
  // locale's titles are read too, or such a cell is reported; today neither happens.
  it.skip('a rouage retyped with its English title moves the action, or the import says it does not know it', () => {
    const plan = twoActions();
    const lines = excelLines(plan);
    lines[1]![column(lines, 'Rouage')] = 'Core group';
    const read = planActionsFromCSV(excelText(lines));
    if (!read.success) return expect(read.error.message).to.include('Core group');
    expect(applyPlanCsv(plan, read.data, { now: LATER }).plan.actions[0]).to.include({ rouage: 'noyau-dur' });
  });
});
