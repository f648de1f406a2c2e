/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { WEBGL_SLOT_BUDGET, chooseDrawer, claimWebglSlot, liveWebglSlotCount, webglProbe } from './drawer-policy.js';
import { Slot } from './slot.js';
import { makeContainer, removeContainers } from './test-helpers.js';

describe('drawer policy', () => {
  afterEach(removeContainers);

  it('measures WebGL once and sees the software renderer of a browser run with --disable-gpu', () => {
    const probe = webglProbe();
    expect(webglProbe()).to.equal(probe);
    expect(probe.software).to.equal(true);
    expect(chooseDrawer()).to.equal('canvas');
  });

  it('chooses canvas once the page has used its WebGL budget', () => {
    const releases = Array.from({ length: WEBGL_SLOT_BUDGET }, () => claimWebglSlot());
    expect(chooseDrawer()).to.equal('canvas');
    releases.forEach((release) => release());
    expect(liveWebglSlotCount()).to.equal(0);
  });

  it('gives a slot the shared choice by default', () => {
    const slot = new Slot(makeContainer(200, 200));
    expect(slot.drawer).to.equal(chooseDrawer());
    slot.destroy();
  });

  it('counts a live WebGL slot until it is destroyed', () => {
    const before = liveWebglSlotCount();
    const slot = new Slot(makeContainer(200, 200), { drawer: 'webgl' });
    expect(liveWebglSlotCount()).to.equal(before + (slot.drawer === 'webgl' ? 1 : 0));
    slot.destroy();
    slot.destroy();
    expect(liveWebglSlotCount()).to.equal(before);
  });
});
