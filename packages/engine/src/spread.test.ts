/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { TAB_RECT, pageByName } from '../../../test/fixtures/pages.mjs';
import { Slot } from './slot.js';
import { spreadCanvas } from './spread.js';
import { makeContainer, near, pageCanvas, pixelAt, removeContainers, settled } from './test-helpers.js';

const [first, second] = [pageByName('page-01'), pageByName('page-02')];
const slots: Slot[] = [];

afterEach(() => {
  slots.splice(0).forEach((slot) => slot.destroy());
  removeContainers();
});

describe('spreads', () => {
  it('places pages side by side at the height of the tallest', () => {
    const spread = spreadCanvas([pageCanvas('page-01', 1000, 2000), pageCanvas('page-02', 600, 1000)]);
    expect(spread).to.include({ id: 'page-01-canvas', width: 2200, height: 2000 });
    expect(spread.images[1].target).to.deep.equal({ x: 1000, y: 0, width: 1200, height: 2000 });
    expect(spread.pages?.map((page) => page.rect.x)).to.deep.equal([0, 1000]);
  });

  it('draws each page on its side of the slot', async () => {
    const container = makeContainer(640, 440);
    const slot = new Slot(container);
    slots.push(slot);
    const height = first.height;
    const scaledWidth = (second.width * height) / second.height;
    await slot.show(spreadCanvas([pageCanvas('page-01', first.width, first.height), pageCanvas('page-02', second.width, second.height)]));
    await settled(slot);
    const spreadWidth = first.width + scaledWidth;
    const viewWidth = (height * 640) / 440;
    const left = (viewWidth - spreadWidth) / 2;
    const tabY = TAB_RECT.y + TAB_RECT.height / 2;
    const tabX = (pageLeft: number, pageWidth: number) => (left + pageLeft + (TAB_RECT.x + TAB_RECT.width / 2) * pageWidth) / viewWidth;
    expect(near(pixelAt(container, tabX(0, first.width), tabY), first.tabRgb)).to.equal(true);
    expect(near(pixelAt(container, tabX(first.width, scaledWidth), tabY), second.tabRgb)).to.equal(true);
  });

  it('shows a navigator only when asked', async () => {
    const container = makeContainer(400, 400);
    const slot = new Slot(container);
    slots.push(slot);
    await slot.show(pageCanvas('page-01', first.width, first.height));
    expect(slot.navigatorVisible).to.equal(false);
    slot.setNavigator(true);
    expect(slot.navigatorVisible).to.equal(true);
    const overview = container.querySelector('.navigator') as HTMLElement;
    expect(overview.getBoundingClientRect().width).to.be.greaterThan(0);
    slot.setNavigator(false);
    expect(slot.navigatorVisible).to.equal(false);
    expect(overview.getBoundingClientRect().width).to.equal(0);
  });
});
