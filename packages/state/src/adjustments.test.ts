import { expect } from '@esm-bundle/chai';
import { actions, createWindow, DEFAULT_ADJUSTMENTS, deserialize, PRESETS, StateError, Store } from './index.js';

function storeWithWindows(...ids: string[]): Store {
  const store = new Store();
  for (const id of ids) store.dispatch(actions.addWindow(createWindow(id, { manifestUrl: 'https://example.org/m.json' })));
  return store;
}

describe('image adjustments', () => {
  it('start at their defaults, which change nothing', () => {
    expect(createWindow('w1').adjustments).to.deep.equal({
      brightness: 100, contrast: 100, saturation: 100, grayscale: 0, invert: 0, gamma: 1, sharpness: 0,
    });
  });

  it('change one value of one window only', () => {
    const store = storeWithWindows('w1', 'w2');
    store.dispatch(actions.setAdjustment('w1', 'contrast', 180));
    expect(store.state.windows.w1.adjustments).to.deep.equal({ ...DEFAULT_ADJUSTMENTS, contrast: 180 });
    expect(store.state.windows.w2.adjustments).to.deep.equal(DEFAULT_ADJUSTMENTS);
  });

  it('clamp out-of-range values and turn non-numbers into the default', () => {
    const store = storeWithWindows('w1');
    store.dispatch(actions.setAdjustment('w1', 'brightness', 900));
    store.dispatch(actions.setAdjustment('w1', 'invert', -5));
    store.dispatch(actions.setAdjustment('w1', 'gamma', 0));
    expect(store.state.windows.w1.adjustments).to.include({ brightness: 200, invert: 0, gamma: 0.2 });
    store.dispatch(actions.setAdjustment('w1', 'brightness', Number.NaN));
    expect(store.state.windows.w1.adjustments.brightness).to.equal(100);
  });

  it('copy from one window to another, clamped, as a sync group will', () => {
    const store = storeWithWindows('w1', 'w2');
    store.dispatch(actions.applyPreset('w1', 'faded-ink'));
    store.dispatch(actions.setAdjustments('w2', { ...store.state.windows.w1.adjustments, brightness: -20 }));
    expect(store.state.windows.w2.adjustments).to.deep.equal({ ...store.state.windows.w1.adjustments, brightness: 0 });
  });

  it('keep the same state object when a value does not change', () => {
    const store = storeWithWindows('w1');
    store.dispatch(actions.setAdjustment('w1', 'contrast', 500));
    const before = store.state;
    store.dispatch(actions.setAdjustment('w1', 'contrast', 301));
    expect(store.state).to.equal(before);
  });

  it('apply a preset over the defaults, and the show-through preset flips the image', () => {
    const store = storeWithWindows('w1');
    store.dispatch(actions.setAdjustment('w1', 'brightness', 40));
    store.dispatch(actions.applyPreset('w1', 'negative'));
    expect(store.state.windows.w1.adjustments).to.deep.equal({ ...DEFAULT_ADJUSTMENTS, ...PRESETS.negative.adjustments });
    expect(store.state.windows.w1.flipped).to.equal(false);
    store.dispatch(actions.applyPreset('w1', 'show-through'));
    expect(store.state.windows.w1.adjustments).to.deep.equal({ ...DEFAULT_ADJUSTMENTS, ...PRESETS['show-through'].adjustments });
    expect(store.state.windows.w1.flipped).to.equal(true);
  });

  it('reset the adjustments, the rotation and the flip together', () => {
    const store = storeWithWindows('w1');
    store.dispatch(actions.applyPreset('w1', 'faded-ink'));
    store.dispatch(actions.setRotation('w1', 90));
    store.dispatch(actions.setFlipped('w1', true));
    store.dispatch(actions.resetAdjustments('w1'));
    const { adjustments, rotation, flipped } = store.state.windows.w1;
    expect({ adjustments, rotation, flipped }).to.deep.equal({ adjustments: DEFAULT_ADJUSTMENTS, rotation: 0, flipped: false });
  });

  it('are kept across canvases and cleared with a new manifest', () => {
    const store = storeWithWindows('w1');
    store.dispatch(actions.setAdjustment('w1', 'invert', 100));
    store.dispatch(actions.setCanvas('w1', 'https://example.org/c2'));
    expect(store.state.windows.w1.adjustments.invert).to.equal(100);
    store.dispatch(actions.setManifest('w1', 'https://example.org/other.json'));
    expect(store.state.windows.w1.adjustments).to.deep.equal(DEFAULT_ADJUSTMENTS);
  });

  it('round-trip through serialisation with the window', () => {
    const store = storeWithWindows('w1');
    store.dispatch(actions.applyPreset('w1', 'faded-ink'));
    store.dispatch(actions.togglePanel('w1', 'adjustments'));
    const copy = new Store();
    copy.load(store.serialize());
    expect(copy.state).to.deep.equal(store.state);
  });

  it('are filled in with defaults for a state saved before they existed, and clamped when saved out of range', () => {
    const saved = JSON.parse(storeWithWindows('w1', 'w2').serialize());
    delete saved.windows.w1.adjustments;
    saved.windows.w2.adjustments = { contrast: 1000 };
    const state = deserialize(JSON.stringify(saved));
    expect(state.windows.w1.adjustments).to.deep.equal(DEFAULT_ADJUSTMENTS);
    expect(state.windows.w2.adjustments).to.deep.equal({ ...DEFAULT_ADJUSTMENTS, contrast: 300 });
  });

  it('reject adjustments of the wrong type with a typed error', () => {
    const saved = JSON.parse(storeWithWindows('w1').serialize());
    saved.windows.w1.adjustments = { invert: 'yes' };
    expect(() => deserialize(JSON.stringify(saved))).to.throw(StateError, 'expected shape');
    saved.windows.w1.adjustments = [];
    expect(() => deserialize(JSON.stringify(saved))).to.throw(StateError);
  });
});
