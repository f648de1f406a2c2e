import { expect } from '@esm-bundle/chai';
import { actions, createWindow, selectIsPanelOpen, selectWindow, Store, type VellumState } from './index.js';

function storeWithWindow(): Store {
  const store = new Store();
  store.dispatch(actions.addWindow(createWindow('w1', { manifestUrl: 'https://example.org/m.json' })));
  return store;
}

describe('Store', () => {
  it('adds a window to the layout and focuses it', () => {
    const store = storeWithWindow();
    expect(store.state.layout.windowIds).to.deep.equal(['w1']);
    expect(store.state.layout.focusedWindowId).to.equal('w1');
    expect(store.state.windows.w1.viewMode).to.equal('detail');
    expect(store.state.version).to.equal(1);
  });

  it('updates immutably and leaves earlier snapshots untouched', () => {
    const store = storeWithWindow();
    const before = store.state;
    store.dispatch(actions.setCanvas('w1', 'c2'));
    expect(store.state).not.to.equal(before);
    expect(before.windows.w1.canvasId).to.equal(null);
    expect(store.state.windows.w1.canvasId).to.equal('c2');
  });

  it('notifies subscribers with the new and previous state, and stops after unsubscribe', () => {
    const store = storeWithWindow();
    const calls: [VellumState, VellumState][] = [];
    const unsubscribe = store.subscribe((state, previous) => calls.push([state, previous]));
    store.dispatch(actions.setCanvas('w1', 'c2'));
    unsubscribe();
    store.dispatch(actions.setCanvas('w1', 'c3'));
    expect(calls).to.have.length(1);
    expect(calls[0][0].windows.w1.canvasId).to.equal('c2');
    expect(calls[0][1].windows.w1.canvasId).to.equal(null);
  });

  it('does not notify when an action changes nothing', () => {
    const store = storeWithWindow();
    store.dispatch(actions.setCanvas('w1', 'c2'));
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch(actions.setCanvas('w1', 'c2'));
    store.dispatch(actions.setCanvas('unknown', 'c2'));
    expect(calls).to.equal(0);
  });

  it('calls selector listeners only when the selected value changes', () => {
    const store = new Store();
    store.dispatch(actions.addWindow(createWindow('w1')));
    store.dispatch(actions.addWindow(createWindow('w2')));
    const seen: (string | null | undefined)[] = [];
    store.select(
      (state) => selectWindow('w1')(state)?.canvasId,
      (canvasId) => seen.push(canvasId),
    );
    store.dispatch(actions.setCanvas('w2', 'x'));
    store.dispatch(actions.setCanvas('w1', 'a'));
    expect(seen).to.deep.equal(['a']);
  });

  it('resets the canvas, viewport and rotation when the manifest changes', () => {
    const store = storeWithWindow();
    store.dispatch(actions.setCanvas('w1', 'c2'));
    store.dispatch(actions.rotateBy('w1', 90));
    store.dispatch(actions.setViewport('w1', { x: 0, y: 0, width: 10, height: 10 }));
    store.dispatch(actions.setManifest('w1', 'https://example.org/other.json'));
    const window = store.state.windows.w1;
    expect(window.canvasId).to.equal(null);
    expect(window.viewport).to.equal(null);
    expect(window.rotation).to.equal(0);
  });

  it('normalises rotation to [0, 360)', () => {
    const store = storeWithWindow();
    store.dispatch(actions.rotateBy('w1', -90));
    expect(store.state.windows.w1.rotation).to.equal(270);
    store.dispatch(actions.rotateBy('w1', 450));
    expect(store.state.windows.w1.rotation).to.equal(0);
  });

  it('toggles panels, or forces them open or closed', () => {
    const store = storeWithWindow();
    const infoOpen = selectIsPanelOpen('w1', 'info');
    store.dispatch(actions.togglePanel('w1', 'info'));
    expect(infoOpen(store.state)).to.equal(true);
    store.dispatch(actions.togglePanel('w1', 'info', true));
    expect(infoOpen(store.state)).to.equal(true);
    store.dispatch(actions.togglePanel('w1', 'info'));
    expect(infoOpen(store.state)).to.equal(false);
  });

  it('removes a window from the layout, focus and sync groups', () => {
    const store = storeWithWindow();
    store.dispatch(actions.addWindow(createWindow('w2')));
    store.dispatch(actions.removeWindow('w1'));
    expect(store.state.windows.w1).to.equal(undefined);
    expect(store.state.layout.windowIds).to.deep.equal(['w2']);
    expect(store.state.layout.focusedWindowId).to.equal('w2');
  });
});
