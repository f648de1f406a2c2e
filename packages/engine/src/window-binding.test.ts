/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { actions, createWindow, Store, type SyncMode } from '@vellum/state';
import { pageByName } from '../../../test/fixtures/pages.mjs';
import { Slot, type Viewport } from './slot.js';
import { WindowBinding } from './window-binding.js';
import { makeContainer, pageCanvas, removeContainers, settled } from './test-helpers.js';

const page = pageByName('page-01');
const bindings: WindowBinding[] = [];

/** `count` windows of one store, each with a slot bound to it showing the page. */
async function boundWindows(count: number): Promise<{ store: Store; slots: Slot[] }> {
  const store = new Store();
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    store.dispatch(actions.addWindow(createWindow(`w${i}`)));
    const binding = new WindowBinding(new Slot(makeContainer(320, 440), { drawer: 'canvas' }), store, `w${i}`);
    bindings.push(binding);
    await binding.show([pageCanvas('page-01', page.width, page.height)]);
    slots.push(binding.slot);
  }
  await Promise.all(slots.map(settled));
  await microtasks();
  return { store, slots };
}

const link = (store: Store, count: number, mode: SyncMode) =>
  store.dispatch(actions.linkWindows(Array.from({ length: count }, (_, i) => `w${i}`), mode));

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => undefined);

function expectClose(actual: Viewport, expected: Omit<Viewport, 'flipped'>): void {
  for (const key of ['x', 'y', 'width', 'height', 'rotation'] as const) expect(actual[key]).to.be.closeTo(expected[key], 1e-6 * page.width);
}

afterEach(() => {
  bindings.splice(0).forEach((binding) => binding.destroy());
  removeContainers();
});

describe('WindowBinding', () => {
  it('puts the views the user moves to into the store, and shows the views the store is given', async () => {
    const { store, slots } = await boundWindows(1);
    const [slot] = slots;
    slot.zoomBy(2);
    await microtasks();
    expectClose({ ...store.state.windows.w0.viewport!, rotation: store.state.windows.w0.rotation, flipped: false }, slot.viewport);

    const region = { x: 100, y: 200, width: page.width / 4, height: page.height / 4 };
    store.dispatch(actions.setViewport('w0', region));
    expect(slot.viewport.x + slot.viewport.width / 2).to.be.closeTo(region.x + region.width / 2, 1);
    await microtasks();
    expect(store.state.windows.w0.viewport).to.deep.equal(region);

    store.dispatch(actions.setFlipped('w0', true));
    store.dispatch(actions.rotateBy('w0', 270));
    expect(slot.viewport.flipped).to.equal(true);
    expect(slot.viewport.rotation).to.equal(-90);
  });

  it('makes every linked slot show the same region after a pan, zoom and turn in one, before the next frame', async () => {
    const { store, slots } = await boundWindows(3);
    link(store, 3, 'same-coordinates');
    const [first, second, third] = slots;
    let frames = 0;
    const counter = requestAnimationFrame(() => (frames += 1));
    first.panBy(0.2, 0.1);
    first.zoomBy(2);
    store.dispatch(actions.rotateBy('w0', 90));
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
    const { store, slots } = await boundWindows(2);
    const [first, second] = slots;
    store.dispatch(actions.setViewport('w1', { x: 100, y: 200, width: page.width / 2, height: page.height / 2 }));
    const start = { first: first.viewport, second: second.viewport };
    link(store, 2, 'relative-offset');

    first.panBy(50 / first.viewport.width, 30 / first.viewport.height);
    await microtasks();
    await microtasks();
    expectClose(second.viewport, { ...start.second, x: start.second.x + 50, y: start.second.y + 30 });
  });

  it('stops following once unlinked', async () => {
    const { store, slots } = await boundWindows(2);
    const [first, second] = slots;
    const before = second.viewport;
    link(store, 2, 'same-coordinates');
    store.dispatch(actions.unlinkWindow('w0'));
    first.zoomBy(3);
    await microtasks();
    await microtasks();
    expectClose(second.viewport, before);
  });
});
