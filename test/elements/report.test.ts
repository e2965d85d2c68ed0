import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/rouages-report/define.js';
import '../../src/elements/rouages-provider/define.js';
import type { RouagesReport } from '../../src/elements/rouages-report/rouages-report.js';
import type { RouagesProvider } from '../../src/elements/rouages-provider/rouages-provider.js';
import type { RouagesWheel } from '../../src/elements/rouages-wheel/rouages-wheel.js';
import { addAction, aggregateDiagnostics, compareDiagnostics, createPlan, framework, recommend, scoreDiagnostic, toCSV, type CooperationCase, type Diagnostic } from '../../src/sdk/index.js';
import phare2021 from '../../demo/samples/phare-2021.json';
import phare2022 from '../../demo/samples/phare-2022.json';
import comite1 from '../../demo/samples/comite-1.json';
import comite2 from '../../demo/samples/comite-2.json';
import comite3 from '../../demo/samples/comite-3.json';
import comite4 from '../../demo/samples/comite-4.json';
import comite5 from '../../demo/samples/comite-5.json';
import beauvaisis from '../../framework/cases/emergence-beauvaisis-2021.json';
import mureaux from '../../framework/cases/ptce-vivre-les-mureaux-2021-06.json';
import asca from '../../framework/cases/scene-a-velos-asca-2021-2022.json';
import { captureDownload } from './helpers.js';
import { darkTheme } from '../../stories/shared.js';

const before = phare2021 as Diagnostic;
const after = phare2022 as Diagnostic;
const committee = [comite1, comite2, comite3, comite4, comite5] as Diagnostic[];

const root = (el: RouagesReport) => el.shadowRoot!;
const text = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = <T extends Element = HTMLElement>(el: RouagesReport, selector: string) => [...root(el).querySelectorAll<T>(selector)] as T[];
const headings = (el: RouagesReport) => all(el, '[role="heading"]').map((h) => [h.getAttribute('aria-level'), text(h)]);
const sectionTitles = (el: RouagesReport) => all(el, 'section > [role="heading"]').map((h) => text(h));
const section = (el: RouagesReport, title: string) => all(el, 'section').find((s) => text(s.querySelector('[role="heading"]')) === title)!;
const tableByCaption = (el: RouagesReport, caption: string) => all<HTMLTableElement>(el, 'table').find((t) => text(t.caption) === caption)!;
const row = (table: HTMLTableElement, header: string) => [...table.rows].find((r) => text(r.cells[0]) === header)!;
const button = (el: RouagesReport, label: string) => all<HTMLButtonElement>(el, 'button').find((b) => text(b) === label || b.getAttribute('aria-label') === label)!;
const wheel = (el: RouagesReport) => root(el).querySelector('rouages-wheel') as RouagesWheel;
const percent = (value: number | null) => (value === null ? 'non évalué' : `${Math.round(value * 100)} %`);

const settle = async (el: RouagesReport) => {
  await el.updateComplete;
  await wheel(el)?.updateComplete;
  await el.updateComplete;
};

/** Chooses files with the element's file input, as a person would. */
async function choose(el: RouagesReport, files: { name: string; text: string }[]) {
  const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
  input.files = transfer.files;
  // The report says what it shows once it has read the files.
  const read = oneEvent(el, 'rouages-report-change');
  input.dispatchEvent(new Event('change'));
  await read;
  await settle(el);
}

/** Drops files on the element. */
async function drop(el: RouagesReport, files: { name: string; text: string }[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
  const target = root(el).querySelector('.root')!;
  target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }));
  const read = oneEvent(el, 'rouages-report-change');
  target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }));
  await read;
  await settle(el);
}

const file = (name: string, value: unknown) => ({ name, text: typeof value === 'string' ? value : JSON.stringify(value) });

/** Checks that nothing in the report is wider than the element at a phone's width. */
async function fitsAt360(el: RouagesReport) {
  el.style.display = 'block';
  el.style.width = '360px';
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await settle(el);
  const base = root(el).querySelector<HTMLElement>('.root')!;
  // Every element, not only sections: a negative margin or a wide table would show here first.
  const limit = base.getBoundingClientRect().right + 0.5;
  // A table too wide for the phone scrolls inside its region: the region fits, the table may not.
  const wide = [...root(el).querySelectorAll<HTMLElement>('*')]
    .filter((n) => !n.parentElement?.closest('.table-scroll'))
    .filter((n) => n.getBoundingClientRect().right > limit)
    .map((n) => `<${n.localName} class="${n.getAttribute('class') ?? ''}">`);
  expect(wide, 'elements wider than the report').to.deep.equal([]);
  expect(base.getBoundingClientRect().width).to.be.at.most(360);
  expect(base.scrollWidth, 'the report').to.be.at.most(base.clientWidth);
  const sections = all(el, 'section');
  for (const s of sections) {
    const title = text(s.querySelector('[role="heading"]'));
    expect(s.scrollWidth, title).to.be.at.most(s.clientWidth);
    expect(s.getBoundingClientRect().right, title).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    for (const t of s.querySelectorAll<HTMLTableElement>('table:not(.table-scroll table)')) expect(t.getBoundingClientRect().width, `${title}: ${text(t.caption)}`).to.be.at.most(s.clientWidth + 0.5);
  }
  el.style.width = '';
}

describe('<rouages-report>', () => {
  describe('one diagnostic', () => {
    it('shows the wheel, the scores per dimension and per phase, the next gears and the notes', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostic=${before}></rouages-report>`);
      await settle(el);
      expect(headings(el)[0]).to.deep.equal(['2', "Rapport de diagnostic — PTCE Auton'hommes (PHARE)"]);
      expect(sectionTitles(el)).to.deep.equal([
        "Vue d'ensemble",
        'Scores par dimension et par phase',
        'Les prochains rouages à travailler',
        'Réponses aux questions ouvertes',
        'Répondants',
        'Exporter le rapport',
      ]);
      for (const s of all(el, 'section > [role="heading"]')) expect(s.getAttribute('aria-level')).to.equal('3');

      // The wheel, in the report's shadow DOM, with this diagnostic only.
      expect(wheel(el)).to.exist;
      expect(wheel(el).diagnostic).to.deep.equal(before);

      // Scores per dimension (score and next gear) …
      const score = scoreDiagnostic(before);
      const dimensions = tableByCaption(el, 'Score par dimension');
      for (const d of score.dimensions) {
        const title = framework.dimensions.find((x) => x.id === d.id)!.title;
        const cells = [...row(dimensions, title).cells].map(text);
        expect(cells[1], title).to.equal(percent(d.score));
        expect(cells[2], title).to.equal(d.next ? framework.rouages.find((r) => r.id === d.next)!.title : 'tous en place');
      }
      // … and per phase: the mean of the phase's scored rouages.
      const phases = tableByCaption(el, 'Score par phase');
      for (const phase of framework.phases) {
        const scores = score.rouages.filter((r) => r.phase === phase.id && r.score !== null).map((r) => r.score!);
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        const cells = [...row(phases, phase.title).cells].map(text);
        expect(cells[1], phase.title).to.equal(percent(mean));
        expect(cells[2]).to.equal(`${scores.length} sur ${score.rouages.filter((r) => r.phase === phase.id).length}`);
      }

      // The next gears, each with its tools and outcomes, in recommend()'s order.
      const next = section(el, 'Les prochains rouages à travailler');
      const items = [...next.querySelectorAll('.recommendations > li')];
      const recommendations = recommend(before);
      expect(items.map((li) => text(li.querySelector('[role="heading"]')))).to.deep.equal(recommendations.map((r) => r.title));
      for (const [i, r] of recommendations.entries()) {
        for (const t of [...r.tools, ...r.outcomes]) expect(text(items[i]), r.title).to.contain(text({ textContent: t.text } as ParentNode));
      }
      expect(items[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');

      // The notes, grouped by rouage in the method's order, with the question's text.
      const notes = section(el, 'Réponses aux questions ouvertes');
      expect([...notes.querySelectorAll('.note-group > [role="heading"]')].map(text)).to.deep.equal([
        'Collectif élargi',
        'Structuration collective',
        'Constats de territoire',
        "Expérimentation d'activités",
      ]);
      for (const [id, note] of Object.entries(before.notes)) {
        const question = framework.rouages.flatMap((r) => r.questions).find((q) => q.id === id)!;
        const dt = [...notes.querySelectorAll('dt')].find((d) => text(d) === text({ textContent: question.text } as ParentNode))!;
        expect(dt, id).to.exist;
        expect(text(dt.nextElementSibling)).to.equal(text({ textContent: note } as ParentNode));
      }
      // One respondent: no name to give, none invented.
      expect(text(notes)).not.to.contain('Répondant');
      await expect(el).to.be.accessible();
    });

    it('sets the level of its headings with heading-level', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report heading-level="4" .diagnostic=${before}></rouages-report>`);
      await settle(el);
      const levels = headings(el);
      expect(levels[0]![0]).to.equal('4');
      expect(new Set(all(el, 'section > [role="heading"]').map((h) => h.getAttribute('aria-level')))).to.deep.equal(new Set(['5']));
      expect(all(el, '.recommendations [role="heading"]')[0]!.getAttribute('aria-level')).to.equal('6');
    });

    it('says why a diagnostic it is given cannot be read', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostic=${'{"schema": 3'}></rouages-report>`);
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain("Le diagnostic n'a pas pu être lu");
      expect(root(el).querySelector('input[type="file"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('several respondents', () => {
    it('lists the respondents, and the divergent items first with who answered what', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee}></rouages-report>`);
      await settle(el);
      expect(headings(el)[0]).to.deep.equal(['2', "Diagnostic collectif — PTCE Auton'hommes (PHARE)"]);
      expect(sectionTitles(el)[0]).to.equal('À discuter');
      expect(root(el).querySelector('[role="alert"]')!.children).to.have.length(0);

      // Respondents: name, role and organisation when given; "Répondant 4" for the one without a name.
      const respondents = all(el, '.respondents > li').map((li) => text(li.querySelector('.who')) + ' | ' + text(li.querySelector('.details')));
      expect(respondents).to.deep.equal([
        'Camille | Coordinatrice du PTCE, PHARE · 15 octobre 2021',
        'Karim | Directeur, Association membre du noyau dur · 15 octobre 2021',
        'Élise | Chargée de mission, Communauté d’agglomération · 15 octobre 2021',
        'Répondant 4 | Entrepreneur, Entreprise partenaire · 15 octobre 2021',
        'Jean | Bénévole, Collectif de citoyens · 15 octobre 2021',
      ]);

      // Divergent items, largest gap first, each with who answered what (names only when given).
      const aggregate = aggregateDiagnostics(committee);
      const items = all(el, '.discuss > li');
      expect(items).to.have.length(aggregate.divergent.length);
      expect(items.map((li) => text(li.querySelector('.item-text')))).to.deep.equal(aggregate.divergent.map((d) => text({ textContent: d.text } as ParentNode)));
      const first = items[0]!;
      expect(text(first.querySelector('.eyebrow'))).to.equal('Pilote · Acteurs · écart de 3 niveaux');
      expect([...first.querySelectorAll('.answers li')].map(text)).to.deep.equal(['3 — Atteint : Karim', '2 — En cours : Camille, Élise et Jean', '0 — Pas commencé : Répondant 4']);

      // The wheel draws the group: mean and spread per rouage, and no single diagnostic.
      expect(wheel(el).aggregate).to.deep.equal(committee);
      expect(wheel(el).diagnostic).to.equal('');
      expect(wheel(el).shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.contain('selon les répondants');

      // Mean and range per rouage in words too.
      const means = tableByCaption(el, 'Moyenne et écart par rouage');
      const pilote = aggregate.rouages.find((r) => r.id === 'pilote')!;
      expect([...row(means, 'Pilote').cells].map(text)).to.deep.equal(['Pilote', percent(pilote.mean), `de ${percent(pilote.min)} à ${percent(pilote.max)}avis divergents`]);
      await expect(el).to.be.accessible();
    });

    it('warns when the diagnostics are of different projects', async () => {
      const mixed = [committee[0]!, { ...committee[1]!, project: 'TZCLD Bailleul' }, committee[2]!];
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${mixed}></rouages-report>`);
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain("ces diagnostics portent sur des projets différents (« PTCE Auton'hommes (PHARE) » et « TZCLD Bailleul »)");
      await expect(el).to.be.accessible();
    });

    it('removes a respondent with its button, and says so with an event', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee}></rouages-report>`);
      await settle(el);
      const changed = oneEvent(el, 'rouages-report-change');
      button(el, 'Retirer Karim du rapport').click();
      const event = await changed;
      await settle(el);
      expect(event.detail.diagnostics).to.have.length(4);
      expect(all(el, '.respondents .who').map(text)).to.deep.equal(['Camille', 'Élise', 'Répondant 3', 'Jean']);
      expect(text(section(el, 'À discuter'))).not.to.contain('Karim');
      // Focus stays in the list, on the respondent now in that place.
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Retirer Élise du rapport');
    });
  });

  describe('files', () => {
    it('starts with an explanation and a file chooser', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report></rouages-report>`);
      await settle(el);
      expect(headings(el)).to.deep.equal([['2', 'Rapport de diagnostic']]);
      expect(text(root(el))).to.contain('Choisissez les fichiers exportés du questionnaire');
      const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      expect(input.multiple).to.equal(true);
      expect(text(root(el).querySelector(`label[for="${input.id}"]`))).to.equal('Choisir des diagnostics (fichiers JSON)');
      await expect(el).to.be.accessible();
    });

    it('reads two files of one project at two dates as an evolution, never as a group of two respondents', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report></rouages-report>`);
      await settle(el);
      await drop(el, [file('2022.json', after), file('2021.json', before)]);
      expect(headings(el)[0]![1]).to.equal("Évolution — PTCE Auton'hommes (PHARE)");
      expect(text(root(el))).not.to.contain('Diagnostic collectif');
      expect(text(root(el))).not.to.contain('2 répondants');
      // Plainly said, and compared from the earliest to the latest whatever the order of the files.
      expect(text(root(el).querySelector('[data-notice="evolution"]'))).to.contain('dates différentes (15 octobre 2021 et 14 octobre 2022)');
      expect(text(root(el).querySelector('.lead'))).to.equal('Du 15 octobre 2021 au 14 octobre 2022');
      const c = compareDiagnostics(before, after);
      expect(text(row(tableByCaption(el, 'Évolution par dimension'), framework.dimensions[0]!.title).cells[1])).to.equal(percent(c.dimensions[0]!.before));
      expect(text(row(tableByCaption(el, 'Évolution par dimension'), framework.dimensions[0]!.title).cells[2])).to.equal(percent(c.dimensions[0]!.after));
      // The files stay listed, to remove one (then it is one diagnostic) or add another.
      expect(all(el, '.respondents li')).to.have.length(2);
      button(el, 'Retirer Répondant 1 du rapport')?.click() ?? all<HTMLButtonElement>(el, '.respondents button')[0]!.click();
      await settle(el);
      expect(headings(el)[0]![1]).to.equal("Rapport de diagnostic — PTCE Auton'hommes (PHARE)");
      await expect(el).to.be.accessible();
    });

    it('names each bad file with its reason, and uses the good ones', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report></rouages-report>`);
      await settle(el);
      const changed = oneEvent(el, 'rouages-report-change');
      await choose(el, [
        file('camille.json', comite1),
        file('casse.json', '{"schema": "rouages-diagnostic/1", '),
        file('notes.json', { ...comite2, answers: { 'pilote.i1': 7 } }),
        file('karim.json', comite2),
      ]);
      expect((await changed).detail.diagnostics).to.have.length(2);
      const errors = all(el, '[role="alert"] p').map(text);
      expect(errors).to.have.length(2);
      expect(errors[0]).to.match(/^« casse\.json » n'a pas été pris en compte\. Le diagnostic n'est pas valide\. Ce texte n'est pas du JSON lisible/);
      expect(errors[1]).to.match(/^« notes\.json » n'a pas été pris en compte\. Le diagnostic n'est pas valide\. answers\["pilote\.i1"\] : une note vaut 0, 1, 2, 3 ou null/);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('2 diagnostics ajoutés.');
      expect(headings(el)[0]![1]).to.equal("Diagnostic collectif — PTCE Auton'hommes (PHARE)");
      expect(all(el, '.respondents .who').map(text)).to.deep.equal(['Camille', 'Karim']);
      await expect(el).to.be.accessible();

      // Dropped files join the list; the same export twice is not counted twice.
      await drop(el, [file('elise.json', comite3), file('camille-encore.json', comite1)]);
      expect(all(el, '.respondents .who').map(text)).to.deep.equal(['Camille', 'Karim', 'Élise']);
      expect(all(el, '[role="alert"] p')).to.have.length(0);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('« camille-encore.json » est déjà dans le rapport');

      // And each can be removed.
      button(el, 'Retirer Camille du rapport').click();
      await settle(el);
      expect(all(el, '.respondents .who').map(text)).to.deep.equal(['Karim', 'Élise']);
    });

    it('adds files to the diagnostics it was given; one file alone is a one-diagnostic report', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report></rouages-report>`);
      await settle(el);
      await choose(el, [file('phare.json', phare2021)]);
      expect(headings(el)[0]![1]).to.equal("Rapport de diagnostic — PTCE Auton'hommes (PHARE)");
      const given = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee.slice(0, 2)}></rouages-report>`);
      await settle(given);
      await choose(given, [file('jean.json', comite5)]);
      expect(all(given, '.respondents .who').map(text)).to.deep.equal(['Camille', 'Karim', 'Jean']);
    });

    it('carries over a diagnostic of another version of the framework, and says what was left aside', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee.slice(0, 2)}></rouages-report>`);
      await settle(el);
      await choose(el, [file('ancien.json', { ...comite3, framework: { id: 'rouages-cooperation', version: '0.9.0' }, answers: { ...comite3.answers, 'ancien-rouage.i1': 2 } })]);
      expect(all(el, '.respondents .who').map(text)).to.deep.equal(['Camille', 'Karim', 'Élise']);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain("« ancien.json » : 1 réponse d'une autre version du référentiel n'a pas été reprise.");
    });
  });

  describe('two dates', () => {
    it('names the change per rouage and per dimension in words, and draws both on the wheel', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .compare=${before} .diagnostic=${after}></rouages-report>`);
      await settle(el);
      expect(headings(el)[0]![1]).to.equal("Évolution — PTCE Auton'hommes (PHARE)");
      expect(text(root(el).querySelector('.lead'))).to.equal('Du 15 octobre 2021 au 14 octobre 2022');
      expect(root(el).querySelector('[role="status"] .warning')).to.equal(null);
      const rouages = tableByCaption(el, 'Évolution par rouage');
      const words = (title: string) => text(row(rouages, title).cells[3]);
      expect(words('Collectif élargi')).to.equal('progresse de 33 points');
      expect(words('Noyau dur')).to.equal('recule de 11 points');
      expect(words('Pilote')).to.equal('stable');
      expect(words('Impacts et réalisations')).to.equal('nouvellement évalué');
      expect(words('Déploiement')).to.equal('non évalué');
      expect([...row(rouages, 'Collectif élargi').cells].map(text).slice(1, 3)).to.deep.equal(['50 %', '83 %']);

      const comparison = compareDiagnostics(before, after);
      const dimensions = tableByCaption(el, 'Évolution par dimension');
      for (const d of comparison.dimensions) {
        const title = framework.dimensions.find((x) => x.id === d.id)!.title;
        const points = Math.round(d.after! * 100) - Math.round(d.before! * 100);
        const expected = points > 0 ? `progresse de ${points} point${points > 1 ? 's' : ''}` : points < 0 ? `recule de ${-points} point${points < -1 ? 's' : ''}` : 'stable';
        expect(text(row(dimensions, title).cells[3]), title).to.equal(expected);
      }
      expect(text(row(dimensions, 'Valorisation').cells[3])).to.equal('recule de 2 points');
      expect(text(section(el, "Vue d'ensemble"))).to.contain('Score global : 58 % → 65 %, progresse de 7 points.');
      expect(all(el, '.moves').map((list) => text(list.querySelector('li')))).to.deep.equal(['Expérimentations : progresse de 34 points (33 % → 67 %)', 'Noyau dur : recule de 11 points (89 % → 78 %)']);

      expect(wheel(el).diagnostic).to.deep.equal(after);
      expect(wheel(el).compare).to.deep.equal(before);
      await expect(el).to.be.accessible();
    });

    it('keeps the properties\' meaning but says so when the earlier one is dated after', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .compare=${after} .diagnostic=${before}></rouages-report>`);
      await settle(el);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('Le diagnostic de référence (14 octobre 2022) est postérieur au diagnostic présenté (15 octobre 2021)');
      expect(text(row(tableByCaption(el, 'Évolution par rouage'), 'Collectif élargi').cells[3])).to.equal('recule de 33 points');
      await expect(el).to.be.accessible();
    });
  });

  describe('a case of the source', () => {
    it('shows the case: kind, period, summary, actions by dimension with their mode, pictures, and a plain wheel', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .case=${beauvaisis}></rouages-report>`);
      await settle(el);
      const c = beauvaisis as CooperationCase;
      expect(headings(el)[0]).to.deep.equal(['2', c.title]);
      expect([...root(el).querySelectorAll('.facts > div')].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`)).to.deep.equal(['Type de démarche: Accompagnement', 'Période: 2021', 'Projet: Emergence Beauvaisis']);
      expect(text(root(el))).to.contain(text({ textContent: c.summary } as ParentNode));
      expect(all(el, '.case-counts li').map(text)).to.deep.equal([
        'Acteurs : 4 actions (montée en compétences : 2, réalisation interne : 1)',
        "Transformation sociétale : 2 actions (appui d'un partenaire : 2)",
        'Ressources : 1 action (montée en compétences : 1)',
        'Valorisation : 3 actions (montée en compétences : 1, réalisation interne : 2)',
        'Ingénierie : 4 actions (montée en compétences : 1, réalisation interne : 3)',
      ]);
      // The plain map. Acteurs and Ingénierie tie with 4 actions: the report says so and brings neither forward.
      expect(text(section(el, 'Par dimension').querySelector('.hint'))).to.equal('Dimensions les plus citées, à égalité (4 actions) : Acteurs et Ingénierie.');
      expect(all(el, '.case-counts li.busiest').map((li) => text(li).split(' :')[0])).to.deep.equal(['Acteurs', 'Ingénierie']);
      expect(wheel(el).hasAttribute('highlight')).to.equal(false);
      expect(wheel(el).diagnostic).to.equal('');
      // One dimension cited most (Ingénierie, 4 actions of the Scène à vélos): brought forward on the wheel.
      el.case = asca as CooperationCase;
      await settle(el);
      expect(wheel(el).getAttribute('highlight')).to.equal('ingenierie');
      expect(text(section(el, 'Par dimension').querySelector('.hint'))).to.equal('En avant sur la roue : Ingénierie, la dimension la plus citée.');
      el.case = beauvaisis as CooperationCase;
      await settle(el);
      expect(wheel(el).shadowRoot!.querySelector('.hub-value')).to.equal(null);

      const actions = section(el, 'Les actions, par dimension');
      expect([...actions.querySelectorAll('.case-dimension > [role="heading"]')].map(text)).to.deep.equal([
        'Acteurs — 4 actions',
        'Transformation sociétale — 2 actions',
        'Ressources — 1 action',
        'Valorisation — 3 actions',
        'Ingénierie — 4 actions',
      ]);
      const godin = c.actions.find((a) => a.support === "appui de l'Institut Godin")!;
      const li = [...actions.querySelectorAll('.actions > li')].find((l) => text(l).startsWith(text({ textContent: godin.text } as ParentNode)))!;
      expect(text(li.querySelector('.mode'))).to.equal("Mode de réalisation : appui de l'Institut Godin");
      const both = [...actions.querySelectorAll('.mode')].map(text);
      expect(both).to.include('Mode de réalisation : montée en compétences, réalisation interne');
      expect(text(actions)).to.contain("Remarque : remise à plus tard au profit de l'animation de la communauté des porteurs de projets");
      expect(text(section(el, 'Illustrations'))).to.contain(c.pictures[0]!.caption);
      await expect(el).to.be.accessible();
    });

    it('shows a diagnostic case, its note, from JSON; and says why a bad case cannot be read', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .case=${JSON.stringify(mureaux)}></rouages-report>`);
      await settle(el);
      expect(text(root(el).querySelector('.facts'))).to.contain('Diagnostic');
      expect(text(root(el).querySelector('.notice.info'))).to.match(/^À noter : Le texte source de ce diagnostic/);
      expect(sectionTitles(el)).to.include('Les constats, par dimension');
      expect(all(el, '.case-counts li').map(text)[0]).to.equal('Acteurs : 2 constats');
      await expect(el).to.be.accessible();
      el.case = { ...mureaux, kind: 'projet' } as unknown as CooperationCase;
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.match(/^L'exemple n'a pas pu être lu : L'exemple d'accompagnement n'est pas valide\. kind : attendu l'une des valeurs/);
    });
  });

  describe('exports', () => {
    it('exports the report as CSV (one row per item and respondent) and JSON (the aggregate)', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee}></rouages-report>`);
      await settle(el);
      const csv = await captureDownload(() => button(el, 'Exporter pour un tableur (CSV)').click());
      expect(csv.name).to.equal('ptce-auton-hommes-phare-collectif.csv');
      expect(csv.type).to.equal('text/csv;charset=utf-8');
      // Blob.text() drops the byte order mark; the rest is the SDK's CSV, byte for byte.
      expect(csv.text).to.equal(toCSV(committee).replace(/^\uFEFF/, ''));
      const ratedItems = framework.rouages.reduce((n, r) => n + Math.max(1, r.indicators.length), 0);
      // Per respondent: its rated items, then a score row per rouage, per dimension and for the whole.
      const scoreRows = framework.rouages.length + framework.dimensions.length + 1;
      expect(csv.text.trim().split('\r\n')).to.have.length(1 + (ratedItems + scoreRows) * committee.length);

      const json = await captureDownload(() => button(el, 'Exporter la synthèse (JSON)').click());
      expect(json.name).to.equal('ptce-auton-hommes-phare-collectif.json');
      expect(JSON.parse(json.text)).to.deep.equal(JSON.parse(JSON.stringify(aggregateDiagnostics(committee))));
      expect(button(el, 'Imprimer')).to.exist;
    });

    it('exports the evolution with the plan\'s actions done between the two dates, as the screen shows them', async () => {
      let plan = createPlan({ project: after.project, id: 'plan' });
      for (const fields of [
        { rouage: 'pilote', text: 'Comité de pilotage mensuel', status: 'done' as const, doneAt: '2022-03-01' },
        { dimension: 'valorisation', text: 'Une lettre aux partenaires', status: 'done' as const, doneAt: '2022-05-01' },
        { rouage: 'pilote', text: 'Fait plus tard', status: 'done' as const, doneAt: '2023-01-10' },
      ]) {
        const added = addAction(plan, fields);
        if (!added.success) throw new Error(added.error.message);
        plan = added.data;
      }
      const el = await fixture<RouagesReport>(html`<rouages-report .compare=${before} .diagnostic=${after} .plan=${plan}></rouages-report>`);
      await settle(el);
      expect(text(section(el, 'Évolution par dimension et par rouage'))).to.contain('Comité de pilotage mensuel');
      const csv = await captureDownload(() => button(el, 'Exporter pour un tableur (CSV)').click());
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).to.contain('Actions du plan réalisées entre-temps');
      expect(lines.find((l) => l.includes('"Pilote"'))).to.contain('Comité de pilotage mensuel');
      expect(lines.find((l) => l.startsWith('"dimension";"Valorisation"'))).to.contain('Une lettre aux partenaires');
      expect(csv.text).not.to.contain('Fait plus tard');
      const json = JSON.parse((await captureDownload(() => button(el, 'Exporter la synthèse (JSON)').click())).text);
      expect(json.overall).to.deep.equal(JSON.parse(JSON.stringify(compareDiagnostics(before, after).overall)));
      expect(json.actionsDone.actions.map((a: { text: string }) => a.text)).to.deep.equal(['Comité de pilotage mensuel', 'Une lettre aux partenaires']);
      expect(json.actionsDone.byRouage.pilote).to.have.length(1);
    });
  });

  it('follows a provider\'s diagnostic, compare and diagnostics', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostics=${committee}><rouages-report></rouages-report></rouages-provider>`);
    const el = provider.querySelector('rouages-report') as RouagesReport;
    await settle(el);
    expect(headings(el)[0]![1]).to.equal("Diagnostic collectif — PTCE Auton'hommes (PHARE)");
    expect(all(el, '.respondents li')).to.have.length(5);
    await expect(provider).to.be.accessible();

    provider.diagnostics = undefined;
    provider.diagnostic = after;
    await provider.updateComplete;
    await settle(el);
    expect(headings(el)[0]![1]).to.equal("Rapport de diagnostic — PTCE Auton'hommes (PHARE)");
    expect(wheel(el).diagnostic).to.deep.equal(after);

    provider.compare = before;
    await provider.updateComplete;
    await settle(el);
    expect(headings(el)[0]![1]).to.equal("Évolution — PTCE Auton'hommes (PHARE)");
    // The report's wheel shows what the report shows, not what the provider holds.
    expect(wheel(el).aggregate).to.equal('');

    // Its own properties win.
    el.case = beauvaisis as CooperationCase;
    await settle(el);
    expect(headings(el)[0]![1]).to.equal((beauvaisis as CooperationCase).title);
    expect(wheel(el).diagnostic).to.equal('');
  });

  it('inside a provider, hands the files a person adds to it: a wheel beside the report shows the group', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostic=${committee[0]}><rouages-report></rouages-report><rouages-wheel></rouages-wheel></rouages-provider>`);
    const el = provider.querySelector('rouages-report') as RouagesReport;
    const beside = provider.querySelector('rouages-wheel') as RouagesWheel;
    await settle(el);
    expect(headings(el)[0]![1]).to.equal("Rapport de diagnostic — PTCE Auton'hommes (PHARE)");
    expect(beside.shadowRoot!.querySelector('.spread')).to.equal(null);
    await drop(el, [file('b.json', committee[1]), file('c.json', committee[2])]);
    await provider.updateComplete;
    await settle(el);
    await beside.updateComplete;
    expect(headings(el)[0]![1]).to.equal("Diagnostic collectif — PTCE Auton'hommes (PHARE)");
    expect(all(el, '.respondents li')).to.have.length(3);
    expect(provider.diagnostics).to.deep.equal(committee.slice(0, 3));
    // The wheel beside shows the three respondents: their spread, and the same overall as the report.
    expect(beside.shadowRoot!.querySelectorAll('.spread').length).to.be.greaterThan(0);
    expect(text(beside.shadowRoot!.querySelector('.hub-value'))).to.equal(percent(aggregateDiagnostics(committee.slice(0, 3), framework).overall));
    // Removing one goes to the provider too.
    button(el, `Retirer ${committee[1]!.respondent!.name} du rapport`).click();
    await el.updateComplete;
    await provider.updateComplete;
    await settle(el);
    expect(provider.diagnostics).to.deep.equal([committee[0], committee[2]]);
    expect(all(el, '.respondents li')).to.have.length(2);
  });

  it('inside a provider, removing a respondent with the keyboard leaves the focus on the next one\'s button, and Enter removes that one', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostics=${committee.slice(0, 3)}><rouages-report></rouages-report></rouages-provider>`);
    const el = provider.querySelector('rouages-report') as RouagesReport;
    await settle(el);
    const [first, second, third] = committee.map((d) => d.respondent!.name);
    button(el, `Retirer ${first} du rapport`).focus();
    await sendKeys({ press: 'Enter' });
    await provider.updateComplete;
    await settle(el);
    expect(provider.diagnostics).to.deep.equal([committee[1], committee[2]]);
    // The provider's list is now shorter: the button focused must still be the one it said.
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal(`Retirer ${second} du rapport`);
    await sendKeys({ press: 'Enter' });
    await provider.updateComplete;
    await settle(el);
    expect(all(el, '.respondents .who').map(text)).to.deep.equal([third]);
    expect(provider.diagnostics).to.deep.equal([committee[2]]);
  });

  it('speaks English', async () => {
    await loadBuiltInFramework('en');
    const el = await fixture<RouagesReport>(html`<rouages-report locale="en" .diagnostic=${before}></rouages-report>`);
    await settle(el);
    expect(headings(el)[0]![1]).to.equal("Diagnosis report — PTCE Auton'hommes (PHARE)");
    expect(sectionTitles(el)).to.deep.equal(['Overview', 'Scores by dimension and by phase', 'The next gears to work on', 'Answers to the open questions', 'Respondents', 'Export the report']);
    expect(text(root(el).querySelector('.lead'))).to.contain('October 15, 2021');
    expect(text(tableByCaption(el, 'Score by phase'))).to.contain('Emergence');
    expect(wheel(el).locale).to.equal('en');
    await expect(el).to.be.accessible();

    el.diagnostic = after;
    el.compare = before;
    await settle(el);
    expect(text(row(tableByCaption(el, 'Change by gear'), 'Wider collective').cells[3])).to.equal('up 33 points');

    el.diagnostic = undefined;
    el.compare = undefined;
    el.diagnostics = [committee[0]!, committee[3]!];
    await settle(el);
    expect(sectionTitles(el)[0]).to.equal('To discuss');
    expect(all(el, '.respondents .who').map(text)).to.deep.equal(['Camille', 'Respondent 2']);
    await expect(el).to.be.accessible();

    el.diagnostics = undefined;
    el.case = beauvaisis as CooperationCase;
    await settle(el);
    expect(text(root(el).querySelector('.facts'))).to.contain('Accompaniment');
    expect(text(section(el, 'The actions, by dimension'))).to.contain('How it was done: skills development, done in-house');
  });

  describe('paper and phone', () => {
    it('prints one section a page, nothing cut, the wheel 12 cm wide, no buttons', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee}></rouages-report>`);
      await settle(el);
      const style = (node: Element) => getComputedStyle(node);
      await emulateMedia({ media: 'print' });
      try {
        const sections = all(el, 'section');
        expect(sections.length).to.be.greaterThan(2);
        expect(style(sections[0]!).breakBefore).to.equal('auto');
        for (const later of sections.slice(1)) expect(style(later).breakBefore, text(later.querySelector('[role="heading"]'))).to.equal('page');
        expect(style(wheel(el)).breakInside).to.equal('avoid');
        // 12 cm at the CSS 96 px to the inch.
        expect(wheel(el).getBoundingClientRect().width).to.be.closeTo((12 / 2.54) * 96, 1);
        const unbroken = [...all(el, '.table'), ...all(el, '.discuss > li')];
        expect(all(el, '.discuss > li')).to.not.be.empty;
        for (const node of unbroken) expect(style(node).breakInside).to.equal('avoid');
        for (const node of [...all(el, 'button'), root(el).querySelector('.dropzone')!, section(el, 'Exporter le rapport')]) expect(style(node).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(style(section(el, 'Exporter le rapport')).display).to.not.equal('none');
      expect(style(all(el, 'section')[1]!).breakBefore).to.equal('auto');
    });

    it('prints the report, not the messages about the files given (a file left out, a duplicate)', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee.slice(0, 2)}></rouages-report>`);
      await settle(el);
      await choose(el, [file('abime.json', '{ not json'), file('double.json', committee[0]), file('trois.json', committee[2])]);
      const notices = all(el, '.notice');
      expect(notices.map((n) => text(n)).join(' ')).to.contain('abime.json');
      await emulateMedia({ media: 'print' });
      try {
        // Not laid out at all: nothing of them reaches the paper.
        for (const notice of notices) expect(notice.getClientRects().length, text(notice)).to.equal(0);
        // Page 1 opens with the title and the lead, then the report's first section.
        const title = root(el).querySelector('[part="title"]')!;
        expect(getComputedStyle(title).display).to.not.equal('none');
        expect(text(root(el).querySelector('.lead'))).to.match(/^3 répondants/);
        expect(getComputedStyle(all(el, 'section')[0]!).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      for (const notice of notices) expect(notice.getClientRects().length).to.equal(1);
    });

    it('at 320 px, wraps the evolution tables between words, never inside one; a table that cannot fit scrolls in a labelled, focusable region', async () => {
      const el = await fixture<RouagesReport>(html`<rouages-report .compare=${before} .diagnostic=${after}></rouages-report>`);
      el.style.display = 'block';
      el.style.width = '320px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await settle(el);
      const regions = all(el, '.table-scroll');
      expect(regions.length).to.be.at.least(2);
      for (const region of regions) {
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.tabIndex).to.equal(0);
        expect(region.getAttribute('aria-label')).to.equal(text(region.querySelector('caption')));
        expect(region.getBoundingClientRect().width).to.be.at.most(320.5);
      }
      const broken: string[] = [];
      for (const cell of all(el, '.table-scroll th, .table-scroll td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.textContent ?? '';
          for (const match of value.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
      }
      expect(broken, 'words broken across lines').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('colours progress and regression with 4.5:1 or more, on a light page by default and on a dark one with the dark tokens', async () => {
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      };
      const check = async (theme: Record<string, string>, background: string) => {
        const host = await fixture<HTMLDivElement>(html`<div><rouages-report .compare=${before} .diagnostic=${after}></rouages-report></div>`);
        host.style.background = background;
        for (const [name, value] of Object.entries(theme)) host.style.setProperty(name, value);
        const el = host.querySelector('rouages-report') as RouagesReport;
        await settle(el);
        for (const kind of ['up', 'down']) {
          const cell = root(el).querySelector(`td.change-${kind}`)!;
          expect(cell, kind).to.exist;
          expect(contrast(getComputedStyle(cell).color, getComputedStyle(host).backgroundColor), `${kind} on ${background}`).to.be.at.least(4.5);
        }
      };
      await check({}, '#ffffff');
      await check(darkTheme, '#17171f');
      // The README's dark page: #111.
      await check(darkTheme, '#111111');
    });

    it('is no wider than a 360 px phone in every state', async () => {
      const single = await fixture<RouagesReport>(html`<rouages-report .diagnostic=${before}></rouages-report>`);
      await fitsAt360(single);
      expect(all(single, 'section')).to.have.length(6);
      const group = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${committee}></rouages-report>`);
      await fitsAt360(group);
      const compared = await fixture<RouagesReport>(html`<rouages-report .compare=${before} .diagnostic=${after}></rouages-report>`);
      await fitsAt360(compared);
      const told = await fixture<RouagesReport>(html`<rouages-report .case=${beauvaisis}></rouages-report>`);
      await fitsAt360(told);
      const empty = await fixture<RouagesReport>(html`<rouages-report></rouages-report>`);
      await fitsAt360(empty);
    });
  });

  it('reports on 50 respondents: each listed once, the group\'s means and the points to discuss as the SDK computes them', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...committee[i % 5]!,
      respondent: i % 7 ? { name: `Personne ${i + 1}` } : undefined,
      createdAt: new Date(Date.UTC(2021, 9, 1, 0, i)).toISOString(),
      answers: Object.fromEntries(Object.keys(committee[0]!.answers).map((id, j) => [id, ((i * 7 + j * 3) % 4) as 0 | 1 | 2 | 3])),
    })) as Diagnostic[];
    const el = await fixture<RouagesReport>(html`<rouages-report .diagnostics=${many}></rouages-report>`);
    await settle(el);
    expect(all(el, '.respondents li')).to.have.length(50);
    expect(text(root(el).querySelector('.lead'))).to.match(/^50 répondants · /);
    const aggregate = aggregateDiagnostics(many, framework);
    expect(all(el, '.discuss > li')).to.have.length(aggregate.divergent.length);
    const means = tableByCaption(el, 'Moyenne et écart par rouage');
    for (const r of aggregate.rouages) expect(text(row(means, framework.rouages.find((x) => x.id === r.id)!.title).cells[1])).to.equal(percent(r.mean));
    // The wheel is handed the same list: it draws the group, not one respondent.
    expect(wheel(el).aggregate).to.deep.equal(many);
    expect(text(wheel(el).shadowRoot!.querySelector('.hub-value'))).to.equal(percent(aggregate.overall));
  });
});
