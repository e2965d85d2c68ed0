import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/rouages-plan/define.js';
import type { RouagesPlan } from '../../src/elements/rouages-plan/rouages-plan.js';
import { addAction, createPlan, planToCSV, type Plan } from '../../src/sdk/index.js';
import { button, NOW, ok, one, root } from './plan-helpers.js';

function samplePlan(): Plan {
  let p = createPlan({ project: 'PTCE illustratif', now: NOW, id: 'plan-test' });
  p = ok(addAction(p, { rouage: 'pilote', text: 'Réunir le comité de pilotage', owner: 'Association X' }, { now: NOW, id: 'a1' }));
  return ok(addAction(p, { dimension: 'ressources', text: 'Chercher un financement', status: 'in-progress' }, { now: NOW, id: 'a3' }));
}

async function importCsv(el: RouagesPlan, csv: string | Uint8Array<ArrayBuffer>) {
  const input = one<HTMLInputElement>(el, 'input.file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([csv], 'plan.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  const before = el.value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => el.value !== before, 'the CSV applied');
  await el.updateComplete;
}

describe('<rouages-plan>: a CSV imported over work in progress', () => {
  it('an edit form open on an action the CSV changed, then saved, keeps the CSV\'s change to the fields the person did not touch', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    button(el, "Modifier l'action « Réunir le comité de pilotage »").click();
    await el.updateComplete;
    const area = one<HTMLTextAreaElement>(el, 'form.edit textarea[name="text"]');
    area.value = 'Réunir le comité chaque mois';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    // Meanwhile a colleague's spreadsheet gives the action another owner.
    await importCsv(el, planToCSV(samplePlan()).replace('"Association X"', '"Mairie"'));
    expect(el.value!.actions[0]!.owner).to.equal('Mairie');
    const form = root(el).querySelector('form.edit');
    if (form) {
      button(el, 'Enregistrer').click();
      await el.updateComplete;
    }
    expect(el.value!.actions[0]!.owner, 'the CSV\'s owner is not undone by a form that never touched it').to.equal('Mairie');
  });
});

describe('<rouages-plan>: a CSV saved by Excel', () => {
  it('reads a CSV saved as "CSV (séparateur : point-virgule)", in Windows-1252, without turning accents into �', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    // What French Excel writes by default: no byte order mark, one byte per accented letter.
    const csv = planToCSV(samplePlan()).replace(/^\uFEFF/, '').replace('"Association X"', '"Mairie"');
    const bytes = Uint8Array.from([...csv].map((c) => {
      if (c.charCodeAt(0) > 0xff) throw new Error(`not in Latin-1: ${c}`);
      return c.charCodeAt(0);
    }));
    await importCsv(el, bytes);
    const [first] = el.value!.actions;
    expect(first!.owner).to.equal('Mairie');
    expect(first!.text).to.equal('Réunir le comité de pilotage');
  });
});

describe('<rouages-plan>: undo after the plan changed', () => {
  it('undoing a removal when a CSV has brought the action back meanwhile does not put it in the plan twice', async () => {
    const el = await fixture<RouagesPlan>(html`<rouages-plan .plan=${samplePlan()}></rouages-plan>`);
    const exported = planToCSV(samplePlan());
    button(el, "Supprimer l'action « Réunir le comité de pilotage »").click();
    await el.updateComplete;
    expect(el.value!.actions.map((a) => a.id)).to.deep.equal(['a3']);
    // A spreadsheet exported before the removal is imported: its row brings the action back.
    await importCsv(el, exported);
    expect(el.value!.actions.map((a) => a.id)).to.have.members(['a1', 'a3']);
    const undo = root(el).querySelector<HTMLButtonElement>('.undo');
    if (undo) {
      undo.click();
      await el.updateComplete;
    }
    const ids = el.value!.actions.map((a) => a.id);
    expect(ids, 'each action once').to.have.length(new Set(ids).size);
  });
});
