import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer, createContext } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/index.js';
import type { RouagesProvider } from '../../src/index.js';
import { createDiagnostic, type Diagnostic } from '../../src/sdk/index.js';
import type { RouagesState } from '../../src/elements/shared/context.js';

/** The provider's context, found by its public key as another bundle (or a page's own element) would. */
const context = createContext<RouagesState | undefined>('rouages-cooperation/state@1');

class StateProbe extends LitElement {
  state?: RouagesState;
  constructor() {
    super();
    new ContextConsumer(this, { context, subscribe: true, callback: (value) => (this.state = value) });
  }
}
customElements.define('state-probe', StateProbe);

describe('<rouages-provider> state', () => {
  it('reads its inputs once and hands them parsed, against its framework, to every element inside', async () => {
    const d: Diagnostic = { ...createDiagnostic({ project: 'P' }), answers: { 'pilote.i1': 3 } };
    const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostic=${JSON.stringify(d)} .diagnostics=${[d, 'not a diagnostic']}><state-probe></state-probe></rouages-provider>`);
    const probe = provider.querySelector('state-probe') as StateProbe;
    await provider.updateComplete;
    const state = probe.state!;
    expect(state.parsed!.framework).to.equal(state.framework);
    expect(state.parsed!.diagnostic!.value).to.deep.equal(d);
    expect(state.parsed!.compare).to.equal(undefined);
    expect(state.parsed!.diagnostics!.value).to.deep.equal([d]);
    expect(state.parsed!.diagnostics!.errors).to.have.length(1);
    // The same text given again is not read again: the parsed value is the same object.
    const first = state.parsed!.diagnostic!.value;
    provider.selected = 'pilote';
    await provider.updateComplete;
    expect(probe.state!.parsed!.diagnostic!.value).to.equal(first);
  });

  it('takes a group from an element inside (setDiagnostics), and every element follows', async () => {
    const a: Diagnostic = { ...createDiagnostic({ project: 'P' }), answers: { 'pilote.i1': 3 } };
    const b: Diagnostic = { ...createDiagnostic({ project: 'P' }), answers: { 'pilote.i1': 0 } };
    const provider = await fixture<RouagesProvider>(html`<rouages-provider .diagnostic=${a}><state-probe></state-probe><rouages-wheel></rouages-wheel></rouages-provider>`);
    const probe = provider.querySelector('state-probe') as StateProbe;
    const wheel = provider.querySelector('rouages-wheel')!;
    await wheel.updateComplete;
    expect(wheel.shadowRoot!.querySelector('.spread, .marker-text')).to.equal(null);
    probe.state!.setDiagnostics!([a, b]);
    await provider.updateComplete;
    await wheel.updateComplete;
    expect(provider.diagnostics).to.deep.equal([a, b]);
    // The wheel now shows the group: the spread between the two respondents on Pilote.
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"] .spread')).to.not.equal(null);
  });
});
