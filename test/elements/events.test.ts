import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/rouages-wheel/define.js';
import type { RouagesWheel } from '../../src/elements/rouages-wheel/rouages-wheel.js';
import { DEPRECATED_EVENT_NAMES, dispatchRouagesEvent } from '../../src/elements/shared/events.js';
import manifest from '../../custom-elements.json';

const click = (el: RouagesWheel, id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

describe('event names', () => {
  it('every event an element documents is native (no dash) or starts with rouages-, old names apart', () => {
    const names = manifest.modules.flatMap((m) => m.declarations.flatMap((d) => ('events' in d && d.events ? d.events.map((e) => e.name) : [])));
    expect(names).to.include.members(['rouages-select', 'rouages-submit', 'change']);
    const deprecated = new Set(Object.values(DEPRECATED_EVENT_NAMES));
    const offRule = names.filter((name) => name.includes('-') && !name.startsWith('rouages-') && !deprecated.has(name));
    expect(offRule).to.deep.equal([]);
  });

  it('the wheel sends rouages-select, then the deprecated rouage-select with the same detail, both from its host', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><rouages-wheel></rouages-wheel></div>`);
    const el = wrapper.querySelector('rouages-wheel') as RouagesWheel;
    const heard: string[] = [];
    for (const name of ['rouages-select', 'rouage-select'] as const) wrapper.addEventListener(name, (e) => heard.push(`${e.type}:${e.detail.id}`));
    click(el, 'noyau-dur');
    expect(heard).to.deep.equal(['rouages-select:noyau-dur', 'rouage-select:noyau-dur']);
    await el.updateComplete;
    expect(el.selected).to.equal('noyau-dur');
  });

  it('a listener of either name may cancel the selection', async () => {
    for (const name of ['rouages-select', 'rouage-select'] as const) {
      const el = await fixture<RouagesWheel>(html`<rouages-wheel selected="pilote"></rouages-wheel>`);
      el.addEventListener(name, (e) => e.preventDefault());
      click(el, 'deploiement');
      await el.updateComplete;
      expect(el.selected, name).to.equal('pilote');
    }
  });

  it('dispatchRouagesEvent: bubbles, crosses shadow roots, cancelable only when asked', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const seen: Event[] = [];
    document.addEventListener('rouages-submit', (e) => seen.push(e), { once: true });
    expect(dispatchRouagesEvent(inner, 'rouages-submit', { a: 1 })).to.equal(true);
    expect(seen).to.have.length(1);
    expect((seen[0] as CustomEvent).detail).to.deep.equal({ a: 1 });
    expect(seen[0]!.cancelable).to.equal(false);
    host.addEventListener('rouages-submit', (e) => e.preventDefault(), { once: true });
    expect(dispatchRouagesEvent(inner, 'rouages-submit', null, { cancelable: true })).to.equal(false);
    host.remove();
  });
});
