// A publisher's own <pull-quote>, unrelated to ours: a light-DOM element that marks itself.
customElements.define(
  'pull-quote',
  class TheirPullQuote extends HTMLElement {
    connectedCallback() {
      this.dataset.owner = 'publisher';
    }
  },
);
