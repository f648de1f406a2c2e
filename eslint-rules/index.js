import layers from './layers.js';
import memberOrder from './member-order.js';

/** Vellum's own ESLint rules, loaded by eslint.config.js as the `vellum` plugin. */
export default { meta: { name: 'vellum' }, rules: { layers, 'member-order': memberOrder } };
