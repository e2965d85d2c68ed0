import { expect } from 'chai';
import fc from 'fast-check';
import {
  ACTION_MODES,
  ACTION_STATUSES,
  PLAN_SCHEMA,
  actionsDoneBetween,
  actionsFromCase,
  addAction,
  applyPlanCsv,
  createPlan,
  framework,
  indexFramework,
  isOverdue,
  localDay,
  mergePlans,
  modeLabel,
  mostCitedDimensions,
  parseCase,
  parseFramework,
  parsePlan,
  planActionsFromCSV,
  planToCSV,
  removeAction,
  setActionStatus,
  statusFromLabel,
  statusLabel,
  summarizePlan,
  updateAction,
  type CooperationCase,
  type Framework,
  type Plan,
  type PlanAction,
  type Result,
} from '../../src/sdk/index.js';
import english from '../../framework/rouages.en.json';
import beauvaisis from '../../framework/cases/emergence-beauvaisis-2021.json';
import maison from '../../framework/cases/maison-economie-solidaire-2021-2022.json';
import asca from '../../framework/cases/scene-a-velos-asca-2021-2022.json';
import bailleul from '../../framework/cases/tzcld-bailleul-2021-2022.json';
import sudOise from '../../framework/cases/emergence-sud-oise-2022.json';
import phare from '../../framework/cases/ptce-autonhommes-phare-2021-10.json';
import mureaux from '../../framework/cases/ptce-vivre-les-mureaux-2021-06.json';
import beauvaisisEn from '../../framework/cases/en/emergence-beauvaisis-2021.json';
import maisonEn from '../../framework/cases/en/maison-economie-solidaire-2021-2022.json';
import ascaEn from '../../framework/cases/en/scene-a-velos-asca-2021-2022.json';
import bailleulEn from '../../framework/cases/en/tzcld-bailleul-2021-2022.json';
import sudOiseEn from '../../framework/cases/en/emergence-sud-oise-2022.json';
import phareEn from '../../framework/cases/en/ptce-autonhommes-phare-2021-10.json';
import mureauxEn from '../../framework/cases/en/ptce-vivre-les-mureaux-2021-06.json';

const en = parseFramework(english);
if (!en.success) throw new Error(en.error.message);
const englishFramework: Framework = en.data;

const NOW = new Date('2024-03-01T09:00:00.000Z');
const LATER = new Date('2024-03-02T10:00:00.000Z');
const empty = () => createPlan({ project: 'PTCE test', now: NOW, id: 'plan-1' });

function ok<T>(result: Result<T>): T {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

function plan(...actions: Partial<PlanAction>[]): Plan {
  let p = empty();
  actions.forEach((fields, i) => {
    p = ok(addAction(p, { text: `Action ${i + 1}`, rouage: 'pilote', ...fields }, { now: NOW, id: `a${i + 1}` }));
  });
  return p;
}

describe('plan: create and parse', () => {
  it('creates an empty plan of a project, stamped, that parses', () => {
    const p = empty();
    expect(p).to.deep.equal({ schema: PLAN_SCHEMA, id: 'plan-1', framework: { id: framework.id, version: framework.version }, project: 'PTCE test', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), actions: [] });
    expect(ok(parsePlan(p))).to.deep.equal(p);
    expect(ok(parsePlan(JSON.stringify(p)))).to.deep.equal(p);
  });

  it('gives each new plan a random id when none is given', () => {
    const a = createPlan({ project: 'x' });
    const b = createPlan({ project: 'x' });
    expect(a.id).to.match(/^[0-9a-f-]{36}$/);
    expect(a.id).not.to.equal(b.id);
  });

  it('refuses days that do not exist, with the path, in French and in English', () => {
    const p = plan({ due: '2024-04-01' });
    const bad = { ...p, actions: [{ ...p.actions[0]!, due: '2023-02-31' }] };
    const fr = parsePlan(bad);
    expect(fr.success).to.equal(false);
    if (fr.success) return;
    expect(fr.error.issues[0]!.path).to.equal('actions[0].due');
    expect(fr.error.message).to.contain("Le plan d'actions n'est pas valide").and.contain('2023-02-31').and.contain("n'est pas un jour du calendrier");
    const english = parsePlan(bad, framework, { locale: 'en' });
    expect(english.success).to.equal(false);
    if (!english.success) expect(english.error.message).to.contain('The action plan is not valid').and.contain('is not a day of the calendar');
    expect(parsePlan({ ...p, actions: [{ ...p.actions[0]!, due: '2024-02-29' }] }).success, 'a leap day exists').to.equal(true);
    expect(parsePlan({ ...p, actions: [{ ...p.actions[0]!, due: '2023-02-29' }] }).success).to.equal(false);
    expect(parsePlan({ ...p, createdAt: '2023-04-31T10:00:00Z' }).success).to.equal(false);
  });

  it('names what is wrong and where, and never throws', () => {
    const p = plan({});
    const cases: [unknown, string, string][] = [
      ['{', '', "n'est pas du JSON lisible"],
      [[], '', 'un objet, reçu une liste'],
      [{ ...p, schema: 'rouages-plan/2' }, 'schema', 'format de plan inconnu « rouages-plan/2 »'],
      [{ ...p, schema: undefined }, 'schema', 'format de plan inconnu'],
      [{ ...p, project: '' }, 'project', 'ne doit pas être vide'],
      [{ ...p, actions: [{ ...p.actions[0]!, status: 'finished' }] }, 'actions[0].status', 'attendu l\'une des valeurs'],
      [{ ...p, actions: [{ ...p.actions[0]!, rouage: 'nope', dimension: undefined }] }, 'actions[0].rouage', "le rouage « nope » n'existe pas"],
      [{ ...p, actions: [{ ...p.actions[0]!, dimension: 'ressources' }] }, 'actions[0].dimension', "n'appartient pas à la dimension « ressources »"],
      [{ ...p, actions: [{ ...p.actions[0]!, rouage: undefined, dimension: undefined }] }, 'actions[0]', 'rattachée à un rouage ou à une dimension'],
      [{ ...p, actions: [{ ...p.actions[0]!, tool: 'noyau-dur.t1' }] }, 'actions[0].tool', "n'est pas un exemple d'outil du rouage « pilote »"],
      [{ ...p, actions: [p.actions[0]!, p.actions[0]!] }, 'actions[1].id', 'est déjà utilisé'],
      [{ ...p, actions: [{ ...p.actions[0]!, modes: ['au-hasard'] }] }, 'actions[0].modes[0]', "attendu l'une des valeurs"],
      [{ ...p, framework: { id: 'autre', version: '1' } }, 'framework.id', 'référentiel « autre »'],
    ];
    for (const [input, path, words] of cases) {
      const result = parsePlan(input);
      expect(result.success, JSON.stringify(input).slice(0, 80)).to.equal(false);
      if (result.success) continue;
      expect(result.error.issues.map((i) => i.path), words).to.include(path);
      expect(result.error.message, path).to.contain(words);
    }
  });
});

describe('plan: pure updates', () => {
  it('adds an action on a rouage, in its dimension, planned, with the tool it started from', () => {
    const before = empty();
    const after = ok(addAction(before, { rouage: 'noyau-dur', tool: 'noyau-dur.t1', text: 'Charte', modes: ['appui-partenaire'], partner: 'Institut Godin' }, { now: LATER, id: 'x' }));
    expect(before.actions, 'the plan given is not changed').to.have.length(0);
    expect(after.updatedAt).to.equal(LATER.toISOString());
    expect(after.actions[0]).to.deep.equal({ id: 'x', rouage: 'noyau-dur', dimension: 'acteurs', tool: 'noyau-dur.t1', text: 'Charte', modes: ['appui-partenaire'], partner: 'Institut Godin', status: 'planned', createdAt: LATER.toISOString(), updatedAt: LATER.toISOString() });
  });

  it('refuses an action without text or with a day that does not exist, and leaves the plan as it was', () => {
    const p = empty();
    const noText = addAction(p, { rouage: 'pilote', text: '' });
    expect(noText.success).to.equal(false);
    const badDay = addAction(p, { rouage: 'pilote', text: 'x', due: '2023-02-31' });
    expect(badDay.success).to.equal(false);
    if (!badDay.success) expect(badDay.error.issues[0]!.path).to.equal('actions[0].due');
    expect(p.actions).to.have.length(0);
  });

  it('updates fields, keeps the id and createdAt, stamps updatedAt; empty text clears an optional field', () => {
    const p = plan({ owner: 'Mairie', due: '2024-06-30' });
    const q = ok(updateAction(p, 'a1', { owner: '', due: '2024-07-15', text: 'Nouvelle formulation' }, { now: LATER }));
    const action = q.actions[0]!;
    expect(action.id).to.equal('a1');
    expect(action.createdAt).to.equal(NOW.toISOString());
    expect(action.updatedAt).to.equal(LATER.toISOString());
    expect(q.updatedAt).to.equal(LATER.toISOString());
    expect(action).not.to.have.property('owner');
    expect(action.due).to.equal('2024-07-15');
    expect(action.text).to.equal('Nouvelle formulation');
    expect(p.actions[0]!.owner, 'the plan given is not changed').to.equal('Mairie');
    expect(updateAction(p, 'nope', { text: 'x' }).success).to.equal(false);
  });

  it('sets statuses: done records today by default, postponed keeps its reason, leaving them clears both', () => {
    let p = plan({});
    p = ok(setActionStatus(p, 'a1', 'done', { now: LATER }));
    expect(p.actions[0]!.doneAt).to.equal('2024-03-02');
    p = ok(setActionStatus(p, 'a1', 'done', { now: LATER, doneAt: '2024-02-20' }));
    expect(p.actions[0]!.doneAt).to.equal('2024-02-20');
    p = ok(setActionStatus(p, 'a1', 'postponed', { reason: "au profit de l'animation", now: LATER }));
    expect(p.actions[0]).to.include({ status: 'postponed', reason: "au profit de l'animation" });
    expect(p.actions[0]).not.to.have.property('doneAt');
    p = ok(setActionStatus(p, 'a1', 'in-progress', { now: LATER }));
    expect(p.actions[0]).not.to.have.property('reason');
  });

  it('removes an action; removing an unknown one gives the same plan', () => {
    const p = plan({}, {});
    const q = removeAction(p, 'a1', { now: LATER });
    expect(q.actions.map((a) => a.id)).to.deep.equal(['a2']);
    expect(q.updatedAt).to.equal(LATER.toISOString());
    expect(removeAction(p, 'nope')).to.equal(p);
  });
});

describe('plan: merging two versions of one plan (two tabs)', () => {
  it('keeps every action: ours edited here win, the last edit wins otherwise, removals stay removed', () => {
    const base = plan({ text: 'A' }, { text: 'B' }, { text: 'C' });
    const t1 = new Date('2024-03-05T10:00:00.000Z');
    const t2 = new Date('2024-03-06T10:00:00.000Z');
    // Tab 1 (ours): edits A (unsaved), adds D (unsaved), removes C (unsaved).
    let ours = ok(updateAction(base, 'a1', { text: 'A ours' }, { now: t2 }));
    ours = ok(addAction(ours, { rouage: 'pilote', text: 'D' }, { now: t2, id: 'a4' }));
    ours = removeAction(ours, 'a3', { now: t2 });
    // Tab 2 (theirs, saved): edits A and B, adds E.
    let theirs = ok(updateAction(base, 'a1', { text: 'A theirs' }, { now: t1 }));
    theirs = ok(updateAction(theirs, 'a2', { text: 'B theirs' }, { now: t1 }));
    theirs = ok(addAction(theirs, { rouage: 'pilote', text: 'E' }, { now: t1, id: 'a5' }));
    const merged = mergePlans(ours, theirs, ['action:a1', 'action:a4', 'action:a3']);
    expect(merged.actions.map((a) => [a.id, a.text])).to.deep.equal([['a1', 'A ours'], ['a2', 'B theirs'], ['a4', 'D'], ['a5', 'E']]);
    // Without unsaved changes, an action they removed stays removed; one made after their save stays.
    const removedThere = removeAction(base, 'a2', { now: t1 });
    expect(mergePlans(base, removedThere, []).actions.map((a) => a.id)).to.deep.equal(['a1', 'a3']);
    expect(ok(parsePlan(merged))).to.deep.equal(merged);
  });
});

describe('plan: summary', () => {
  it('counts per rouage and per dimension, in the method order, with overdue given a day', () => {
    const p = plan(
      { rouage: 'pilote', due: '2024-01-01' },
      { rouage: 'pilote', status: 'done', doneAt: '2024-01-10' },
      { rouage: 'noyau-dur', status: 'in-progress', due: '2024-05-01' },
      { rouage: undefined, dimension: 'ressources', status: 'postponed', reason: 'plus tard', due: '2024-01-01' },
    );
    const s = summarizePlan(p, framework, { today: '2024-03-01' });
    expect(s.counts).to.deep.equal({ planned: 1, 'in-progress': 1, done: 1, postponed: 1, total: 4, overdue: 1 });
    expect(s.dimensions.map((d) => d.id)).to.deep.equal(framework.dimensions.map((d) => d.id));
    const acteurs = s.dimensions[0]!;
    expect(acteurs.counts.total).to.equal(3);
    expect(acteurs.rouages.map((r) => r.id)).to.deep.equal(['pilote', 'noyau-dur', 'collectif-elargi', 'structuration-collective']);
    expect(acteurs.rouages[0]!.counts).to.include({ planned: 1, done: 1, overdue: 1 });
    expect(acteurs.rouages[1]!.counts).to.include({ 'in-progress': 1, overdue: 0 });
    const ressources = s.dimensions.find((d) => d.id === 'ressources')!;
    expect(ressources.actions.map((a) => a.id), 'placed on the dimension alone').to.deep.equal(['a4']);
    expect(ressources.counts.overdue, 'a postponed action is not overdue').to.equal(0);
    expect(summarizePlan(p, framework, { today: '2024-06-01' }).counts.overdue).to.equal(2);
  });
});

describe('plan: actions done between two days', () => {
  it('lists actions done after the first day and up to the second, in the method order, by rouage and dimension', () => {
    const p = plan(
      { rouage: 'deploiement', status: 'done', doneAt: '2024-02-01' },
      { rouage: 'pilote', status: 'done', doneAt: '2024-01-01' },
      { rouage: 'pilote', status: 'done', doneAt: '2023-12-31' },
      { rouage: 'pilote', status: 'done', doneAt: '2024-06-30' },
      { rouage: 'pilote', status: 'done', doneAt: '2024-07-01' },
      { rouage: 'pilote', status: 'in-progress' },
      { rouage: undefined, dimension: 'valorisation', status: 'done', doneAt: '2024-03-03' },
    );
    const between = actionsDoneBetween(p, '2024-01-01', '2024-06-30');
    expect(between.actions.map((a) => a.id)).to.deep.equal(['a4', 'a7', 'a1']);
    expect(between.byRouage).to.have.keys(['pilote', 'deploiement']);
    expect(between.byDimension.valorisation!.map((a) => a.id)).to.deep.equal(['a7']);
    expect(actionsDoneBetween(p, '2024-06-30', '2024-01-01').actions, 'either order').to.have.length(3);
    expect(actionsDoneBetween(p, '2024-01-01T08:00:00Z', new Date('2024-06-30T12:00:00Z')).actions).to.have.length(3);
  });
});

describe('plan: CSV', () => {
  it('writes a BOM, CRLF, quoted fields, labels in the language, and no formula', () => {
    const p = plan({ text: '=HYPERLINK("http://x")', owner: '+33 1 23', modes: ['montee-en-competences', 'appui-partenaire'], partner: '@partner', due: '2024-04-01' });
    const csv = planToCSV(p);
    expect(csv.startsWith('\uFEFF"Projet";"Dimension";"Rouage";"Action"')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv).to.contain(`"'=HYPERLINK(""http://x"")"`).and.contain(`"'+33 1 23"`).and.contain(`"'@partner"`);
    expect(csv).to.contain('"Acteurs";"Pilote"').and.contain('"Montée en compétences, Appui d\'un partenaire"').and.contain('"Prévue"');
    const csvEn = planToCSV(p, englishFramework);
    expect(csvEn.startsWith('\uFEFF"Project","Dimension","Gear","Action"')).to.equal(true);
    expect(csvEn).to.contain('"Planned"').and.contain('"Skills building, Partner support"');
  });

  it('reads its own CSV back, in either language, and names bad rows', () => {
    const p = plan({ text: "'quoted' ; \"and\"\r\nmultiline", note: '-1' }, { rouage: 'deploiement', status: 'done', doneAt: '2024-02-01' });
    expect(ok(planActionsFromCSV(planToCSV(p))).actions).to.deep.equal(p.actions);
    expect(ok(planActionsFromCSV(planToCSV(p, englishFramework), framework)).actions).to.deep.equal(p.actions);
    expect(ok(planActionsFromCSV(planToCSV(p))).project).to.equal('PTCE test');
    expect(planActionsFromCSV('').success).to.equal(false);
    expect(planActionsFromCSV('a;b\r\n1;2').success).to.equal(false);
    const broken = planToCSV(p).replace('"2024-02-01"', '"2024-02-30"');
    const result = planActionsFromCSV(broken);
    expect(result.success).to.equal(false);
    if (!result.success) expect(result.error.issues[0]!.path).to.equal('rows[2].doneAt');
  });
});

describe('plan: the labels of modes and statuses come from the framework', () => {
  it('in French and in English, every mode and status', () => {
    for (const mode of ACTION_MODES) {
      expect(modeLabel(mode, framework)).not.to.equal(mode);
      expect(modeLabel(mode, englishFramework)).not.to.equal(mode);
    }
    for (const status of ACTION_STATUSES) {
      expect(statusLabel(status, framework)).not.to.equal(status);
      expect(statusLabel(status, englishFramework)).not.to.equal(status);
    }
    expect(statusLabel('postponed', framework)).to.equal('Remise à plus tard');
    const bare = { ...framework, plan: undefined };
    expect(statusLabel('done', bare), 'a framework without labels shows ids').to.equal('done');
  });
});

const frenchCases = [beauvaisis, maison, asca, bailleul, sudOise, phare, mureaux];
const englishCases = [beauvaisisEn, maisonEn, ascaEn, bailleulEn, sudOiseEn, phareEn, mureauxEn];

describe('the seven cases as plans', () => {
  it('every case, French and English, reads as a valid plan, with its modes, partners and postponements', () => {
    for (const [i, input] of [...frenchCases, ...englishCases].entries()) {
      const c = ok(parseCase(input));
      const fw = i < 7 ? framework : englishFramework;
      const p = actionsFromCase(c, fw);
      expect(ok(parsePlan(p, fw)), c.id).to.deep.equal(p);
      expect(p.actions.length + (p.findings?.length ?? 0)).to.equal(c.actions.length);
      expect(p.origin).to.deep.equal({ case: c.id, dimensionsFrom: 'position' });
    }
    const b = actionsFromCase(ok(parseCase(beauvaisis)));
    const postponed = b.actions.find((a) => a.id === 'emergence-beauvaisis-2021.acteurs.3')!;
    expect(postponed).to.include({ status: 'postponed', reason: "remise à plus tard au profit de l'animation de la communauté des porteurs de projets" });
    expect(b.actions.find((a) => a.id === 'emergence-beauvaisis-2021.acteurs.4')!.modes).to.deep.equal(['montee-en-competences', 'realisation-interne']);
    expect(b.actions.find((a) => a.id === 'emergence-beauvaisis-2021.transformation-societale.1')!.partner).to.equal("appui de l'Institut Godin");
    const bEn = actionsFromCase(ok(parseCase(beauvaisisEn)), englishFramework);
    expect(bEn.actions.find((a) => a.id === 'emergence-beauvaisis-2021.acteurs.3')!.status, 'the English case postpones too').to.equal('postponed');
  });

  it('English cases have the French ids, dimensions and modes, in English words', () => {
    for (const [i, fr] of frenchCases.entries()) {
      const e = englishCases[i] as CooperationCase;
      const f = fr as CooperationCase;
      expect(e.id).to.equal(f.id);
      expect(e.actions.map((a) => [a.id, a.dimension, a.modes.join()])).to.deep.equal(f.actions.map((a) => [a.id, a.dimension, a.modes.join()]));
      expect(e.summary).not.to.equal(f.summary);
      expect(e.pictures.map((p) => p.dimension)).to.deep.equal(f.pictures.map((p) => p.dimension));
    }
  });

  it('a diagnostic case (PHARE, Vivre Les Mureaux) gives findings, not actions done; its note stays with it', () => {
    for (const [input, fw] of [[phare, framework], [mureaux, framework], [phareEn, englishFramework], [mureauxEn, englishFramework]] as [CooperationCase, Framework][]) {
      const c = ok(parseCase(input));
      const p = actionsFromCase(c, fw);
      expect(p.actions, c.id).to.deep.equal([]);
      expect(p.findings).to.have.length(c.actions.length);
      expect(summarizePlan(p, fw).counts.done).to.equal(0);
      expect(ok(parsePlan(p, fw))).to.deep.equal(p);
    }
    expect(actionsFromCase(ok(parseCase(mureaux))).note).to.match(/PHARE/);
    expect(actionsFromCase(ok(parseCase(beauvaisis))).findings).to.equal(undefined);
  });

  it('the Vivre Les Mureaux note says its findings repeat the PHARE text, about the Valenciennois, not Les Mureaux', () => {
    for (const input of [mureaux, mureauxEn] as CooperationCase[]) {
      expect(input.note).to.match(/PHARE/).and.match(/Valenciennois/).and.match(/Mureaux/);
    }
  });

  it('the most cited dimension is a tie when counts are equal (Beauvaisis: Acteurs and Ingénierie, 4 each)', () => {
    expect(mostCitedDimensions(ok(parseCase(beauvaisis)))).to.deep.equal({ ids: ['acteurs', 'ingenierie'], count: 4 });
    expect(mostCitedDimensions(ok(parseCase(asca)))).to.deep.equal({ ids: ['ingenierie'], count: 4 });
    expect(mostCitedDimensions({ ...ok(parseCase(asca)), actions: [] })).to.deep.equal({ ids: [], count: 0 });
  });
});

const index = indexFramework(framework);
const rouages = framework.rouages.map((r) => r.id);
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const moment = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: fc.constantFrom('a', 'é', ' ', '"', "'", ';', ',', '=', '+', '-', '@', '\t', '\r', '\n', '\uFEFF', 'Z') });

const actionArbitrary: fc.Arbitrary<Omit<PlanAction, 'id'>> = fc
  .record(
    {
      rouage: fc.option(fc.constantFrom(...rouages), { nil: undefined }),
      dimension: fc.constantFrom(...framework.dimensions.map((d) => d.id)),
      text: text(40),
      useTool: fc.boolean(),
      modes: fc.option(fc.uniqueArray(fc.constantFrom(...ACTION_MODES), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      partner: fc.option(text(20), { nil: undefined }),
      status: fc.constantFrom(...ACTION_STATUSES),
      reason: fc.option(text(20), { nil: undefined }),
      owner: fc.option(text(20), { nil: undefined }),
      note: fc.option(text(20), { nil: undefined }),
      due: fc.option(day, { nil: undefined }),
      doneAt: fc.option(day, { nil: undefined }),
      createdAt: moment,
      updatedAt: moment,
    },
    { requiredKeys: ['text', 'status', 'createdAt', 'updatedAt', 'dimension', 'useTool'] },
  )
  .map(({ useTool, ...a }) => {
    const out: Record<string, unknown> = { ...a };
    if (a.rouage) {
      out.dimension = index.rouage.get(a.rouage)!.dimension;
      const tool = index.rouage.get(a.rouage)!.tools[0];
      if (useTool && tool) out.tool = tool.id;
    }
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out as Omit<PlanAction, 'id'>;
  });

const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({ project: text(40), actions: fc.array(actionArbitrary, { maxLength: 8 }), created: moment })
  .map(({ project, actions, created }) => ({
    ...createPlan({ project, now: new Date(created), id: 'p' }),
    actions: actions.map((a, i) => ({ id: `id-${i}`, ...a })),
  }));

describe('plan: properties', () => {
  it('parsePlan never throws, whatever JSON it is given, and failures are well formed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), planArbitrary.chain((p) => fc.constantFrom<unknown>(p, { ...p, actions: [{ ...p.actions[0], due: '2023-02-31' }] }))), (value) => {
        const result = parsePlan(value);
        if (!result.success) {
          expect(result.error.message).to.be.a('string').and.not.equal('');
          for (const issue of result.error.issues) expect(issue.path).to.be.a('string');
        }
        parsePlan(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('valid plans survive a JSON round trip and a CSV round trip (French and English)', () => {
    fc.assert(
      fc.property(planArbitrary, (p) => {
        expect(ok(parsePlan(p))).to.deep.equal(p);
        expect(ok(parsePlan(JSON.parse(JSON.stringify(p))))).to.deep.equal(p);
        expect(ok(planActionsFromCSV(planToCSV(p))).actions).to.deep.equal(p.actions);
        expect(ok(planActionsFromCSV(planToCSV(p, englishFramework), framework)).actions).to.deep.equal(p.actions);
      }),
      { numRuns: 200 },
    );
  });
});

describe('plan: a CSV imported is the person\'s edit', () => {
  const rows = (csv: string) => csv.split('\r\n');
  it('rows win over the action held for the fields they carry, even when "Modifiée le" is not newer; stamped now', () => {
    const p = plan({ text: 'Réunir le comité' }, { text: 'Deuxième', owner: 'Asso' });
    const csv = planToCSV(p).replace('"Réunir le comité"', '"Réunir le comité chaque mois"').replace('"Asso"', '"Mairie"');
    const applied = applyPlanCsv(p, ok(planActionsFromCSV(csv)), { now: LATER });
    expect(applied.updated).to.deep.equal(['a1', 'a2']);
    expect(applied.added).to.deep.equal([]);
    expect(applied.plan.actions[0]!.text).to.equal('Réunir le comité chaque mois');
    expect(applied.plan.actions[1]!.owner).to.equal('Mairie');
    expect(applied.plan.actions[0]!.updatedAt).to.equal(LATER.toISOString());
    expect(applied.plan.actions[0]!.createdAt).to.equal(NOW.toISOString());
  });

  it('reads the readable "Statut" column (French or English labels); when it and "Id statut" disagree, the one changed wins', () => {
    const p = plan({ text: 'Un' }, { text: 'Deux' });
    const lines = rows(planToCSV(p));
    // Row 1: the person changed the readable status only. Row 2: the id only.
    lines[1] = lines[1]!.replace('"Prévue"', '"Réalisée"');
    lines[2] = lines[2]!.replace(/"planned"/, '"in-progress"');
    const applied = applyPlanCsv(p, ok(planActionsFromCSV(lines.join('\r\n'))), { now: LATER, today: '2024-03-02' });
    expect(applied.plan.actions.map((a) => a.status)).to.deep.equal(['done', 'in-progress']);
    expect(applied.plan.actions[0]!.doneAt).to.equal('2024-03-02');
    const english = rows(planToCSV(p, englishFramework));
    english[1] = english[1]!.replace('"Planned"', '"Postponed"');
    expect(applyPlanCsv(p, ok(planActionsFromCSV(english.join('\r\n'))), { now: LATER }).plan.actions[0]!.status).to.equal('postponed');
    expect(statusFromLabel('en cours')).to.equal('in-progress');
    expect(statusFromLabel('Remise a plus tard')).to.equal('postponed');
  });

  /** The French CSV of `p` with some cells as a person retyped them: `{ row: { column header: text } }` (row 1 is the first action). */
  const retyped = (p: Plan, cells: Record<number, Record<string, string>>) => {
    const lines = rows(planToCSV(p));
    const header = lines[0]!.replace(/^\uFEFF/, '').slice(1, -1).split('";"');
    for (const [row, edits] of Object.entries(cells)) {
      const fields = lines[Number(row)]!.slice(1, -1).split('";"');
      for (const [column, text] of Object.entries(edits)) fields[header.indexOf(column)] = text;
      lines[Number(row)] = `"${fields.join('";"')}"`;
    }
    return lines.join('\r\n');
  };

  it('reads the readable "Rouage", "Dimension" and "Modes d\'action" columns a person edits; a rouage named takes its dimension along', () => {
    const p = plan({ text: 'Un' }, { text: 'Deux' }, { text: 'Trois', rouage: undefined, dimension: 'ressources' }, { text: 'Quatre' });
    const csv = retyped(p, {
      1: { Rouage: 'Diagnostic' }, // another rouage, of another dimension, by its title
      2: { "Modes d'action": "Appui d'un partenaire, montée en compétences" },
      3: { Rouage: 'premières ressources' }, // a dimension's action onto one of its rouages (accents and case as typed)
      4: { Dimension: 'Valorisation' }, // a dimension that does not hold its rouage
    });
    const applied = applyPlanCsv(p, ok(planActionsFromCSV(csv)), { now: LATER });
    expect(applied.updated).to.deep.equal(['a1', 'a2', 'a3', 'a4']);
    const [one, two, three, four] = applied.plan.actions;
    expect(one).to.include({ rouage: 'diagnostic', dimension: 'ingenierie' });
    expect(two!.modes).to.deep.equal(['montee-en-competences', 'appui-partenaire']);
    expect(three).to.include({ rouage: 'premieres-ressources', dimension: 'ressources' });
    expect(four).to.include({ dimension: 'valorisation' }).and.not.have.property('rouage');
    expect(parsePlan(applied.plan).success, 'the plan stays valid').to.equal(true);
    // The id columns edited instead (a program's edit): they win, as for the status.
    const byId = applyPlanCsv(p, ok(planActionsFromCSV(retyped(p, { 1: { 'Id rouage': 'noyau-dur' } }))), { now: LATER });
    expect(byId.plan.actions[0]).to.include({ rouage: 'noyau-dur', dimension: 'acteurs' });
  });

  it('a rouage named in another dimension moves the action there, without the starting tool of its old rouage', () => {
    const tool = framework.rouages.find((r) => r.id === 'pilote')!.tools[0]!;
    const p = plan({ text: 'Un', tool: tool.id });
    const moved = applyPlanCsv(p, ok(planActionsFromCSV(retyped(p, { 1: { Rouage: 'Modèle économique pérenne' } }))), { now: LATER }).plan.actions[0]!;
    expect(moved).to.include({ rouage: 'modele-economique-perenne', dimension: 'ressources' }).and.not.have.property('tool');
    const kept = applyPlanCsv(p, ok(planActionsFromCSV(retyped(p, { 1: { Porteur: 'Mairie' } }))), { now: LATER }).plan.actions[0]!;
    expect(kept).to.include({ rouage: 'pilote', tool: tool.id, owner: 'Mairie' });
  });

  it('reads a day written the way a French spreadsheet writes it (29/11/2026), and refuses a day no calendar has', () => {
    const p = plan({ text: 'Un' }, { text: 'Deux', status: 'done', doneAt: '2024-02-01' });
    const applied = applyPlanCsv(p, ok(planActionsFromCSV(retyped(p, { 1: { Échéance: '29/11/2026' }, 2: { 'Faite le': '1/2/2024' } }))), { now: LATER });
    expect(applied.plan.actions[0]!.due).to.equal('2026-11-29');
    expect(applied.plan.actions[1]!.doneAt).to.equal('2024-02-01');
    for (const impossible of ['31/02/2026', '29/02/2025', '12/13/2026', '00/01/2026']) {
      const read = planActionsFromCSV(retyped(p, { 1: { Échéance: impossible } }));
      expect(read.success, impossible).to.equal(false);
      if (!read.success) expect(read.error.issues).to.deep.equal([{ path: 'rows[1].due', message: `rows[1].due : « ${impossible} » n'est pas un jour du calendrier` }]);
    }
    expect(ok(planActionsFromCSV(retyped(p, { 1: { Échéance: '29/02/2024' } }))).actions[0]!.due, 'a leap day').to.equal('2024-02-29');
  });

  it('counts what it added, and changes nothing for a file identical to the plan', () => {
    const p = plan({ text: 'Un' });
    const same = applyPlanCsv(p, ok(planActionsFromCSV(planToCSV(p))), { now: LATER });
    expect(same.plan).to.equal(p);
    expect(same.updated.length + same.added.length).to.equal(0);
    const other = plan({ text: 'Un' }, { text: 'Nouvelle' });
    const more = applyPlanCsv(p, ok(planActionsFromCSV(planToCSV(other))), { now: LATER });
    expect(more.added).to.deep.equal(['a2']);
    expect(more.plan.actions).to.have.length(2);
  });
});

describe('plan: days are the person\'s local day', () => {
  it('localDay reads the runtime time zone, not UTC', () => {
    const d = new Date(2024, 2, 1, 0, 30);
    expect(localDay(d)).to.equal('2024-03-01');
  });
  it('done with no day records the today given, and summaries count overdue against the local day of a Date', () => {
    const p = ok(setActionStatus(plan({ text: 'Un' }), 'a1', 'done', { now: new Date('2024-03-01T23:30:00.000Z'), today: '2024-03-02' }));
    expect(p.actions[0]!.doneAt).to.equal('2024-03-02');
    const due = plan({ text: 'Un', due: '2024-03-01' });
    expect(summarizePlan(due, framework, { today: new Date(2024, 2, 2, 0, 30) }).counts.overdue).to.equal(1);
    expect(isOverdue(due.actions[0]!, new Date(2024, 2, 1, 23, 30))).to.equal(false);
  });
});

describe('plan: a broken JSON file', () => {
  it('says so in the person\'s language without the engine\'s English message', () => {
    const fr = parsePlan('{"schema": "rouages-plan/1", ');
    expect(fr.success).to.equal(false);
    if (!fr.success) expect(fr.error.message).to.contain('JSON').and.not.match(/Unexpected|Expected|position|SyntaxError/);
    const en = parsePlan('{', framework, { locale: 'en' });
    if (!en.success) expect(en.error.message).to.not.match(/Unexpected|Expected|position/);
  });
});
