/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { actions, createWindow, Store, type SyncGroup, type SyncMode } from '@vellum/state';
import { pageByName } from '../../../test/fixtures/pages.mjs';
import { Slot, type Viewport } from './slot.js';
import { linkSlots, type Unlink } from './sync.js';
import { makeContainer, pageCanvas, removeContainers, settled } from './test-helpers.js';

const page = pageByName('page-01');
const slots: Slot[] = [];
const unlinks: Unlink[] = [];

async function shownSlots(count: number): Promise<Map<string, Slot>> {
  const shown = new Map<string, Slot>();
  for (let i = 0; i < count; i++) {
    const slot = new Slot(makeContainer(320, 440), { drawer: 'canvas' });
    slots.push(slot);
    await slot.show(pageCanvas('page-01', page.width, page.height));
    shown.set(`w${i}`, slot);
  }
  await Promise.all([...shown.values()].map(settled));
  return shown;
}

/** The group the state would make of these slots' current views. */
function groupOf(shown: Map<string, Slot>, mode: SyncMode): SyncGroup {
  const store = new Store();
  for (const [id, slot] of shown) {
    const { x, y, width, height, rotation } = slot.viewport;
    store.dispatch(actions.addWindow(createWindow(id, { viewport: { x, y, width, height }, rotation })));
  }
  store.dispatch(actions.linkWindows([...shown.keys()], mode));
  return store.state.syncGroups[0];
}

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => undefined);

function expectClose(actual: Viewport, expected: Omit<Viewport, 'flipped'>): void {
  for (const key of ['x', 'y', 'width', 'height', 'rotation'] as const) expect(actual[key]).to.be.closeTo(expected[key], 1e-6 * page.width);
}

afterEach(() => {
  unlinks.splice(0).forEach((unlink) => unlink());
  slots.splice(0).forEach((slot) => slot.destroy());
  removeContainers();
});

describe('linkSlots', () => {
  it('makes every linked slot show the same region after a pan, zoom and turn in one, before the next frame', async () => {
    const shown = await shownSlots(3);
    unlinks.push(linkSlots(groupOf(shown, 'same-coordinates'), shown));
    const [first, second, third] = shown.values();
    let frames = 0;
    const counter = requestAnimationFrame(() => (frames += 1));
    first.panBy(0.2, 0.1);
    first.zoomBy(2);
    first.rotateBy(90);
    await microtasks();
    await microtasks();
    expect(frames).to.equal(0);
    cancelAnimationFrame(counter);
    expectClose(second.viewport, first.viewport);
    expectClose(third.viewport, first.viewport);
    expect(first.viewport.rotation).to.equal(90);

    third.panBy(-0.3, 0);
    await microtasks();
    await microtasks();
    expectClose(first.viewport, third.viewport);
    expectClose(second.viewport, third.viewport);
  });

  it('keeps the offsets of link time in relative mode', async () => {
    const shown = await shownSlots(2);
    const [first, second] = shown.values();
    second.setViewport({ x: 100, y: 200, width: page.width / 2, height: page.height / 2 }, true);
    await microtasks();
    const start = { first: first.viewport, second: second.viewport };
    unlinks.push(linkSlots(groupOf(shown, 'relative-offset'), shown));

    first.setViewport({ x: start.first.x + 50, y: start.first.y + 30 }, true);
    await microtasks();
    await microtasks();
    expectClose(second.viewport, { ...start.second, x: start.second.x + 50, y: start.second.y + 30 });
  });

  it('stops following once unlinked', async () => {
    const shown = await shownSlots(2);
    const [first, second] = shown.values();
    const before = second.viewport;
    linkSlots(groupOf(shown, 'same-coordinates'), shown)();
    first.zoomBy(3);
    await microtasks();
    await microtasks();
    expectClose(second.viewport, before);
  });
});
