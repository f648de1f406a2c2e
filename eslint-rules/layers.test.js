import rule from './layers.js';
import { ruleTester } from './rule-tester.js';

const packageLayer = (name, exports = ['.']) => ({ name: `@vellum/${name}`, dir: `/repo/packages/${name}`, exports });
const options = [
  {
    layers: [packageLayer('iiif', ['.', './sanitize']), packageLayer('state'), packageLayer('engine', ['.', './errors']), packageLayer('elements')],
    confined: { openseadragon: '@vellum/engine' },
  },
];
const order = '@vellum/iiif < @vellum/state < @vellum/engine < @vellum/elements';
const at = (filename, code, errors) => ({ filename, code, options, ...(errors && { errors }) });

ruleTester.run('layers', rule, {
  valid: [
    at('/repo/packages/elements/src/window/window.ts', "import { Store } from '@vellum/state';"),
    at('/repo/packages/elements/src/window/window.ts', "import { EngineError } from '@vellum/engine/errors';"),
    at('/repo/packages/elements/src/window/window.ts', "import { styles } from './window.styles.js';"),
    at('/repo/packages/elements/src/window/window.test.ts', "import { PAGES } from '../../../../test/fixtures/pages.mjs';"),
    at('/repo/packages/engine/bench/drawer.bench.ts', "import { Slot } from '../src/slot.js';"),
    at('/repo/packages/engine/src/slot.ts', "import OpenSeadragon from 'openseadragon';"),
    at('/repo/packages/iiif/src/body.ts', "import { sanitizeHtml } from '@vellum/iiif/sanitize';"),
    at('/repo/demo/main.ts', "import '@vellum/elements';"),
    at('/repo/packages/elements/src/styles.ts', "import css from '@annotorious/openseadragon/annotorious-openseadragon.css?inline';"),
  ],
  invalid: [
    at('/repo/packages/state/src/store.ts', "import { Slot } from '@vellum/engine';", [
      { messageId: 'upward', data: { from: '@vellum/state', to: '@vellum/engine', order } },
    ]),
    at('/repo/packages/engine/src/slot.ts', "export type { Window } from '@vellum/elements';", [
      { messageId: 'upward', data: { from: '@vellum/engine', to: '@vellum/elements', order } },
    ]),
    at('/repo/packages/iiif/src/load.ts', "const { Store } = await import('@vellum/state');", [
      { messageId: 'upward', data: { from: '@vellum/iiif', to: '@vellum/state', order } },
    ]),
    at('/repo/packages/elements/src/deep-zoom/deep-zoom.ts', "import { Slot } from '@vellum/engine/src/slot.js';", [
      { messageId: 'entryPoint', data: { source: '@vellum/engine/src/slot.js', to: '@vellum/engine', exports: "'@vellum/engine', '@vellum/engine/errors'" } },
    ]),
    at('/repo/packages/elements/src/deep-zoom/deep-zoom.test.ts', "import { settled } from '../../../engine/src/test-helpers.js';", [
      { messageId: 'files', data: { source: '../../../engine/src/test-helpers.js', to: '@vellum/engine' } },
    ]),
    at('/repo/test/e2e/viewer-page.ts', "import type { Localizer } from '../../packages/elements/src/i18n/index.js';", [
      { messageId: 'files', data: { source: '../../packages/elements/src/i18n/index.js', to: '@vellum/elements' } },
    ]),
    at('/repo/packages/elements/src/annotations/editor.ts', "type Viewer = import('openseadragon').Viewer;", [
      { messageId: 'confined', data: { source: 'openseadragon', name: 'openseadragon', owner: '@vellum/engine' } },
    ]),
    at('/repo/test/e2e/zoom.test.ts', "export * from 'openseadragon/build/openseadragon.js';", [
      { messageId: 'confined', data: { source: 'openseadragon/build/openseadragon.js', name: 'openseadragon', owner: '@vellum/engine' } },
    ]),
  ],
});
