/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { infoJsonCache } from './info-cache.js';
import { Slot } from './slot.js';
import { makeContainer, pageCanvas, removeContainers } from './test-helpers.js';

/** Slots destroyed while their images still open, as when many windows close at once. */
describe('Slot destroyed while it opens a canvas', () => {
  afterEach(removeContainers);

  it('ends without an uncaught error, however late in the opening it is destroyed', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const cached of [false, true]) {
        for (let ticks = 0; ticks < 40; ticks++) {
          if (!cached) infoJsonCache.clear();
          const slot = new Slot(makeContainer(300, 400));
          const shown = slot.show(pageCanvas('page-03', 1600, 2200)).catch((error: unknown) => errors.push(`show: ${String(error)}`));
          for (let tick = 0; tick < ticks; tick++) await new Promise((resolve) => setTimeout(resolve, tick % 3));
          slot.destroy();
          await shown;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);
  });
});
