import { expect } from '@esm-bundle/chai';
import { MARK_RECT, MARK_RGB, PAPER_RGB, pageByName } from '../../../test/fixtures/pages.mjs';
import { Slot } from './slot.js';
import { makeContainer, near, pixelAt, removeContainers, serviceImage, settled } from './test-helpers.js';

const page = pageByName('page-01');
const slots: Slot[] = [];
/** The canvas is twice the image's size: canvas coordinates are not image pixels. */
const canvas = { id: 'big-canvas', width: page.width * 2, height: page.height * 2, images: [serviceImage('page-01', { x: 0, y: 0, width: page.width * 2, height: page.height * 2 })] };
const markOnCanvas = { x: MARK_RECT.x * canvas.width, y: MARK_RECT.y * canvas.height, width: MARK_RECT.width * canvas.width, height: MARK_RECT.height * canvas.height };

afterEach(() => {
  slots.splice(0).forEach((slot) => slot.destroy());
  removeContainers();
});

async function slotWithMarkOverlay() {
  const container = makeContainer(320, 440);
  const slot = new Slot(container, { drawer: 'canvas' });
  slots.push(slot);
  await slot.show(canvas);
  const overlay = slot.addOverlay();
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [name, value] of Object.entries(markOnCanvas)) rect.setAttribute(name, String(value));
  overlay.content.append(rect);
  await settled(slot);
  return { container, slot, overlay, rect };
}

/** The colour drawn under a client point. */
function drawnAt(container: HTMLElement, clientX: number, clientY: number) {
  const box = container.getBoundingClientRect();
  return pixelAt(container, (clientX - box.left) / box.width, (clientY - box.top) / box.height);
}

function expectOverMark(container: HTMLElement, shown: DOMRect) {
  const inset = Math.min(shown.width, shown.height) * 0.05;
  expect(near(drawnAt(container, shown.x + shown.width / 2, shown.y + shown.height / 2), MARK_RGB), 'centre').to.equal(true);
  expect(near(drawnAt(container, shown.left + inset, shown.top + inset), MARK_RGB), 'inside corner').to.equal(true);
  expect(near(drawnAt(container, shown.right - inset, shown.bottom - inset), MARK_RGB), 'inside opposite corner').to.equal(true);
  expect(near(drawnAt(container, shown.left - inset, shown.top - inset), PAPER_RGB, 40), 'outside corner').to.equal(true);
  expect(near(drawnAt(container, shown.right + inset, shown.bottom + inset), PAPER_RGB, 40), 'outside opposite corner').to.equal(true);
}

describe('SvgOverlay', () => {
  it('draws a canvas-coordinate shape over the matching pixels of an image smaller than its canvas', async () => {
    const { container, overlay, rect } = await slotWithMarkOverlay();
    const shown = rect.getBoundingClientRect();
    expect(shown.width).to.be.greaterThan(10);
    expectOverMark(container, shown);
    const computed = overlay.clientRectOf(markOnCanvas);
    expect(Math.abs(computed.x - shown.x) + Math.abs(computed.width - shown.width)).to.be.lessThan(1);
  });

  it('follows the view as it zooms, pans and turns', async () => {
    const { container, slot, rect } = await slotWithMarkOverlay();
    slot.showRegion(markOnCanvas, true);
    slot.setViewport({ rotation: 90 }, true);
    await settled(slot);
    const shown = rect.getBoundingClientRect();
    expect(shown.width).to.be.greaterThan(150);
    expectOverMark(container, shown);
  });

  it('removes its layer', async () => {
    const { container, overlay } = await slotWithMarkOverlay();
    expect(container.contains(overlay.element)).to.equal(true);
    overlay.remove();
    expect(container.contains(overlay.element)).to.equal(false);
  });
});
