import { expect } from 'chai';
import { actionsDoneBetween, addAction, classifyDiagnostics, compareDiagnostics, createPlan, evolutionOf, evolutionToCSV, framework, type Diagnostic, type Plan } from '../../src/sdk/index.js';
import phare2021 from '../../demo/samples/phare-2021.json';
import phare2022 from '../../demo/samples/phare-2022.json';
import comite1 from '../../demo/samples/comite-1.json';
import comite2 from '../../demo/samples/comite-2.json';
import comite3 from '../../demo/samples/comite-3.json';

const before = phare2021 as Diagnostic;
const after = phare2022 as Diagnostic;
const committee = [comite1, comite2, comite3] as Diagnostic[];

describe('classifyDiagnostics: evolution over time or group', () => {
  it('reads one project, no respondent named, at two days as an evolution, in chronological order', () => {
    const set = classifyDiagnostics([after, before]);
    expect(set.kind).to.equal('evolution');
    expect(set.chronological).to.deep.equal([1, 0]);
    expect(set.days).to.deep.equal(['2021-10-15', '2022-10-14']);
    expect(set.spanDays).to.equal(364);
  });

  it('reads the same respondent (name and organisation, case and spaces aside) at three days as an evolution', () => {
    const c = comite1 as Diagnostic;
    const later = { ...c, date: '2022-04-01', respondent: { ...c.respondent, name: ' camille ' } };
    const latest = { ...c, date: '2023-04-01' };
    expect(classifyDiagnostics([c, later, latest]).kind).to.equal('evolution');
  });

  it('reads several respondents about the same day as a group', () => {
    const set = classifyDiagnostics(committee);
    expect(set.kind).to.equal('group');
    expect(set.projects).to.deep.equal([committee[0]!.project]);
  });

  it('reads one respondent twice on the same day as a group (not an evolution), other projects as such, one and none', () => {
    expect(classifyDiagnostics([before, { ...before, createdAt: '2021-10-15T12:00:00.000Z' }]).kind).to.equal('group');
    expect(classifyDiagnostics([before, { ...after, project: 'Autre' }]).kind).to.equal('projects');
    expect(classifyDiagnostics([before]).kind).to.equal('single');
    expect(classifyDiagnostics([]).kind).to.equal('empty');
  });
});

describe('evolution exports with the plan', () => {
  const comparison = compareDiagnostics(before, after, framework);
  let plan: Plan = createPlan({ project: after.project, now: new Date('2021-10-16T00:00:00Z'), id: 'p' });
  const add = (fields: Parameters<typeof addAction>[1]) => {
    const r = addAction(plan, fields, { now: new Date('2021-10-16T00:00:00Z') });
    if (!r.success) throw new Error(r.error.message);
    plan = r.data;
  };
  add({ rouage: 'pilote', text: 'Comité de pilotage mensuel', status: 'done', doneAt: '2022-03-01' });
  add({ dimension: 'valorisation', text: 'Une lettre aux partenaires', status: 'done', doneAt: '2022-05-01' });
  add({ rouage: 'pilote', text: 'Fait après', status: 'done', doneAt: '2022-12-01' });
  add({ rouage: 'pilote', text: '=Prévue', status: 'planned' });
  const done = actionsDoneBetween(plan, comparison.dates.before, comparison.dates.after, framework);

  it('JSON: the comparison with the actions done between the two days', () => {
    const evolution = evolutionOf(comparison, done);
    expect(evolution.overall).to.deep.equal(comparison.overall);
    expect(evolution.actionsDone!.actions.map((a) => a.text)).to.deep.equal(['Comité de pilotage mensuel', 'Une lettre aux partenaires']);
    expect(evolutionOf(comparison).actionsDone).to.equal(null);
  });

  it('CSV: a row overall, per dimension and per rouage, with the actions done beside each change', () => {
    const rows = evolutionToCSV(comparison, done, framework).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows).to.have.length(1 + 1 + framework.dimensions.length + framework.rouages.length);
    expect(rows[0]).to.contain('"Actions du plan réalisées entre-temps"');
    const pilote = rows.find((r) => r.includes('"Pilote"'))!;
    expect(pilote).to.contain('"Comité de pilotage mensuel"');
    expect(pilote).not.to.contain('Fait après');
    const change = comparison.rouages.find((r) => r.id === 'pilote')!;
    expect(pilote).to.contain(`"${Math.round(change.before! * 100)}";"${Math.round(change.after! * 100)}"`);
    const valorisation = rows.find((r) => r.startsWith('"dimension";"Valorisation"'))!;
    expect(valorisation).to.contain('"Une lettre aux partenaires"');
    expect(rows[1]).to.contain('"Comité de pilotage mensuel ; Une lettre aux partenaires"');
    expect(evolutionToCSV(comparison, undefined, framework).split('\r\n')).to.have.length(rows.length + 1);
  });
});
