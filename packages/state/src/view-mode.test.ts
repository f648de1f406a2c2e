import { expect } from '@esm-bundle/chai';
import { actions, createWindow, deserialize, Store } from './index.js';

function storeWithWindow() {
  const store = new Store();
  store.dispatch(actions.addWindow(createWindow('w1', { manifestUrl: 'https://example.org/m.json', canvasId: 'c3' })));
  return store;
}

describe('view modes', () => {
  it('opens windows in detail mode, without offset or navigator', () => {
    const window = storeWithWindow().state.windows.w1;
    expect(window.viewMode).to.equal('detail');
    expect(window.bookOffset).to.equal(false);
    expect(window.showNavigator).to.equal(false);
  });

  it('switches the mode and keeps the canvas', () => {
    const store = storeWithWindow();
    store.dispatch(actions.setViewport('w1', { x: 0, y: 0, width: 10, height: 10 }));
    store.dispatch(actions.setViewMode('w1', 'book'));
    expect(store.state.windows.w1.viewMode).to.equal('book');
    expect(store.state.windows.w1.canvasId).to.equal('c3');
    expect(store.state.windows.w1.viewport).to.equal(null);
  });

  it('returns the same state when nothing changes', () => {
    const store = storeWithWindow();
    const before = store.state;
    store.dispatch(actions.setViewMode('w1', 'detail'));
    store.dispatch(actions.setBookOffset('w1', false));
    store.dispatch(actions.setNavigator('w1', false));
    expect(store.state).to.equal(before);
  });

  it('toggles the book offset and the navigator', () => {
    const store = storeWithWindow();
    store.dispatch(actions.setBookOffset('w1', true));
    store.dispatch(actions.setNavigator('w1', true));
    expect(store.state.windows.w1.bookOffset).to.equal(true);
    expect(store.state.windows.w1.showNavigator).to.equal(true);
  });

  it('round-trips every mode through JSON', () => {
    for (const mode of ['detail', 'book', 'portfolio', 'medium', 'continuous'] as const) {
      const store = storeWithWindow();
      store.dispatch(actions.setViewMode('w1', mode));
      store.dispatch(actions.setBookOffset('w1', true));
      expect(deserialize(store.serialize())).to.deep.equal(store.state);
    }
  });

  it('reads states saved before view options existed', () => {
    const saved = JSON.parse(storeWithWindow().serialize());
    delete saved.windows.w1.bookOffset;
    delete saved.windows.w1.showNavigator;
    const window = deserialize(JSON.stringify(saved)).windows.w1;
    expect(window.bookOffset).to.equal(false);
    expect(window.showNavigator).to.equal(false);
  });

  it('rejects an unknown mode', () => {
    const saved = JSON.parse(storeWithWindow().serialize());
    saved.windows.w1.viewMode = 'carousel';
    expect(() => deserialize(JSON.stringify(saved))).to.throw('expected shape');
  });
});
