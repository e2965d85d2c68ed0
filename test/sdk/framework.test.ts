import { expect } from 'chai';
import { framework, indexFramework, parseCase, parseFramework, type Framework } from '../../src/sdk/index.js';
import english from '../../framework/rouages.en.json';
import beauvaisis from '../../framework/cases/emergence-beauvaisis-2021.json';
import maison from '../../framework/cases/maison-economie-solidaire-2021-2022.json';
import asca from '../../framework/cases/scene-a-velos-asca-2021-2022.json';
import bailleul from '../../framework/cases/tzcld-bailleul-2021-2022.json';
import sudOise from '../../framework/cases/emergence-sud-oise-2022.json';
import phare from '../../framework/cases/ptce-autonhommes-phare-2021-10.json';
import mureaux from '../../framework/cases/ptce-vivre-les-mureaux-2021-06.json';

const cases = [beauvaisis, maison, asca, bailleul, sudOise, phare, mureaux];

/** Every id in a framework, in document order. */
function idsOf(fw: Framework): string[] {
  return [
    ...fw.phases.map((p) => p.id),
    ...fw.dimensions.map((d) => d.id),
    ...fw.rouages.flatMap((r) => [r.id, ...[...r.questions, ...r.indicators, ...r.tools, ...r.outcomes].map((i) => i.id)]),
  ];
}

describe('framework/ — the method as data', () => {
  it('the French framework passes its schema with 5 dimensions, 3 phases and 20 rouages', () => {
    const parsed = parseFramework(framework);
    expect(parsed.success, JSON.stringify(!parsed.success && parsed.error)).to.equal(true);
    expect(framework.dimensions).to.have.length(5);
    expect(framework.phases).to.have.length(3);
    expect(framework.rouages).to.have.length(20);
  });

  it('the English framework passes its schema and has the same ids in the same order', () => {
    const parsed = parseFramework(english);
    expect(parsed.success, JSON.stringify(!parsed.success && parsed.error)).to.equal(true);
    if (!parsed.success) return;
    expect(parsed.data.locale).to.equal('en');
    expect(idsOf(parsed.data)).to.deep.equal(idsOf(framework));
    expect(parsed.data.rouages.map((r) => [r.dimension, r.phase])).to.deep.equal(framework.rouages.map((r) => [r.dimension, r.phase]));
  });

  it('every id is unique across the framework', () => {
    const ids = idsOf(framework);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('the seven cases pass their schema, each action in one of the 5 dimensions', () => {
    expect(cases).to.have.length(7);
    const dimensions = new Set(framework.dimensions.map((d) => d.id));
    const ids = new Set<string>();
    for (const input of cases) {
      const parsed = parseCase(input);
      expect(parsed.success, JSON.stringify(!parsed.success && parsed.error)).to.equal(true);
      if (!parsed.success) continue;
      expect(ids.has(parsed.data.id)).to.equal(false);
      ids.add(parsed.data.id);
      for (const action of parsed.data.actions) expect(dimensions.has(action.dimension), action.id).to.equal(true);
    }
    const kinds = cases.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'accompaniment')).to.have.length(5);
    expect(kinds.filter((k) => k === 'diagnostic')).to.have.length(2);
  });

  it('keeps the source\'s modes, partner support and picture captions', () => {
    const godin = beauvaisis.actions.find((a) => a.support === "appui de l'Institut Godin");
    expect(godin?.dimension).to.equal('transformation-societale');
    expect(beauvaisis.actions.find((a) => a.modes.length === 2)?.modes).to.deep.equal(['montee-en-competences', 'realisation-interne']);
    expect(beauvaisis.pictures[0]?.caption).to.match(/^Le Rosoo/);
    expect(asca.pictures[0]?.caption).to.match(/^La scène à vélos/);
    expect(mureaux.note).to.match(/mot pour mot/);
  });

  it('orders dimensions and rouages as the source does, with the design\'s phases', () => {
    const order = Object.fromEntries(framework.dimensions.map((d) => [d.id, framework.rouages.filter((r) => r.dimension === d.id).map((r) => `${r.id}:${r.phase}`)]));
    expect(order).to.deep.equal({
      acteurs: ['pilote:emergence', 'noyau-dur:emergence', 'collectif-elargi:experimentation', 'structuration-collective:perennisation'],
      'transformation-societale': ['constats-de-territoire:emergence', 'aspiration-sociale-collective:emergence', 'experimentation-activites:experimentation', 'perennisation-activites:perennisation'],
      ressources: ['premieres-ressources:emergence', 'ressources-experimentations:experimentation', 'modele-economique-perenne:perennisation'],
      valorisation: ['projet-collectif:emergence', 'experimentations:experimentation', 'impacts-et-realisations:perennisation'],
      ingenierie: ['diagnostic:emergence', 'demarche-prospective:emergence', 'etude-de-faisabilite:experimentation', 'prototypage:experimentation', 'test-et-evaluation:experimentation', 'deploiement:perennisation'],
    });
  });

  it('keeps every field of the source, lists split into items', () => {
    for (const rouage of framework.rouages) {
      expect(rouage.description, rouage.id).to.not.equal('');
      expect(rouage.mission, rouage.id).to.not.equal('');
      expect(rouage.questions.length, rouage.id).to.be.greaterThan(0);
      expect(rouage.tools.length, rouage.id).to.be.greaterThan(0);
      expect(rouage.outcomes.length, rouage.id).to.be.greaterThan(0);
    }
    const noyau = framework.rouages.find((r) => r.id === 'noyau-dur')!;
    expect(noyau.indicators.map((i) => i.id)).to.deep.equal(['noyau-dur.i1', 'noyau-dur.i2', 'noyau-dur.i3']);
    expect(noyau.toolsKind).to.equal('productions');
    expect(noyau.questions).to.have.length(5);
    // Counts of the source, list by list.
    const totals = { questions: 0, indicators: 0, tools: 0, outcomes: 0 };
    for (const r of framework.rouages) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r[k].length;
    // 163 bulleted lines of the source (60 questions, 47 indicators, 56 tools), plus Noyau dur's 3 indicators
    // written in one sentence, plus the 70 outcomes the source lists inline, split at commas.
    expect(totals).to.deep.equal({ questions: 60, indicators: 50, tools: 56, outcomes: 70 });
  });

  it('rates a rouage without indicators on its mission', () => {
    const index = indexFramework(framework);
    const rated = index.ratedItems.get('aspiration-sociale-collective')!;
    expect(rated.map((i) => [i.id, i.kind])).to.deep.equal([['aspiration-sociale-collective.mission', 'mission']]);
    expect(rated[0]!.text).to.equal(framework.rouages.find((r) => r.id === 'aspiration-sociale-collective')!.mission);
    expect(index.ratedOrder).to.have.length(51);
  });
});

describe('parseFramework', () => {
  const copy = (): Framework => structuredClone(framework);

  it('names the path of a duplicate id, an unknown dimension and an item outside its rouage', () => {
    const fw = copy();
    fw.rouages[1]!.id = 'pilote';
    fw.rouages[2]!.dimension = 'inconnue';
    fw.rouages[3]!.indicators[0]!.id = 'pilote.i9';
    const parsed = parseFramework(fw);
    expect(parsed.success).to.equal(false);
    if (parsed.success) return;
    const paths = parsed.error.issues.map((i) => i.path);
    expect(paths).to.include('rouages[1].id');
    expect(paths).to.include('rouages[2].dimension');
    expect(paths).to.include('rouages[3].indicators[0].id');
    expect(parsed.error.message).to.match(/^Le référentiel n'est pas valide \(\d+ problèmes\)\./);
  });

  it('explains a wrong shape in English when asked', () => {
    const parsed = parseFramework({ ...copy(), rouages: 'none' }, { locale: 'en' });
    expect(parsed.success).to.equal(false);
    if (parsed.success) return;
    expect(parsed.error.issues).to.deep.equal([{ path: 'rouages', message: 'rouages: expected a list, received "none"' }]);
  });

  it('refuses what is not an object, without throwing', () => {
    for (const input of [null, 42, 'x', [], undefined]) {
      const parsed = parseFramework(input);
      expect(parsed.success).to.equal(false);
    }
  });
});
