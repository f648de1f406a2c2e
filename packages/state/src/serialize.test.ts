import { expect } from '@esm-bundle/chai';
import { actions, createWindow, deserialize, StateError, Store } from './index.js';

function errorOf(action: () => unknown): StateError {
  try {
    action();
  } catch (error) {
    if (error instanceof StateError) return error;
    throw error;
  }
  throw new Error('expected a StateError');
}

describe('serialize / deserialize', () => {
  it('round-trips the whole state through JSON', () => {
    const store = new Store();
    store.dispatch(actions.addWindow(createWindow('w1', { manifestUrl: 'https://example.org/m.json' })));
    store.dispatch(actions.setCanvas('w1', 'https://example.org/c1'));
    store.dispatch(actions.setViewport('w1', { x: 1, y: 2, width: 300, height: 400 }));
    store.dispatch(actions.rotateBy('w1', 90));
    store.dispatch(actions.togglePanel('w1', 'info'));

    const json = store.serialize();
    expect(JSON.parse(json).version).to.equal(1);

    const copy = new Store();
    copy.load(json);
    expect(copy.state).to.deep.equal(store.state);
  });

  it('rejects a future version with a typed error', () => {
    const json = JSON.stringify({ ...new Store().state, version: 2 });
    const error = errorOf(() => deserialize(json));
    expect(error.kind).to.equal('future-version');
    expect(error.message).to.contain('version 2');
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf(() => deserialize('{nope')).kind).to.equal('not-json');
  });

  it('rejects state of the wrong shape and keeps the current state', () => {
    const store = new Store();
    store.dispatch(actions.addWindow(createWindow('w1')));
    const before = store.state;
    const broken = JSON.stringify({ ...before, windows: { w1: { ...before.windows.w1, rotation: 'left' } } });
    expect(errorOf(() => store.load(broken)).kind).to.equal('invalid-state');
    expect(errorOf(() => deserialize('{}')).kind).to.equal('invalid-state');
    expect(store.state).to.equal(before);
  });
});

describe('deserialize of hostile states', () => {
  const valid = () => {
    const store = new Store();
    store.dispatch(actions.addWindow(createWindow('w1')));
    return JSON.parse(store.serialize());
  };
  const withWindowId = (id: string) => {
    const state = valid();
    return JSON.stringify({ ...state, windows: { [id]: { ...state.windows.w1, id } }, layout: { ...state.layout, windowIds: [id], mosaic: id, focusedWindowId: id } });
  };

  it('refuses window ids that are not plain names: quotes, prototype names, markup', () => {
    for (const id of ['w"]', '__proto__', 'constructor', 'toString', '<img src=x>', '', 'x'.repeat(200)]) {
      const json = id === '__proto__' ? withWindowId('w9').replaceAll('"w9"', '"__proto__"') : withWindowId(id);
      expect(errorOf(() => deserialize(json)).kind, id).to.equal('invalid-state');
    }
    expect(deserialize(withWindowId('window-12')).layout.windowIds).to.deep.equal(['window-12']);
  });

  it('refuses a layout naming a window twice, or one that does not exist, or a sync group of unknown windows', () => {
    const state = valid();
    const twice = { ...state, layout: { ...state.layout, windowIds: ['w1', 'w1'], mosaic: { direction: 'row', ratio: 0.5, first: 'w1', second: 'w1' } } };
    expect(errorOf(() => deserialize(JSON.stringify(twice))).kind).to.equal('invalid-state');
    const missing = { ...state, layout: { ...state.layout, windowIds: ['toString'], mosaic: 'toString' } };
    expect(errorOf(() => deserialize(JSON.stringify(missing))).kind).to.equal('invalid-state');
    const group = { ...state, syncGroups: [{ id: 'g1', windowIds: ['w1', 'w2'], mode: 'same-coordinates', offsets: {}, shareAdjustments: false }] };
    expect(errorOf(() => deserialize(JSON.stringify(group))).kind).to.equal('invalid-state');
  });

  it('refuses a mosaic 20,000 levels deep, and a state of several megabytes, with a StateError', () => {
    const state = valid();
    let mosaic: unknown = 'w1';
    for (let depth = 0; depth < 20_000; depth++) mosaic = { direction: 'row', ratio: 0.5, first: mosaic, second: 'w1' };
    expect(errorOf(() => deserialize(JSON.stringify({ ...state, layout: { ...state.layout, mosaic } }))).kind).to.equal('invalid-state');
    const huge = { ...state, windows: { w1: { ...state.windows.w1, manifestUrl: `https://example.org/${'a'.repeat(3_000_000)}` } } };
    expect(errorOf(() => deserialize(JSON.stringify(huge))).kind).to.equal('invalid-state');
  });

  it('forgets a focused window that the layout does not hold', () => {
    const state = valid();
    expect(deserialize(JSON.stringify({ ...state, layout: { ...state.layout, focusedWindowId: 'w7' } })).layout.focusedWindowId).to.equal(null);
  });
});

describe('workspace export and import', () => {
  it('gives back an equal state with layout, ratios, maximise and sync groups', () => {
    const store = new Store();
    for (const id of ['a', 'b', 'c', 'd']) {
      store.dispatch(actions.addWindow(createWindow(id, { manifestUrl: `https://example.org/${id}.json`, viewport: { x: 1, y: 2, width: 30, height: 40 } })));
    }
    store.dispatch(actions.setSplitRatio([], 0.3));
    store.dispatch(actions.maximiseWindow('c'));
    store.dispatch(actions.linkWindows(['a', 'b'], 'relative-offset'));
    store.dispatch(actions.linkWindows(['c', 'd']));

    const copy = new Store();
    copy.load(store.serialize());
    expect(copy.state).to.deep.equal(store.state);
  });

  it('refuses a future version and leaves the current workspace as it was', () => {
    const store = new Store();
    store.dispatch(actions.addWindow(createWindow('a')));
    const before = store.state;
    const future = JSON.stringify({ ...JSON.parse(store.serialize()), version: 99 });
    expect(errorOf(() => store.load(future)).kind).to.equal('future-version');
    expect(store.state).to.equal(before);
  });
});
