import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/rouages-plan/define.js';
import '../../src/elements/rouages-provider/define.js';
import '../../src/elements/rouage-card/define.js';
import '../../src/elements/rouages-wheel/define.js';
import '../../src/elements/rouages-report/define.js';
import '../../src/elements/rouages-questionnaire/define.js';
import phare2021 from '../../demo/samples/phare-2021.json';
import phare2022 from '../../demo/samples/phare-2022.json';
import type { RouagesProvider } from '../../src/elements/rouages-provider/rouages-provider.js';
import type { RouageCard } from '../../src/elements/rouage-card/rouage-card.js';
import type { RouagesPlan } from '../../src/elements/rouages-plan/rouages-plan.js';
import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { actionsFromCase, addAction, createPlan, createDiagnostic, framework, parseCase, planToCSV, type CooperationCase, type Plan } from '../../src/sdk/index.js';
import beauvaisis from '../../framework/cases/emergence-beauvaisis-2021.json';
import mureaux from '../../framework/cases/ptce-vivre-les-mureaux-2021-06.json';
import { captureDownload } from './helpers.js';
import { all, button, NOW, ok, one, root, text } from './plan-helpers.js';
import { writeDraft } from '../../src/state/draft.js';

const actionTexts = (el: RouagesPlan) => all(el, '.action-text').map((n) => text(n));
const live = (el: RouagesPlan) => text(one(el, '[role="status"][aria-live]'));
const deepActive = () => {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};

function samplePlan(): Plan {
  let p = createPlan({ project: 'PTCE illustratif', now: NOW, id: 'plan-test' });
  p = ok(addAction(p, { rouage: 'pilote', text: 'Réunir le comité de pilotage', owner: 'Association X', due: '2024-02-01' }, { now: NOW, id: 'a1' }));
  p = ok(addAction(p, { rouage: 'noyau-dur', text: 'Rédiger une charte', status: 'done', doneAt: '2024-02-15', modes: ['realisation-interne'] }, { now: NOW, id: 'a2' }));
  p = ok(addAction(p, { dimension: 'ressources', text: 'Chercher un financement', status: 'in-progress', due: '2024-06-30' }, { now: NOW, id: 'a3' }));
  return p;
}

/** The sample plan's French CSV with its first action's row as a person retyped it in a spreadsheet. */
function retypedFirstRow(retype: (row: string) => string): string {
  const lines = planToCSV(samplePlan()).split('\r\n');
  lines[1] = retype(lines[1]!);
  return lines.join('\r\n');
}

/** Gives the element a CSV file named plan.csv, as a person picks it. */
const importCsv = (el: RouagesPlan, csv: string) => importFile(el, fileOf('plan.csv', csv, 'text/csv'));

function fileOf(name: string, content: string, type: string): File {
  return new File([content], name, { type });
}

/** Gives a control a value as a person does, and sends the event the element listens to (`change` for a menu, `input` for text). */
function enter(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, type: 'change' | 'input' = 'change', bubbles = false) {
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles }));
}

/** Chooses a place (`r:<rouage>` or `d:<dimension>`) and types an action's text in the add form, as a person does. */
async function typeInAddForm(el: RouagesPlan, place: string, words: string) {
  const select = one<HTMLSelectElement>(el, '.add-form select[name="place"]');
  enter(select, place);
  await el.updateComplete;
  const textarea = one<HTMLTextAreaElement>(el, '.add-form textarea');
  enter(textarea, words, 'input');
}

/** Opens the edit form of the action `action` and types its new text, as a person does. */
async function typeInEditForm(el: RouagesPlan, action: string, words: string) {
  button(el, `Modifier l'action « ${action} »`).click();
  await el.updateComplete;
  const textarea = one<HTMLTextAreaElement>(el, 'form.edit textarea[name="text"]');
  enter(textarea, words, 'input', true);
  await el.updateComplete;
}

/** Chooses "postponed" in the first action's status menu: its reason is asked, with focus on the field (returned). */
async function askPostponement(el: RouagesPlan): Promise<HTMLInputElement> {
  const menu = one<HTMLSelectElement>(el, '.status-menu');
  enter(menu, 'postponed');
  await el.updateComplete;
  const reason = one<HTMLInputElement>(el, 'form.postpone input[name="reason"]');
  await waitUntil(() => deepActive() === reason, 'focus on the reason');
  return reason;
}

async function importFile(el: RouagesPlan, file: File) {
  const input = one<HTMLInputElement>(el, 'input.file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => el.value !== null, 'plan');
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Opens a questionnaire's results from its side list, as a person does, and waits for the next gears. */
async function openResults(questionnaire: HTMLElement & { updateComplete: Promise<boolean> }) {
  await questionnaire.updateComplete;
  await waitUntil(() => questionnaire.shadowRoot!.querySelector('a[href="#results"]'), 'the questionnaire opens');
  questionnaire.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#results"]')!.click();
  await waitUntil(() => questionnaire.shadowRoot!.querySelector('.add-to-plan'), 'the results show the next gears');
}

let keyCount = 0;
const freshKey = () => `plan-test-${Date.now()}-${keyCount++}`;

describe('<rouages-plan>', () => {
  afterEach(() => localStorage.clear());

  it('shows the plan grouped by dimension and rouage, in the method order, with statuses, overdue and counts', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()} today="2024-03-01"></rouages-plan>`);
    expect(text(one(el, '.title'))).to.equal('Plan d’actions — PTCE illustratif'.replace('’', "'"));
    expect(all(el, '.dimension-title').map(text)).to.deep.equal(['Acteurs', 'Ressources']);
    expect(all(el, '.rouage-title').map(text)).to.deep.equal(['Pilote', 'Noyau dur', 'Actions de la dimension']);
    expect(actionTexts(el)).to.deep.equal(['Réunir le comité de pilotage', 'Rédiger une charte', 'Chercher un financement']);
    expect(text(one(el, '.counts'))).to.equal('3 actions, dont 1 réalisée, 1 en retard.');
    const first = one(el, '.action');
    expect(text(first)).to.contain('En retard').and.contain('Association X').and.contain('1 févr. 2024');
    expect(text(all(el, '.action')[1])).to.contain('Réalisée').and.contain('Réalisation interne');
  });

  it('adds an action from a next gear by keyboard: tool as starting text, focus on what was added, announced', async () => {
    const diagnostic = createDiagnostic({ project: 'PTCE illustratif' });
    const el = await fixture<RouagesPlan>(html`<rouages-plan project="PTCE illustratif" .diagnostic=${diagnostic}></rouages-plan>`);
    expect(text(one(el, '.empty'))).to.contain('Aucune action');
    const planFor = button(el, 'Planifier pour Pilote');
    planFor.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => deepActive()?.matches('select.tool'), 'focus goes to the tools of the chosen rouage');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const textarea = one<HTMLTextAreaElement>(el, '.add-form textarea');
    const firstTool = framework.rouages.find((r) => r.id === 'pilote')!.tools[0]!;
    expect(textarea.value, 'the example tool is the starting text').to.equal(firstTool.text);
    textarea.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' avec la mairie' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Association X' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => actionTexts(el).length === 1, 'the action is added');
    expect(actionTexts(el)).to.deep.equal([`${firstTool.text} avec la mairie`]);
    const plan = el.value!;
    expect(plan.actions[0]).to.include({ rouage: 'pilote', dimension: 'acteurs', tool: firstTool.id, owner: 'Association X', status: 'planned' });
    await waitUntil(() => deepActive()?.classList.contains('action-text'), 'focus goes to the action added');
    await waitUntil(() => live(el).startsWith('Action ajoutée'), 'announced');
  });

  it('adds an action freely, by pointer, on a whole dimension; refuses an empty text', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan project="P"></rouages-plan>`);
    await typeInAddForm(el, 'd:valorisation', 'Écrire le récit du projet');
    button(el, "Ajouter l'action").click();
    await el.updateComplete;
    expect(el.value!.actions[0]).to.include({ dimension: 'valorisation', text: 'Écrire le récit du projet' });
    expect(el.value!.actions[0]).not.to.have.property('rouage');
  });

  it('edits status, mode, partner, owner and dates by pointer; removing can be undone', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()} today="2024-03-01"></rouages-plan>`);
    const changes: Plan[] = [];
    el.addEventListener('rouages-plan-change', (e) => changes.push(e.detail.plan));
    const status = one<HTMLSelectElement>(el, '.action .controls select');
    expect(status.getAttribute('aria-label')).to.equal("Statut de l'action « Réunir le comité de pilotage »");
    enter(status, 'in-progress');
    await el.updateComplete;
    expect(el.value!.actions[0]!.status).to.equal('in-progress');
    button(el, "Modifier l'action « Réunir le comité de pilotage »").click();
    await el.updateComplete;
    const form = one<HTMLFormElement>(el, 'form.edit');
    form.querySelector<HTMLSelectElement>('[name="status"]')!.value = 'postponed';
    form.querySelector<HTMLInputElement>('[name="reason"]')!.value = "au profit de l'animation";
    form.querySelector<HTMLInputElement>('[value="appui-partenaire"]')!.checked = true;
    form.querySelector<HTMLInputElement>('[name="partner"]')!.value = 'Institut Godin';
    form.querySelector<HTMLInputElement>('[name="owner"]')!.value = '';
    form.querySelector<HTMLInputElement>('[name="due"]')!.value = '2024-09-30';
    button(el, 'Enregistrer').click();
    await el.updateComplete;
    const edited = el.value!.actions[0]!;
    expect(edited).to.include({ status: 'postponed', reason: "au profit de l'animation", partner: 'Institut Godin', due: '2024-09-30' });
    expect(edited.modes).to.deep.equal(['appui-partenaire']);
    expect(edited).not.to.have.property('owner');
    expect(changes.length).to.equal(2);
    button(el, "Supprimer l'action « Réunir le comité de pilotage »").click();
    await el.updateComplete;
    expect(actionTexts(el)).not.to.include('Réunir le comité de pilotage');
    await waitUntil(() => deepActive()?.classList.contains('undo'), 'focus goes to undo');
    button(el, 'Rétablir').click();
    await el.updateComplete;
    expect(actionTexts(el)[0]).to.equal('Réunir le comité de pilotage');
  });

  it('filters by status, dimension and overdue', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()} today="2024-03-01"></rouages-plan>`);
    const select = (cls: string, value: string) => {
      const s = one<HTMLSelectElement>(el, cls);
      enter(s, value);
    };
    select('.filter-status', 'done');
    await el.updateComplete;
    expect(actionTexts(el)).to.deep.equal(['Rédiger une charte']);
    expect(text(one(el, '.shown'))).to.equal('1 action affichée sur 3.');
    select('.filter-status', '');
    await el.updateComplete;
    select('.filter-dimension', 'ressources');
    await el.updateComplete;
    expect(actionTexts(el)).to.deep.equal(['Chercher un financement']);
    select('.filter-dimension', '');
    await el.updateComplete;
    one<HTMLInputElement>(el, '.filter-overdue').click();
    await el.updateComplete;
    expect(actionTexts(el)).to.deep.equal(['Réunir le comité de pilotage']);
  });

  it('saves under storage-key and restores on reload; a second element on the key sees it', async () => {
    const key = freshKey();
    const el = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    const status = one<HTMLSelectElement>(el, '.action .controls select');
    enter(status, 'done');
    await el.updateComplete;
    el.remove();
    const again = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key}></rouages-plan>`);
    expect(again.value!.id).to.equal('plan-test');
    expect(again.value!.actions[0]!.status).to.equal('done');
    expect(text(one(again, '.notice'))).to.contain('Le plan enregistré dans ce navigateur a été repris');
  });

  it("another tab's save under the key is merged in, and said; an element out of the page no longer listens", async () => {
    const key = freshKey();
    const el = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    const otherTab = (plan: Plan) => {
      const stored = JSON.stringify({ format: 'rouages-plan-draft/1', plan });
      localStorage.setItem(`${key}:plan`, stored);
      window.dispatchEvent(new StorageEvent('storage', { key: `${key}:plan`, newValue: stored }));
    };
    otherTab(ok(addAction(el.value!, { rouage: 'pilote', text: "Action de l'autre onglet" }, { now: new Date('2024-03-02T09:00:00.000Z'), id: 'b1' })));
    await el.updateComplete;
    expect(actionTexts(el)).to.include("Action de l'autre onglet").and.include('Réunir le comité de pilotage');
    expect(all(el, '.notice').map(text).join(' ')).to.contain('modifié dans un autre onglet');
    const held = el.value!;
    el.remove();
    otherTab(ok(addAction(held, { rouage: 'pilote', text: 'Après le départ' }, { now: new Date('2024-03-03T09:00:00.000Z'), id: 'b2' })));
    await el.updateComplete;
    expect(el.value, 'not read by an element out of the page').to.equal(held);
  });

  it('shares a storage-key with the questionnaire of the same project: each comes back after a reload', async () => {
    const key = freshKey();
    const diagnostic = createDiagnostic({ project: 'PTCE illustratif' });
    diagnostic.answers['pilote.i1'] = 2;
    // The person's questionnaire draft, as the questionnaire writes it.
    localStorage.setItem(key, writeDraft({ diagnostic, place: { step: 'rouage', rouage: 'pilote' } }));
    const plan = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    const status = one<HTMLSelectElement>(plan, '.action .controls select');
    enter(status, 'done');
    await plan.updateComplete;
    plan.remove();
    const again = await fixture<HTMLElement>(html`<div>
      <rouages-questionnaire storage-key=${key}></rouages-questionnaire>
      <rouages-plan storage-key=${key}></rouages-plan>
    </div>`);
    const q = again.querySelector('rouages-questionnaire') as HTMLElement & { value: { answers: Record<string, unknown> } | null; updateComplete: Promise<unknown> };
    const plan2 = again.querySelector<RouagesPlan>('rouages-plan')!;
    await Promise.all([q.updateComplete, plan2.updateComplete]);
    expect(plan2.value!.actions[0]!.status).to.equal('done');
    expect(q.value?.answers['pilote.i1']).to.equal(2);
  });

  it('imports a good JSON file, a CSV file, and names what is wrong in a bad one, keeping the plan', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan project="PTCE illustratif"></rouages-plan>`);
    const original = el.value!;
    await importFile(el, fileOf('plan.json', '{"schema":"rouages-plan/1","id":"x"}', 'application/json'));
    await waitUntil(() => all(el, '.notice.error').length === 1, 'error shown');
    expect(text(one(el, '.notice.error'))).to.contain('« plan.json » n\'a pas été importé').and.contain("Le plan d'actions n'est pas valide");
    expect(el.value).to.equal(original);
    await importFile(el, fileOf('plan.json', JSON.stringify(samplePlan()), 'application/json'));
    await waitUntil(() => actionTexts(el).length === 3, 'imported');
    await importFile(el, fileOf('broken.csv', 'a;b\r\n1;2', 'text/csv'));
    await waitUntil(() => all(el, '.notice.error').length === 1, 'csv error shown');
    expect(actionTexts(el)).to.have.length(3);
    // Rows of the same project add to the actions held (another project's CSV asks first: below).
    const csv = planToCSV({ ...actionsFromCase(ok(parseCase(beauvaisis))), project: 'PTCE illustratif' });
    await importFile(el, fileOf('beauvaisis.csv', csv, 'text/csv'));
    await waitUntil(() => actionTexts(el).length === 17, 'csv rows added to the 3 actions held: nothing removed');
  });

  it('asks before replacing a plan of another project with a file, and keeps the first aside', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const other = actionsFromCase(ok(parseCase(beauvaisis)));
    await importFile(el, fileOf('other.json', JSON.stringify(other), 'application/json'));
    await waitUntil(() => all(el, '.confirm').length === 1, 'asks');
    expect(el.value!.id).to.equal('plan-test');
    button(el, 'Remplacer').click();
    await el.updateComplete;
    expect(el.value!.id).to.equal(other.id);
    button(el, 'Le reprendre').click();
    await el.updateComplete;
    expect(el.value!.id).to.equal('plan-test');
  });

  it('exports JSON and CSV', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const json = await captureDownload(() => one<HTMLButtonElement>(el, '.export-json').click());
    expect(json.name).to.equal('plan-ptce-illustratif.json');
    expect(JSON.parse(json.text)).to.deep.equal(samplePlan());
    const csv = await captureDownload(() => one<HTMLButtonElement>(el, '.export-csv').click());
    expect(csv.name).to.equal('plan-ptce-illustratif.csv');
    // The file starts with a byte order mark, which Blob.text() reads away.
    expect(csv.text).to.equal(planToCSV(samplePlan()).replace(/^\uFEFF/, ''));
    expect(new Uint8Array(await new Blob([planToCSV(samplePlan())]).arrayBuffer()).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('read-only: no control that changes the plan', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan readonly .plan=${samplePlan()}></rouages-plan>`);
    expect(all(el, '.controls, .add, input.file')).to.have.length(0);
    expect(all(el, '.export-json, .export-csv, .print')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows a case of the source as a plan, saying its dimensions are a reading, and the Mureaux note', async () => {
    const plan = actionsFromCase(ok(parseCase(beauvaisis)));
    const el = await fixture<RouagesPlan>(html`<rouages-plan readonly .plan=${plan}></rouages-plan>`);
    expect(text(one(el, '.reading'))).to.contain("C'est une lecture de la source, pas ses mots");
    expect(text(root(el))).to.contain('Remise à plus tard').and.contain("remise à plus tard au profit de l'animation");
    const m = await fixture<RouagesPlan>(html`<rouages-plan readonly .plan=${actionsFromCase(mureaux as CooperationCase)}></rouages-plan>`);
    expect(text(one(m, '.note'))).to.contain('Valenciennois').and.contain('pas Les Mureaux');
    // A diagnostic: findings (« constats »), not actions done.
    expect(all(m, '.action')).to.have.length(0);
    expect(text(one(m, '.findings'))).to.contain('Constats du diagnostic').and.contain('pas des actions réalisées');
    expect(all(m, '.finding').length).to.equal((mureaux as CooperationCase).actions.length);
    expect(text(one(m, '.counts'))).to.contain('0 action');
    expect(all(m, '.badge')).to.have.length(0);
  });

  it('speaks English', async () => {
    await loadBuiltInFramework('en');
    const el = await fixture<RouagesPlan>(html`<rouages-plan locale="en" today="2024-03-01" .plan=${samplePlan()}></rouages-plan>`);
    await waitUntil(() => all(el, '.dimension-title').length > 0);
    expect(all(el, '.dimension-title').map(text)).to.deep.equal(['Actors', 'Resources']);
    expect(text(one(el, '.counts'))).to.equal('3 actions, 1 done, 1 overdue.');
    expect(text(root(el))).to.contain('Overdue').and.contain('Done in-house').and.contain('Feb 1, 2024');
  });

  it('is a form control: its value goes with the form, reset returns to the plan given', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rouages-plan name="plan" .plan=${samplePlan()}></rouages-plan></form>`);
    const el = form.querySelector('rouages-plan')!;
    await el.updateComplete;
    expect(JSON.parse(String(new FormData(form).get('plan')))).to.deep.equal(samplePlan());
    const status = one<HTMLSelectElement>(el, '.action .controls select');
    enter(status, 'done');
    await el.updateComplete;
    expect(JSON.parse(String(new FormData(form).get('plan'))).actions[0].status).to.equal('done');
    form.reset();
    await el.updateComplete;
    expect(el.value!.actions[0]!.status).to.equal('planned');
  });

  it('required: the form is invalid while the plan has no action; a disabled fieldset locks it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><rouages-plan name="plan" required project="P"></rouages-plan></fieldset></form>`);
    const el = form.querySelector('rouages-plan')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Ajoutez au moins une action au plan.');
    expect(new FormData(form).get('plan')).to.equal(null);
    await typeInAddForm(el, 'r:pilote', 'Une action');
    button(el, "Ajouter l'action").click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    form.querySelector('fieldset')!.disabled = true;
    await waitUntil(() => all(el, '.controls, .add').length === 0, 'locked by the disabled fieldset');
  });

  it('is accessible (axe) while editing, and fits 320 px without sideways scroll', async () => {
    const diagnostic = createDiagnostic({ project: 'P' });
    const el = await fixture<RouagesPlan>(html`<rouages-plan today="2024-03-01" .diagnostic=${diagnostic} .plan=${samplePlan()}></rouages-plan>`);
    button(el, "Modifier l'action « Réunir le comité de pilotage »").click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const base = one(el, '.root');
    const limit = base.getBoundingClientRect().right + 0.5;
    const wide = all(el, '*').filter((n) => n.getBoundingClientRect().right > limit).map((n) => `<${n.localName} class="${n.getAttribute('class') ?? ''}">`);
    expect(wide, 'elements wider than the plan').to.deep.equal([]);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('tells the page of each change', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const status = one<HTMLSelectElement>(el, '.action .controls select');
    status.value = 'in-progress';
    setTimeout(() => status.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'rouages-plan-change');
    expect(event.detail.plan.actions[0].status).to.equal('in-progress');
  });

  describe('through the provider', () => {
    it('the provider holds the plan: the plan edits it, the card lists its rouage\'s actions', async () => {
      const provider = await fixture<RouagesProvider>(html`<rouages-provider .plan=${samplePlan()}>
        <rouages-plan today="2024-03-01"></rouages-plan>
        <rouage-card rouage="pilote"></rouage-card>
      </rouages-provider>`);
      const el = provider.querySelector('rouages-plan')!;
      const card = provider.querySelector<RouageCard>('rouage-card')!;
      await el.updateComplete;
      await card.updateComplete;
      const cardText = () => text(card.shadowRoot!.querySelector('.plan'));
      expect(cardText()).to.contain('Actions du plan').and.contain('Prévue Réunir le comité de pilotage');
      const status = one<HTMLSelectElement>(el, '.action .controls select');
      enter(status, 'done');
      await el.updateComplete;
      await provider.updateComplete;
      await card.updateComplete;
      expect((provider.plan as Plan).actions[0]!.status).to.equal('done');
      expect(cardText()).to.contain('Réalisée Réunir le comité de pilotage');
      expect(text(card.shadowRoot!.querySelector('.plan'))).not.to.contain('Rédiger une charte');
    });

    it('the wheel marks the rouages with actions to do and done, in its outline and in words', async () => {
      const provider = await fixture<RouagesProvider>(html`<rouages-provider .plan=${samplePlan()}>
        <rouages-plan></rouages-plan>
        <rouages-wheel></rouages-wheel>
      </rouages-provider>`);
      const el = provider.querySelector('rouages-plan')!;
      const wheel = provider.querySelector('rouages-wheel')!;
      await el.updateComplete;
      await wheel.updateComplete;
      const cell = (id: string) => wheel.shadowRoot!.querySelector(`g.cell[data-id="${id}"]`)!;
      // The provider loads the plan's rules when it is given a plan (src/elements/shared/plan-rules.ts), then updates the wheel.
      await waitUntil(() => cell('pilote').classList.contains('plan-open'), "the wheel's marks once the plan's rules are loaded");
      expect(cell('pilote').getAttribute('aria-label')).to.contain('1 action du plan à faire');
      expect(cell('noyau-dur').classList.contains('plan-done')).to.equal(true);
      expect(cell('noyau-dur').getAttribute('aria-label')).to.contain('1 action du plan réalisée');
      expect(cell('diagnostic').classList.contains('plan-open') || cell('diagnostic').classList.contains('plan-done')).to.equal(false);
      const status = one<HTMLSelectElement>(el, '.action .controls select');
      enter(status, 'done');
      await el.updateComplete;
      await provider.updateComplete;
      await wheel.updateComplete;
      expect(cell('pilote').classList.contains('plan-done')).to.equal(true);
    });

    it("the report's evaluation over time lists, per rouage, the plan's actions done between the two days", async () => {
      let plan = createPlan({ project: "PTCE Auton'hommes (PHARE)", now: NOW, id: 'p' });
      plan = ok(addAction(plan, { rouage: 'collectif-elargi', text: 'Rencontres avec des habitants', status: 'done', doneAt: '2022-03-10' }, { now: NOW, id: 'x1' }));
      plan = ok(addAction(plan, { rouage: 'collectif-elargi', text: 'Avant le premier diagnostic', status: 'done', doneAt: '2021-10-15' }, { now: NOW, id: 'x2' }));
      plan = ok(addAction(plan, { dimension: 'ressources', text: 'Dossier de financement', status: 'done', doneAt: '2022-06-01' }, { now: NOW, id: 'x3' }));
      const provider = await fixture<RouagesProvider>(html`<rouages-provider .plan=${plan}><rouages-report .diagnostic=${phare2022} .compare=${phare2021}></rouages-report></rouages-provider>`);
      const report = provider.querySelector('rouages-report')!;
      await report.updateComplete;
      const table = [...report.shadowRoot!.querySelectorAll('table')].find((t) => [...t.querySelectorAll('thead th')].some((th) => text(th) === 'Actions du plan réalisées entre-temps'))!;
      expect(table, 'a column beside the change').to.exist;
      const row = [...table.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th')) === 'Collectif élargi')!;
      expect(text(row.querySelector('.done-actions'))).to.equal('Rencontres avec des habitants');
      expect(text(report.shadowRoot!.querySelector('.done-dimension'))).to.contain('Dossier de financement');
    });

    it('the report says a case\'s dimensions are a reading of the source', async () => {
      const report = await fixture(html`<rouages-report .case=${beauvaisis}></rouages-report>`);
      await (report as RouagesPlan).updateComplete;
      expect(text(report.shadowRoot!.querySelector('.reading'))).to.contain("C'est une lecture de la source, pas ses mots");
    });

    it("the questionnaire's results offer \"add to the plan\" on each next gear; the plan shows it", async () => {
      const diagnostic = createDiagnostic({ project: 'PTCE illustratif' });
      diagnostic.answers['pilote.i1'] = 3;
      const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostic=${diagnostic}>
        <rouages-questionnaire .value=${diagnostic}></rouages-questionnaire>
        <rouages-plan></rouages-plan>
      </rouages-provider>`);
      const questionnaire = provider.querySelector('rouages-questionnaire')!;
      const el = provider.querySelector('rouages-plan')!;
      await openResults(questionnaire);
      const add = [...questionnaire.shadowRoot!.querySelectorAll<HTMLButtonElement>('.add-to-plan')].find((b) => text(b).endsWith(': Noyau dur'))!;
      expect(text(add.querySelector('.plan-add-label:not([hidden])'))).to.equal('Ajouter au plan');
      add.click();
      await waitUntil(() => actionTexts(el).length === 1, 'added to the plan');
      expect(el.value!.actions[0]).to.include({ rouage: 'noyau-dur', status: 'planned' });
      expect(el.value!.project).to.equal('PTCE illustratif');
      // Told, shown on the button, and a second click adds nothing.
      const status = add.parentElement!.querySelector('.plan-add-status')!;
      await waitUntil(() => text(status) === 'Ajouté au plan : Noyau dur.', 'announced');
      expect(text(add.querySelector('.plan-added-label:not([hidden])'))).to.equal('Dans le plan');
      add.click();
      await waitUntil(() => text(status) === 'Déjà dans le plan : Noyau dur.', 'already there');
      await el.updateComplete;
      expect(el.value!.actions).to.have.length(1);
    });

    it('"Dans le plan" stays on the gear that was added: when another tab\'s answers change the next gears under the person\'s eyes, the new first gear offers "Ajouter au plan"', async () => {
      const key = `test-${Math.random().toString(36).slice(2)}`;
      const diagnostic = createDiagnostic({ project: 'PTCE illustratif' });
      diagnostic.answers['pilote.i1'] = 3;
      const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostic=${diagnostic}>
        <rouages-questionnaire storage-key=${key} .value=${diagnostic}></rouages-questionnaire>
        <rouages-plan></rouages-plan>
      </rouages-provider>`);
      const questionnaire = provider.querySelector('rouages-questionnaire')!;
      const el = provider.querySelector('rouages-plan')!;
      await openResults(questionnaire);
      const first = () => questionnaire.shadowRoot!.querySelector<HTMLButtonElement>('.add-to-plan')!;
      const added = text(first().querySelector('.visually-hidden'));
      first().click();
      await waitUntil(() => actionTexts(el).length === 1, 'added to the plan');
      const addedRouage = el.value!.actions[0]!.rouage;
      expect(text(first().querySelector('.plan-added-label:not([hidden])'))).to.equal('Dans le plan');
      // Another tab completes that gear: it is no longer a next gear, another takes its place.
      const done = framework.rouages.find((r) => r.id === addedRouage)!;
      const answers = { ...diagnostic.answers, ...Object.fromEntries((done.indicators.length ? done.indicators : [{ id: `${done.id}.mission` }]).map((i) => [i.id, 3])) };
      const later = { ...diagnostic, answers, updatedAt: new Date(Date.now() + 60000).toISOString() };
      localStorage.setItem(key, writeDraft({ diagnostic: later, place: { step: 'results' } }));
      window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
      await waitUntil(() => text(first().querySelector('.visually-hidden')) !== added, 'the next gears changed');
      await questionnaire.updateComplete;
      expect(text(first().querySelector('.plan-add-label:not([hidden]), .plan-added-label:not([hidden])')), `${text(first().querySelector('.visually-hidden'))} is not in the plan`).to.equal('Ajouter au plan');
      Object.keys(localStorage).forEach((k) => k.startsWith(key) && localStorage.removeItem(k));
    });

    it('"add to the plan" outside a provider says that no plan can receive it', async () => {
      const diagnostic = createDiagnostic({ project: 'Seul' });
      diagnostic.answers['pilote.i1'] = 3;
      const q = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<rouages-questionnaire .value=${diagnostic}></rouages-questionnaire>`);
      await openResults(q);
      const add = q.shadowRoot!.querySelector<HTMLButtonElement>('.add-to-plan')!;
      add.click();
      const status = add.parentElement!.querySelector('.plan-add-status')!;
      await waitUntil(() => text(status).startsWith('Aucun plan sur cette page'), 'explained');
      expect(add.querySelector('.plan-added-label')!.hasAttribute('hidden')).to.equal(true);
    });

    it('"add to the plan" from an element inside: a new plan for the diagnostic\'s project, shown by the plan', async () => {
      const diagnostic = createDiagnostic({ project: 'PTCE illustratif' });
      const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostic=${diagnostic}><rouages-plan></rouages-plan><span></span></rouages-provider>`);
      const el = provider.querySelector('rouages-plan')!;
      await el.updateComplete;
      provider.querySelector('span')!.dispatchEvent(new CustomEvent('rouages-plan-add', { bubbles: true, composed: true, detail: { rouage: 'noyau-dur', text: 'Une charte', tool: 'noyau-dur.t1' } }));
      await provider.updateComplete;
      await waitUntil(() => actionTexts(el).length === 1, 'shown in the plan');
      expect(el.value!.project).to.equal('PTCE illustratif');
      expect(el.value!.actions[0]).to.include({ rouage: 'noyau-dur', tool: 'noyau-dur.t1', status: 'planned' });
    });
  });
});

describe('<rouages-plan>: files, days and notices', () => {
  afterEach(() => localStorage.clear());
  const notice = (el: RouagesPlan) => all(el, '.notice').map(text).join(' ');

  it('a CSV edited in a spreadsheet updates the actions it names, readable status included, and says how many', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()} today="2024-03-05"></rouages-plan>`);
    await importCsv(el, retypedFirstRow((row) => row.replace('"Réunir le comité de pilotage"', '"Réunir le comité chaque mois"').replace('"Prévue"', '"Réalisée"')));
    await waitUntil(() => notice(el).includes('importé'), 'told');
    const first = el.value!.actions.find((a) => a.id === 'a1')!;
    expect(first.text).to.equal('Réunir le comité chaque mois');
    expect(first.status).to.equal('done');
    expect(first.doneAt).to.equal('2024-03-05');
    expect(notice(el)).to.contain('1 action mise à jour, 0 ajoutée');
    await importFile(el, fileOf('plan.csv', planToCSV(el.value!), 'text/csv'));
    await waitUntil(() => notice(el).includes('identique au plan'), 'identical CSV told');
  });

  it('a CSV whose rouage and due day were retyped in a spreadsheet (« Noyau dur », 29/11/2026) moves and dates the action; an impossible day is named', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()} today="2024-03-05"></rouages-plan>`);
    await importCsv(el, retypedFirstRow((row) => row.replace('"Pilote"', '"Noyau dur"').replace('"2024-02-01"', '"29/11/2026"')));
    await waitUntil(() => notice(el).includes('1 action mise à jour'), 'told');
    expect(el.value!.actions.find((a) => a.id === 'a1')).to.include({ rouage: 'noyau-dur', dimension: 'acteurs', due: '2026-11-29' });
    await importCsv(el, retypedFirstRow((row) => row.replace('"2024-02-01"', '"31/11/2026"')));
    await waitUntil(() => all(el, '.notice.error').length === 1, 'refused');
    expect(notice(el)).to.contain("« 31/11/2026 » n'est pas un jour du calendrier");
  });

  it("another project's CSV is not merged: the person is asked, and the current plan is kept aside", async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const other = ok(addAction(createPlan({ project: 'Autre projet', now: NOW, id: 'other' }), { rouage: 'pilote', text: 'Action ailleurs' }, { now: NOW, id: 'z1' }));
    await importFile(el, fileOf('autre.csv', planToCSV(other), 'text/csv'));
    await waitUntil(() => all(el, '.confirm').length === 1, 'asks');
    expect(el.value!.project).to.equal('PTCE illustratif');
    expect(actionTexts(el)).to.not.include('Action ailleurs');
    expect(text(one(el, '.confirm'))).to.contain('Autre projet');
    one<HTMLButtonElement>(el, '.confirm-replace').click();
    await el.updateComplete;
    expect(el.value!.project).to.equal('Autre projet');
    expect(actionTexts(el)).to.deep.equal(['Action ailleurs']);
    expect(one(el, '.bring-back')).to.exist;
  });

  it('a JSON file identical to the plan says so; a broken one names no engine text', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    await importFile(el, fileOf('plan.json', JSON.stringify(samplePlan()), 'application/json'));
    await waitUntil(() => notice(el).includes('identique au plan'), 'identical JSON told');
    await importFile(el, fileOf('broken.json', '{"schema": "rouages-plan/1", ', 'application/json'));
    await waitUntil(() => all(el, '.notice.error').length === 1, 'error shown');
    expect(notice(el)).to.contain("n'a pas été importé").and.not.match(/Unexpected|Expected|position|JSON at/);
  });

  it('the « restored » notice goes once the person acts; a page plan that storage overrides is kept aside with a word', async () => {
    const key = freshKey();
    const first = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    await first.updateComplete;
    first.remove();
    const other = ok(addAction(createPlan({ project: 'Page', now: NOW, id: 'page-plan' }), { rouage: 'pilote', text: 'Action de la page' }, { now: NOW, id: 'p1' }));
    const el = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${other}></rouages-plan>`);
    expect(el.value!.project).to.equal('PTCE illustratif');
    expect(notice(el)).to.contain('Page').and.contain('mis de côté');
    expect(one(el, '.bring-back')).to.exist;
    expect(notice(el)).to.contain('a été repris');
    const select = all<HTMLSelectElement>(el, '.controls select')[0]!;
    enter(select, 'in-progress');
    await el.updateComplete;
    expect(notice(el)).to.not.contain('Le plan enregistré dans ce navigateur a été repris');
  });

  it('in a disabled fieldset, nothing that changes the plan is offered (no « Le reprendre »)', async () => {
    const key = freshKey();
    const first = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    first.remove();
    const other = ok(addAction(createPlan({ project: 'Page', now: NOW, id: 'page-plan' }), { rouage: 'pilote', text: 'Action de la page' }, { now: NOW, id: 'p1' }));
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><rouages-plan storage-key=${key} .plan=${other}></rouages-plan></fieldset></form>`);
    const el = form.querySelector('rouages-plan') as RouagesPlan;
    await el.updateComplete;
    expect(root(el).querySelector('.bring-back')).to.equal(null);
  });

  it("overdue and « done » count the person's local day, and the card agrees with the plan", async () => {
    const d = new Date();
    const yesterday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1);
    const local = (x: Date) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
    const p = ok(addAction(createPlan({ project: 'P', now: NOW, id: 'p' }), { rouage: 'pilote', text: 'Une action', due: local(yesterday) }, { now: NOW, id: 'x1' }));
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${p}></rouages-plan>`);
    expect(root(el).querySelector('.badge.overdue')).to.exist;
    const select = all<HTMLSelectElement>(el, '.controls select')[0]!;
    enter(select, 'done');
    await el.updateComplete;
    expect(el.value!.actions[0]!.doneAt).to.equal(local(new Date()));
  });
});

describe('<rouages-plan>: forms kept, keyboard, postponing', () => {
  afterEach(() => localStorage.clear());

  it('with storage-key, a reload keeps what was being typed in the add form and in an open edit form', async () => {
    const key = freshKey();
    const first = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    const area = one<HTMLTextAreaElement>(first, '.add-form textarea');
    enter(area, 'Une action en cours de frappe', 'input');
    const owner = one<HTMLInputElement>(first, '.add-form input[name="owner"]');
    enter(owner, 'La mairie', 'input');
    await typeInEditForm(first, 'Chercher un financement', 'Chercher deux financements');
    first.remove();
    const el = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key}></rouages-plan>`);
    await el.updateComplete;
    expect(one<HTMLTextAreaElement>(el, '.add-form textarea').value).to.equal('Une action en cours de frappe');
    expect(one<HTMLInputElement>(el, '.add-form input[name="owner"]').value).to.equal('La mairie');
    expect(one<HTMLTextAreaElement>(el, 'form.edit textarea[name="text"]').value).to.equal('Chercher deux financements');
  });

  it('what was kept of the forms goes once the action is added and the edit saved: a reload shows empty forms', async () => {
    const key = freshKey();
    const first = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    await typeInAddForm(first, 'r:pilote', 'Inviter les partenaires');
    await typeInEditForm(first, 'Chercher un financement', 'Chercher deux financements');
    expect(localStorage.getItem(`${key}:plan:forms`), 'kept while typed').to.contain('Inviter les partenaires').and.contain('Chercher deux financements');
    button(first, "Ajouter l'action").click();
    await first.updateComplete;
    button(first, 'Enregistrer').click();
    await first.updateComplete;
    expect(first.value!.actions.map((a) => a.text)).to.include.members(['Inviter les partenaires', 'Chercher deux financements']);
    expect(localStorage.getItem(`${key}:plan:forms`), 'nothing left to keep').to.equal(null);
    first.remove();
    const el = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key}></rouages-plan>`);
    await el.updateComplete;
    expect(one<HTMLTextAreaElement>(el, '.add-form textarea').value).to.equal('');
    expect(root(el).querySelector('form.edit')).to.equal(null);
    expect(actionTexts(el)).to.include('Chercher deux financements');
  });

  it('two tabs on one storage-key: typing in one tab\'s form does not wipe what the other kept of its own form', async () => {
    const key = freshKey();
    // Two tabs open on the same plan (the same localStorage).
    const tabA = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    const tabB = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key}></rouages-plan>`);
    await tabB.updateComplete;
    // Tab A types in an edit form; then tab B types in its add form.
    await typeInEditForm(tabA, 'Chercher un financement', 'Chercher deux financements');
    await typeInAddForm(tabB, 'r:pilote', 'Inviter les partenaires');
    await tabB.updateComplete;
    // Tab A reloads in the middle of its edit.
    tabA.remove();
    const reloaded = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key}></rouages-plan>`);
    await reloaded.updateComplete;
    expect(root(reloaded).querySelector('form.edit textarea[name="text"]'), 'tab A\'s edit form comes back').not.to.equal(null);
    expect(one<HTMLTextAreaElement>(reloaded, 'form.edit textarea[name="text"]').value).to.equal('Chercher deux financements');
  });

  it('an edit kept for an action no longer in the plan does not come back', async () => {
    const key = freshKey();
    localStorage.setItem(`${key}:plan:forms`, JSON.stringify({ format: 'rouages-plan-forms/1', edit: { id: 'gone', fields: { text: 'Ailleurs' } }, add: { place: 'r:pilote', text: 5 } }));
    const el = await fixture<RouagesPlan>(html`<rouages-plan storage-key=${key} .plan=${samplePlan()}></rouages-plan>`);
    await el.updateComplete;
    expect(root(el).querySelector('form.edit')).to.equal(null);
    expect(one<HTMLSelectElement>(el, '.add-form select[name="place"]').value, 'the text fields kept').to.equal('r:pilote');
    expect(one<HTMLTextAreaElement>(el, '.add-form textarea').value, 'what is not text is left out').to.equal('');
  });

  it('a postponement cancelled records nothing and gives focus back to the status menu', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    await askPostponement(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('form.postpone')).to.equal(null);
    expect(el.value!.actions[0]!.status).to.equal('planned');
    expect(one<HTMLSelectElement>(el, '.status-menu').value).to.equal('planned');
    expect(deepActive()).to.equal(one(el, '.status-menu'));
  });

  it('Escape closes the edit form and gives focus back to its opener', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const opener = button(el, "Modifier l'action « Rédiger une charte »");
    opener.focus();
    opener.click();
    await el.updateComplete;
    one<HTMLTextAreaElement>(el, 'form.edit textarea').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('form.edit')).to.equal(null);
    expect(deepActive()).to.equal(button(el, "Modifier l'action « Rédiger une charte »"));
  });

  it('a status that takes the action out of the filter moves focus to the next action and says so', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()} today="2024-03-01"></rouages-plan>`);
    const filter = one<HTMLSelectElement>(el, '.filter-status');
    enter(filter, 'planned');
    await el.updateComplete;
    expect(actionTexts(el)).to.deep.equal(['Réunir le comité de pilotage']);
    const menu = one<HTMLSelectElement>(el, '.status-menu');
    menu.focus();
    enter(menu, 'in-progress');
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()?.tagName).to.not.equal('BODY');
    expect(deepActive()).to.equal(one(el, '.shown'));
    await waitUntil(() => live(el).includes('ne correspond plus au filtre'), 'announced');
  });

  it('postponing from the status menu asks for the reason, and records it', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const reason = await askPostponement(el);
    expect(el.value!.actions[0]!.status).to.equal('planned');
    reason.value = 'Remise à plus tard au profit du financement';
    one<HTMLFormElement>(el, 'form.postpone').requestSubmit();
    await el.updateComplete;
    expect(el.value!.actions[0]!.status).to.equal('postponed');
    expect(el.value!.actions[0]!.reason).to.equal('Remise à plus tard au profit du financement');
  });
});
