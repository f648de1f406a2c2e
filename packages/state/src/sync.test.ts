import { expect } from '@esm-bundle/chai';
import { actions, createWindow, followView, Store, syncGroupOf, type SyncGroup } from './index.js';

function storeWithViews(): Store {
  const store = new Store();
  store.dispatch(actions.addWindow(createWindow('a', { viewport: { x: 0, y: 0, width: 100, height: 100 } })));
  store.dispatch(actions.addWindow(createWindow('b', { viewport: { x: 50, y: 20, width: 200, height: 200 }, rotation: 90 })));
  store.dispatch(actions.addWindow(createWindow('c')));
  return store;
}

const groupOf = (store: Store, id: string): SyncGroup => {
  const group = syncGroupOf(store.state.syncGroups, id);
  if (!group) throw new Error(`${id} is not linked`);
  return group;
};

describe('sync groups', () => {
  it('links windows in the same coordinates: the others follow exactly', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b']));
    const group = groupOf(store, 'b');
    expect(group).to.deep.include({ windowIds: ['a', 'b'], mode: 'same-coordinates', offsets: {} });
    const view = { viewport: { x: 10, y: 10, width: 40, height: 40 }, rotation: 0 };
    expect(followView(group, 'a', 'b', view)).to.deep.equal(view);
  });

  it('keeps the offsets of link time in relative mode, both ways', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b'], 'relative-offset'));
    const group = groupOf(store, 'a');
    expect(group.offsets.b).to.deep.equal({ x: 100, y: 70, scale: 2, rotation: 90 });
    const panned = followView(group, 'a', 'b', { viewport: { x: 10, y: 0, width: 50, height: 50 }, rotation: 0 });
    expect(panned).to.deep.equal({ viewport: { x: 85, y: 45, width: 100, height: 100 }, rotation: 90 });
    const back = followView(group, 'b', 'a', panned);
    expect(back).to.deep.equal({ viewport: { x: 10, y: 0, width: 50, height: 50 }, rotation: 0 });
  });

  it('moves the partners in the same dispatch when a window reports a new view, and notifies once', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b', 'c'], 'relative-offset'));
    let notifications = 0;
    store.subscribe(() => (notifications += 1));
    store.dispatch(actions.setView('a', { x: 10, y: 0, width: 50, height: 50 }, 0));
    expect(notifications).to.equal(1);
    expect(store.state.windows.b).to.deep.include({ viewport: { x: 85, y: 45, width: 100, height: 100 }, rotation: 90 });
    store.dispatch(actions.rotateBy('b', 90));
    expect(store.state.windows.a.rotation).to.equal(90);
    expect(store.state.windows.b.rotation).to.equal(180);
  });

  it('changes nothing when a window reports the view it already has', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b']));
    store.dispatch(actions.setView('a', { x: 10, y: 10, width: 40, height: 40 }, 0));
    const before = store.state;
    store.dispatch(actions.setView('b', { x: 10, y: 10 + 1e-9, width: 40, height: 40 }, 0));
    expect(store.state).to.equal(before);
  });

  it('leaves windows outside the group where they are', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b']));
    store.dispatch(actions.setViewport('a', { x: 1, y: 2, width: 3, height: 3 }));
    expect(store.state.windows.b.viewport).to.deep.equal({ x: 1, y: 2, width: 3, height: 3 });
    expect(store.state.windows.c.viewport).to.equal(null);
    store.dispatch(actions.unlinkWindow('a'));
    store.dispatch(actions.setViewport('a', { x: 9, y: 9, width: 9, height: 9 }));
    expect(store.state.windows.b.viewport).to.deep.equal({ x: 1, y: 2, width: 3, height: 3 });
  });

  it('moves a window from its group when linked elsewhere, and dissolves groups of one', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b']));
    store.dispatch(actions.linkWindows(['b', 'c']));
    expect(store.state.syncGroups.map((group) => group.windowIds)).to.deep.equal([['b', 'c']]);
    store.dispatch(actions.unlinkWindow('c'));
    expect(store.state.syncGroups).to.deep.equal([]);
    store.dispatch(actions.linkWindows(['a', 'b', 'c']));
    store.dispatch(actions.removeWindow('b'));
    expect(groupOf(store, 'a').windowIds).to.deep.equal(['a', 'c']);
  });

  it('ignores a link of fewer than two known windows', () => {
    const store = storeWithViews();
    const before = store.state;
    store.dispatch(actions.linkWindows(['a', 'zz']));
    expect(store.state).to.equal(before);
  });

  it('shares colour adjustments across a group only when asked, starting from the asking window', () => {
    const store = storeWithViews();
    store.dispatch(actions.linkWindows(['a', 'b']));
    store.dispatch(actions.setAdjustment('a', 'contrast', 150));
    expect(store.state.windows.b.adjustments.contrast).to.equal(100);

    store.dispatch(actions.shareAdjustments('a', true));
    expect(store.state.windows.b.adjustments).to.deep.equal(store.state.windows.a.adjustments);
    store.dispatch(actions.applyPreset('b', 'negative'));
    expect(store.state.windows.a.adjustments).to.deep.equal(store.state.windows.b.adjustments);
    expect(store.state.windows.a.adjustments.invert).to.be.greaterThan(0);
    expect(store.state.windows.c.adjustments.invert).to.equal(0);
    store.dispatch(actions.resetAdjustments('a'));
    expect(store.state.windows.b.adjustments.invert).to.equal(0);
    expect(store.state.windows.b.rotation, 'rotation is not an adjustment the group shares').to.equal(90);

    store.dispatch(actions.shareAdjustments('b', false));
    store.dispatch(actions.setAdjustment('a', 'brightness', 40));
    expect(store.state.windows.b.adjustments.brightness).to.equal(100);
  });
});
