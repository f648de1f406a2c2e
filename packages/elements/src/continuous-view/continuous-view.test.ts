import { expect } from '@esm-bundle/chai';
import { actions } from '@vellum/state';
import type { ViewerManifest, ViewingDirection } from '@vellum/iiif';
import { deepElements, fixture, waitFor } from '../testing/viewer-harness.js';
import type { VellumMediumImage } from '../medium-view/medium-image.js';
import { currentCanvasId, loadManifest, mountView, unmountViews, WINDOW_ID } from '../window-view/view-harness.js';
import type { VellumContinuousView } from './continuous-view.js';

const strip = (view: VellumContinuousView) => view.shadowRoot!.querySelector<HTMLElement>('[part~="strip"]')!;
const items = (view: VellumContinuousView) => [...view.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
const indexOf = (candidate: HTMLElement) => Number(candidate.getAttribute('aria-label')!.split('.')[0].replace(/,/g, '')) - 1;
const item = (view: VellumContinuousView, index: number) => items(view).find((candidate) => indexOf(candidate) === index);
const withDirection = (manifest: ViewerManifest, viewingDirection: ViewingDirection) => ({ ...manifest, viewingDirection });

function visibleShare(view: VellumContinuousView, index: number): number {
  const box = item(view, index)?.getBoundingClientRect();
  const port = strip(view).getBoundingClientRect();
  if (!box) return 0;
  const width = Math.min(box.right, port.right) - Math.max(box.left, port.left);
  const height = Math.min(box.bottom, port.bottom) - Math.max(box.top, port.top);
  return Math.max(0, width) * Math.max(0, height) / (box.width * box.height);
}

describe('<vellum-continuous-view>', () => {
  afterEach(unmountViews);

  it('puts only the canvases near the viewport of a 2,000-canvas strip in the DOM, as medium images', async () => {
    const manifest = await loadManifest(fixture('manifests/many-2000.json'));
    const { element } = await mountView('vellum-continuous-view', manifest, { width: 1000, height: 500 });
    expect(items(element).length).to.be.within(3, 12);
    expect(deepElements(element.shadowRoot!).length).to.be.below(100);
    const first = item(element, 0)!.querySelector<VellumMediumImage>('vellum-medium-image')!;
    await waitFor(() => first.getAttribute('status') === 'loaded', 'the first image');
    expect(first.shadowRoot!.querySelector('img')!.src).to.equal(`${fixture('images/page-01/iiif3')}/full/800,1100/0/default.jpg`);
    strip(element).scrollLeft = strip(element).scrollWidth / 2;
    await waitFor(() => items(element).every((candidate) => Math.abs(indexOf(candidate) - 1000) < 100), 'the middle canvases');
    expect(items(element).length).to.be.within(3, 12);
  });

  it('makes the canvas most in view current as it scrolls, and scrolls to a canvas the store moves to', async () => {
    const manifest = await loadManifest(fixture('manifests/many-2000.json'));
    const { element, store } = await mountView('vellum-continuous-view', manifest, { width: 1000, height: 500 });
    expect(item(element, 0)!.getAttribute('aria-current')).to.equal('true');
    strip(element).scrollLeft = item(element, 3)!.offsetLeft - 8;
    await waitFor(() => currentCanvasId(store) === manifest.canvases[3].id, 'canvas 4 to become current');
    await element.updateComplete;
    expect(item(element, 3)!.getAttribute('part')).to.equal('item current');

    store.dispatch(actions.setCanvas(WINDOW_ID, manifest.canvases[1500].id));
    await waitFor(() => visibleShare(element, 1500) === 1, 'canvas 1501 in view');
    expect(strip(element).scrollLeft).to.be.closeTo(item(element, 1500)!.offsetLeft - 8, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(currentCanvasId(store)).to.equal(manifest.canvases[1500].id);
  });

  it('lays a right-to-left strip from the right, starting at its right end', async () => {
    const manifest = await loadManifest(fixture('manifests/book-rtl.json'));
    const { element } = await mountView('vellum-continuous-view', manifest, { width: 1000, height: 500 });
    expect(item(element, 0)!.offsetLeft).to.be.above(item(element, 1)!.offsetLeft);
    expect(visibleShare(element, 0)).to.equal(1);
    expect(strip(element).scrollLeft).to.be.closeTo(strip(element).scrollWidth - strip(element).clientWidth, 1);
  });

  it('stacks top-to-bottom and bottom-to-top strips, each starting with the first canvas in view', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const down = await mountView('vellum-continuous-view', withDirection(manifest, 'top-to-bottom'), { width: 400, height: 600 });
    expect(item(down.element, 1)!.offsetTop).to.be.above(item(down.element, 0)!.offsetTop);
    expect(item(down.element, 0)!.offsetLeft).to.equal(item(down.element, 1)!.offsetLeft);
    expect(strip(down.element).scrollTop).to.equal(0);
    unmountViews();
    const up = await mountView('vellum-continuous-view', withDirection(manifest, 'bottom-to-top'), { width: 400, height: 600 });
    expect(item(up.element, 0)!.offsetTop).to.be.above(item(up.element, 1)!.offsetTop);
    expect(visibleShare(up.element, 0)).to.be.above(0.5);
    strip(up.element).scrollTop -= 1200;
    await waitFor(() => currentCanvasId(up.store) !== manifest.canvases[0].id, 'a later canvas to become current');
    expect(manifest.canvases.findIndex((canvas) => canvas.id === currentCanvasId(up.store))).to.be.above(0);
  });
});
