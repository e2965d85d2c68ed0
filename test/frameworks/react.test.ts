import { expect } from '@open-wc/testing';
import React, { type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React ships CommonJS; the test server converts it, and its default export carries everything.
const { createElement: h, useState, act } = React;
import { RouageCard, RouagesProvider, RouagesQuestionnaire, RouagesWheel } from '../../src/react/index.js';
import type { Diagnostic } from '../../src/sdk/index.js';
import sample from '../../demo/samples/phare-2021.json';

// React's act() warns unless it knows it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement;

async function render(element: ReactElement) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(element));
  await new Promise((r) => setTimeout(r, 0));
}

afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
});

describe('React wrappers (rouages-cooperation/react)', () => {
  it('pass objects as properties and events as on… props', async () => {
    const chosen: string[] = [];
    await render(h(RouagesWheel, { diagnostic: sample, selected: 'pilote', onRouageSelect: (e) => chosen.push(e.detail.id) }));
    const wheel = host.querySelector('rouages-wheel')!;
    await wheel.updateComplete;
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.match(/^Pilote, Acteurs, \d+\u00a0%/);
    wheel.shadowRoot!.querySelector('[data-id="diagnostic"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(chosen).to.deep.equal(['diagnostic']);
  });

  it('work together in React state: a wheel drives a card', async () => {
    function App() {
      const [selected, setSelected] = useState('noyau-dur');
      return h('div', null, h(RouagesWheel, { selected, onRouageSelect: (e) => setSelected(e.detail.id) }), h(RouageCard, { rouage: selected, headingLevel: 2 }));
    }
    await render(h(App));
    const wheel = host.querySelector('rouages-wheel')!;
    const card = host.querySelector('rouage-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Noyau dur');
    await act(async () => {
      wheel.shadowRoot!.querySelector('[data-id="deploiement"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Déploiement');
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('the questionnaire reports each answer through onChange, inside a provider', async () => {
    const changes: Diagnostic[] = [];
    await render(
      h(RouagesProvider, null, h(RouagesQuestionnaire, { value: sample as Diagnostic, onChange: (e: CustomEvent<Diagnostic>) => changes.push(e.detail) }), h(RouagesWheel, null)),
    );
    const questionnaire = host.querySelector('rouages-questionnaire')!;
    await questionnaire.updateComplete;
    questionnaire.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="pilote.i1"]')[0]!.click();
    expect(changes).to.have.length(1);
    expect(changes[0]!.answers['pilote.i1']).to.equal(0);
    expect(questionnaire.value!.answers['pilote.i1']).to.equal(0);
  });
});
