// Another library's component: an open shadow root with one of our tags inside (data-tag),
// built with DOM calls when connected, as a framework would. Classic script: defined before
// anything else on the page.
customElements.define(
  'host-widget',
  class extends HTMLElement {
    constructor() {
      super();
      const frame = document.createElement('div');
      frame.className = 'frame';
      this.attachShadow({ mode: 'open' }).append(frame);
    }

    connectedCallback() {
      const frame = this.shadowRoot.querySelector('.frame');
      if (!this.dataset.tag || frame.firstElementChild) return;
      const inner = document.createElement(this.dataset.tag);
      if (this.dataset.tag === 'rouage-card') inner.setAttribute('rouage', 'pilote');
      frame.append(inner);
    }
  },
);
