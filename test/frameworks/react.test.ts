import { expect, waitUntil } from '@open-wc/testing';
import React, { type ComponentType, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React ships CommonJS; the test server converts it, and its default export carries everything.
const { createElement: h, useState, act } = React;
import * as wrappers from '../../src/react/index.js';
import { RouageCard, RouagesProvider, RouagesQuestionnaire, RouagesReport, RouagesWheel } from '../../src/react/index.js';
import type { Diagnostic } from '../../src/sdk/index.js';
import manifest from '../../custom-elements.json';
import sample from '../../demo/samples/phare-2021.json';
import comite1 from '../../demo/samples/comite-1.json';
import comite2 from '../../demo/samples/comite-2.json';

// React's act() warns unless it knows it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement;

/** Renders into a fresh container and waits until every rouages element in it has rendered. */
async function render(element: ReactElement) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(element));
  for (const el of host.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
}

const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/** Tag of each element class, as the manifest names them. */
const tags = new Map(manifest.modules.flatMap((m) => m.declarations.flatMap((d) => ('tagName' in d && d.tagName ? [[d.name, d.tagName] as const] : []))));

afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
});

describe('React wrappers (rouages-cooperation/react)', () => {
  it('one wrapper per element of the manifest, each rendering its element', async () => {
    expect(Object.keys(wrappers).sort()).to.deep.equal([...tags.keys()].sort());
    for (const [name, Component] of Object.entries(wrappers)) {
      await render(h(Component as ComponentType<object>));
      const el = host.querySelector(tags.get(name)!);
      expect(el, name).to.be.instanceOf(customElements.get(tags.get(name)!)!);
      expect(el!.shadowRoot!.childElementCount, name).to.be.greaterThan(0);
      await act(async () => root!.unmount());
      root = undefined;
      host.remove();
    }
  });

  it('pass objects as properties and events as on… props, the deprecated name too', async () => {
    const chosen: string[] = [];
    await render(
      h(RouagesWheel, {
        diagnostic: sample as Diagnostic,
        selected: 'pilote',
        onRouagesSelect: (e) => chosen.push(`new ${e.detail.id}`),
        onRouageSelect: (e) => chosen.push(`old ${e.detail.id}`),
      }),
    );
    const wheel = host.querySelector('rouages-wheel')!;
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.match(/^Pilote, Acteurs, \d+\u00a0%/);
    click(wheel.shadowRoot!.querySelector('[data-id="diagnostic"]')!);
    expect(chosen).to.deep.equal(['new diagnostic', 'old diagnostic']);
  });

  it('work together in React state: a wheel drives a card', async () => {
    function App() {
      const [selected, setSelected] = useState('noyau-dur');
      return h('div', null, h(RouagesWheel, { selected, onRouagesSelect: (e) => setSelected(e.detail.id) }), h(RouageCard, { rouage: selected, headingLevel: 2 }));
    }
    await render(h(App));
    const wheel = host.querySelector('rouages-wheel')!;
    const card = host.querySelector('rouage-card')!;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Noyau dur');
    await act(async () => {
      click(wheel.shadowRoot!.querySelector('[data-id="deploiement"]')!);
    });
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Déploiement');
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('the questionnaire reports each answer through onChange, and its provider through onRouagesProviderChange', async () => {
    const changes: Diagnostic[] = [];
    const provided: Diagnostic[] = [];
    await render(
      h(
        RouagesProvider,
        { onRouagesProviderChange: (e) => provided.push(e.detail.diagnostic) },
        h(RouagesQuestionnaire, { value: sample as Diagnostic, onChange: (e) => changes.push(e.detail) }),
        h(RouagesWheel, null),
      ),
    );
    const questionnaire = host.querySelector('rouages-questionnaire')!;
    questionnaire.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[0]!.click();
    expect(changes).to.have.length(1);
    expect(changes[0]!.answers['pilote.i1']).to.equal(0);
    expect(questionnaire.value!.answers['pilote.i1']).to.equal(0);
    await waitUntil(() => provided.length > 0, 'the provider says its diagnostic changed');
    expect(provided.at(-1)!.answers['pilote.i1']).to.equal(0);
  });

  it('the report takes a group as a prop and tells a removal through onRouagesReportChange', async () => {
    const lists: number[] = [];
    await render(h(RouagesReport, { diagnostics: [comite1 as Diagnostic, comite2 as Diagnostic], onRouagesReportChange: (e) => lists.push(e.detail.diagnostics.length) }));
    const report = host.querySelector('rouages-report')!;
    const remove = [...report.shadowRoot!.querySelectorAll('button')].find((b) => /^Retirer /.test(b.getAttribute('aria-label') ?? ''));
    expect(remove, 'a button to remove a respondent').to.exist;
    click(remove!);
    await waitUntil(() => lists.length > 0, 'the report says what it now shows');
    expect(lists).to.deep.equal([1]);
  });
});
