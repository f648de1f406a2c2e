import rule from './member-order.js';
import { ruleTester } from './rule-tester.js';

const element = (body) => `class VellumThing extends LitElement {\n${body}\n}`;
const order = 'static, controllers, state, properties, lifecycle, methods, render';
const misplaced = (name, group, after) => ({ messageId: 'order', data: { name, group, after, order } });

ruleTester.run('member-order', rule, {
  valid: [
    element(`
      static override styles = styles;
      readonly #windowState = new WindowStateController(this);
      readonly #drops = new DropZones(this, () => this.#open());
      @consume({ context: storeContext }) store?: Store;
      @state() private open = false;
      @query('input') input!: HTMLInputElement;
      #seen = new Set<string>();
      @property({ attribute: 'window-id' }) windowId = '';
      @property({ attribute: false }) get canvas() { return this.#canvas; }
      constructor() { super(); }
      override connectedCallback() { super.connectedCallback(); }
      override updated() {}
      #onClick = () => this.#open();
      #open() {}
      get label() { return ''; }
      focusCanvas() {}
      override render() { return html\`\`; }
    `),
    'class Plain { render() {} static styles = []; }',
    'class Store extends EventTarget { dispatch() {} #state = {}; }',
    element('override render() {}'),
  ],
  invalid: [
    {
      code: element(`
        @property() manifest = '';
        @consume({ context: storeContext }) store?: Store;
      `),
      errors: [misplaced('store', 'state', 'properties')],
    },
    {
      code: element(`
        #value = 1;
        readonly #fullscreen = new FullscreenController(this);
        static styles = [];
      `),
      errors: [misplaced('#fullscreen', 'controllers', 'state'), misplaced('styles', 'static', 'state')],
    },
    {
      code: element(`
        override render() {}
        #close() {}
        override connectedCallback() {}
      `),
      errors: [misplaced('#close', 'methods', 'render'), misplaced('connectedCallback', 'lifecycle', 'render')],
    },
    {
      code: element(`
        #onKey = (event: KeyboardEvent) => {};
        @property({ type: Boolean }) open = false;
      `),
      errors: [misplaced('open', 'properties', 'methods')],
    },
    {
      code: 'class VellumPortfolio extends WindowView { override render() {} override willUpdate() {} }',
      errors: [misplaced('willUpdate', 'lifecycle', 'render')],
    },
  ],
});
