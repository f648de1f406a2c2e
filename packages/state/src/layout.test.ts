import { expect } from '@esm-bundle/chai';
import { actions, createWindow, deserialize, mosaicLeaves, Store, type MosaicSplit } from './index.js';

function storeWith(...ids: string[]): Store {
  const store = new Store();
  for (const id of ids) store.dispatch(actions.addWindow(createWindow(id)));
  return store;
}

const root = (store: Store) => store.state.layout.mosaic as MosaicSplit;

describe('mosaic layout', () => {
  it('tiles added windows side by side, then stacked, keeping the display order', () => {
    const store = storeWith('a', 'b', 'c', 'd');
    expect(store.state.layout.windowIds).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(root(store).direction).to.equal('row');
    expect((root(store).first as MosaicSplit).direction).to.equal('column');
    expect((root(store).second as MosaicSplit).direction).to.equal('column');
  });

  it('adds a window beside a chosen one', () => {
    const store = storeWith('a', 'b');
    store.dispatch(actions.addWindow(createWindow('c'), 'a', 'top'));
    expect(root(store).first).to.deep.equal({ direction: 'column', ratio: 0.5, first: 'c', second: 'a' });
  });

  it('removes a window, its sibling taking its place, and clears focus and maximise', () => {
    const store = storeWith('a', 'b', 'c');
    store.dispatch(actions.focusWindow('c'));
    store.dispatch(actions.maximiseWindow('c'));
    store.dispatch(actions.removeWindow('c'));
    expect(store.state.layout.mosaic).to.deep.equal({ direction: 'row', ratio: 0.5, first: 'a', second: 'b' });
    expect(store.state.layout.focusedWindowId).to.equal('a');
    expect(store.state.layout.maximisedWindowId).to.equal(null);
    store.dispatch(actions.removeWindow('a'));
    store.dispatch(actions.removeWindow('b'));
    expect(store.state.layout.mosaic).to.equal(null);
  });

  it('maximises and restores a known window only', () => {
    const store = storeWith('a', 'b');
    store.dispatch(actions.maximiseWindow('b'));
    expect(store.state.layout.maximisedWindowId).to.equal('b');
    store.dispatch(actions.maximiseWindow('nope'));
    expect(store.state.layout.maximisedWindowId).to.equal(null);
  });

  it('moves a window next to another one', () => {
    const store = storeWith('a', 'b', 'c');
    store.dispatch(actions.moveWindow('a', 'c', 'right'));
    expect(mosaicLeaves(store.state.layout.mosaic)).to.deep.equal(['c', 'a', 'b']);
    const before = store.state;
    store.dispatch(actions.moveWindow('a', 'a', 'left'));
    expect(store.state).to.equal(before);
  });

  it('sets split ratios by path, clamped', () => {
    const store = storeWith('a', 'b', 'c');
    store.dispatch(actions.setSplitRatio([], 0.7));
    store.dispatch(actions.setSplitRatio(['first'], 0.02));
    expect(root(store).ratio).to.equal(0.7);
    expect((root(store).first as MosaicSplit).ratio).to.equal(0.1);
  });

  it('gives states saved before the mosaic a tiling of their windows', () => {
    const store = storeWith('a', 'b');
    const old = JSON.parse(store.serialize());
    delete old.layout.mosaic;
    delete old.layout.maximisedWindowId;
    const state = deserialize(JSON.stringify(old));
    expect(state.layout.mosaic).to.deep.equal(store.state.layout.mosaic);
    expect(state.layout.maximisedWindowId).to.equal(null);
  });

  it('rejects a mosaic that does not name the layout windows, keeping the current state', () => {
    const store = storeWith('a', 'b');
    const before = store.state;
    const broken = JSON.parse(store.serialize());
    broken.layout.mosaic = { direction: 'row', ratio: 0.5, first: 'a', second: 'x' };
    expect(() => store.load(JSON.stringify(broken))).to.throw(/expected shape/);
    expect(store.state).to.equal(before);
  });
});
