import { expect } from '@esm-bundle/chai';
import * as annotations from '@vellum/annotations';
import { Slot } from '@vellum/engine';
import { AnnotationsOverlay } from './annotations-overlay.js';

describe('AnnotationsOverlay', () => {
  it('draws nothing over a slot destroyed while its annotations loaded (the view changed meanwhile)', () => {
    const container = document.createElement('div');
    container.style.cssText = 'width: 200px; height: 200px';
    document.body.append(container);
    const slot = new Slot(container);
    slot.destroy();
    const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    expect(() => new AnnotationsOverlay(host).draw(annotations, slot, { annotations: [], skipped: {} }, [])).to.not.throw();
    expect(container.querySelector('svg')).to.equal(null);
    container.remove();
  });
});
