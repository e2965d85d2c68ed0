import { expect } from 'chai';
import { framework, summarizeCase, type CooperationCase } from '../../src/sdk/index.js';
import beauvaisis from '../../framework/cases/emergence-beauvaisis-2021.json';
import asca from '../../framework/cases/scene-a-velos-asca-2021-2022.json';

describe('summarizeCase', () => {
  it('groups a case\'s actions by dimension in the method\'s order, with how many of each mode', () => {
    const summary = summarizeCase(beauvaisis as CooperationCase, framework);
    expect(summary.dimensions.map((d) => [d.id, d.actions.length])).to.deep.equal([
      ['acteurs', 4],
      ['transformation-societale', 2],
      ['ressources', 1],
      ['valorisation', 3],
      ['ingenierie', 4],
    ]);
    expect(summary.dimensions[1]!.modes).to.deep.equal({ 'montee-en-competences': 0, 'realisation-interne': 0, 'appui-partenaire': 2 });
  });

  it('names every dimension cited most: a tie is a tie, not the first of it', () => {
    expect(summarizeCase(beauvaisis as CooperationCase, framework).mostCited).to.deep.equal({ ids: ['acteurs', 'ingenierie'], count: 4 });
    expect(summarizeCase(asca as CooperationCase, framework).mostCited).to.deep.equal({ ids: ['ingenierie'], count: 4 });
  });

  it('keeps a dimension the framework does not know, after the framework\'s', () => {
    const input = { ...(beauvaisis as CooperationCase), actions: [{ id: 'x', dimension: 'autre', text: 'Une action', modes: [] }] } as CooperationCase;
    const summary = summarizeCase(input, framework);
    expect(summary.dimensions.at(-1)).to.deep.include({ id: 'autre', index: 5 });
    expect(summary.mostCited).to.deep.equal({ ids: ['autre'], count: 1 });
  });
});
