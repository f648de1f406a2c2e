import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { actions } from '@vellum/state';
import type { ViewerManifest } from '@vellum/iiif';
import { MARK_RECT, MARK_RGB, PAPER_POINT, PAPER_RGB, TAB_RECT } from '../../../../test/fixtures/pages.mjs';
import { fixture, waitFor } from '../testing/viewer-harness.js';
import type { VellumMediumImage } from './medium-image.js';
import type { VellumMediumView } from './medium-view.js';
import { loadManifest, mountView, unmountViews, WINDOW_ID } from '../window-view/view-harness.js';

const mediumImage = (view: VellumMediumView) => view.shadowRoot!.querySelector<VellumMediumImage>('vellum-medium-image')!;
const shown = (view: VellumMediumView) => mediumImage(view).shadowRoot!.querySelector<HTMLElement>('[part~="image"]');
const loaded = (view: VellumMediumView) => waitFor(() => mediumImage(view)?.getAttribute('status') === 'loaded', 'the medium image');
const near = (actual: readonly number[], expected: readonly number[], tolerance = 24) => actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance);

type ImageSource = ViewerManifest['canvases'][number]['images'][number]['source'];

/** The book manifest with its first page's image source changed by `patch`. */
async function bookWithFirstSource(patch: Partial<ImageSource>): Promise<ViewerManifest> {
  const manifest = await loadManifest(fixture('manifests/book.json'));
  const [first, ...rest] = manifest.canvases;
  const image = { ...first.images[0], source: { ...first.images[0].source, ...patch } as ImageSource };
  return { ...manifest, canvases: [{ ...first, images: [image] }, ...rest] };
}

/** The book manifest whose first page's service answers with an info.json without `sizes`. */
async function bookWithoutSizes(): Promise<ViewerManifest> {
  const info = await (await fetch(fixture('images/page-01/iiif3/info.json'))).json();
  delete info.sizes;
  return bookWithFirstSource({ infoUrl: URL.createObjectURL(new Blob([JSON.stringify(info)], { type: 'application/json' })) });
}

describe('<vellum-medium-view>', () => {
  it('says that a canvas without a size (audio, video, text) has no image to show, and the page stays responsive', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const sizeless = { ...manifest, canvases: [{ ...manifest.canvases[0], width: 0, height: 0, images: [] }] };
    const { element } = await mountView('vellum-medium-view', sizeless, { width: 800, height: 600 });
    await waitFor(() => element.shadowRoot!.querySelector('[part="message"]'), 'the message');
    expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('This page has no image to show.');
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.now() - started, 'a 50 ms timer fires on time').to.be.below(1000);
  });


  afterEach(async () => {
    unmountViews();
    await emulateMedia({ media: 'screen' });
  });

  it('loads the medium file of a proxied service from the address its info.json came from, not its internal id', async () => {
    const base = fixture('proxied/page-01/iiif3');
    const manifest = await bookWithFirstSource({ serviceId: base, infoUrl: `${base}/info.json` });
    const { element } = await mountView('vellum-medium-view', manifest, { width: 800, height: 600 });
    await loaded(element);
    expect((shown(element) as HTMLImageElement).src).to.equal(`${base}/full/800,1100/0/default.jpg`);
  });

  it('shows the current canvas as one medium-size file from the service sizes, fitted to the element', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const { element, store } = await mountView('vellum-medium-view', manifest, { width: 800, height: 600 });
    await loaded(element);
    const image = shown(element) as HTMLImageElement;
    expect(image.src).to.equal(`${fixture('images/page-01/iiif3')}/full/800,1100/0/default.jpg`);
    expect(image.alt).to.equal('Page 1');
    expect(image.naturalWidth).to.equal(800);
    const box = image.getBoundingClientRect();
    expect(box.height).to.be.closeTo(600, 1);
    expect(box.width).to.be.closeTo((600 * 1600) / 2200, 1);
    expect(element.shadowRoot!.querySelectorAll('img, canvas, vellum-medium-image')).to.have.length(1);

    store.dispatch(actions.setCanvas(WINDOW_ID, manifest.canvases[1].id));
    await waitFor(() => (shown(element) as HTMLImageElement)?.src.includes('page-02'), 'the next page');
    expect((shown(element) as HTMLImageElement).src).to.equal(`${fixture('images/page-02/iiif3')}/full/900,1200/0/default.jpg`);
  });

  it('stitches the tiles of one level at level 0 when no listed size suits', async () => {
    const { element } = await mountView('vellum-medium-view', await bookWithoutSizes(), { width: 800, height: 600 });
    await loaded(element);
    const canvas = shown(element) as HTMLCanvasElement;
    expect(canvas.tagName).to.equal('CANVAS');
    expect([canvas.width, canvas.height]).to.deep.equal([800, 1100]);
    expect(canvas.getAttribute('aria-label')).to.equal('Page 1');
    const colourAt = (point: { x: number; y: number }) => [...canvas.getContext('2d')!.getImageData(point.x * 800, point.y * 1100, 1, 1).data.slice(0, 3)];
    expect(near(colourAt({ x: MARK_RECT.x + MARK_RECT.width / 2, y: MARK_RECT.y + MARK_RECT.height / 2 }), MARK_RGB)).to.equal(true);
    expect(near(colourAt(PAPER_POINT), PAPER_RGB)).to.equal(true);
    expect(near(colourAt({ x: 0.9, y: 0.97 }), PAPER_RGB)).to.equal(true);
  });

  it('says so when none of the tiles it stitches loads, rather than showing a blank page', async () => {
    const { element } = await mountView('vellum-medium-view', await loadManifest(fixture('bad/broken-tiles.json')), { width: 800, height: 600 });
    const error = await waitFor(() => mediumImage(element)?.shadowRoot!.querySelector('[part="error"]'), 'the error');
    expect(error.textContent).to.equal('The image for this page could not be loaded.');
    expect(error.getAttribute('role')).to.equal('alert');
  });

  it('shows only the painted region of an image: the right half of the page, with its mark and without its tab', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const [first] = manifest.canvases;
    const { width, height } = first.images[0].source as { width: number; height: number };
    const image = { ...first.images[0], target: { x: 0, y: 0, width: width / 2, height }, region: { x: width / 2, y: 0, width: width / 2, height } };
    const cropped = { ...manifest, canvases: [{ ...first, width: width / 2, height, images: [image] }] };
    const { element } = await mountView('vellum-medium-view', cropped, { width: 800, height: 600 });
    await loaded(element);
    const clip = mediumImage(element).shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect();
    const whole = shown(element)!.getBoundingClientRect();
    expect(clip.height).to.be.closeTo(600, 1);
    expect(clip.width).to.be.closeTo((600 * width) / 2 / height, 1);
    expect(whole.width).to.be.closeTo(clip.width * 2, 1);
    expect(whole.left).to.be.closeTo(clip.left - clip.width, 1);
    const across = (fraction: number) => whole.left + fraction * whole.width;
    expect(across(MARK_RECT.x) >= clip.left && across(MARK_RECT.x + MARK_RECT.width) <= clip.right, 'the mark inside the shown region').to.equal(true);
    expect(across(TAB_RECT.x + TAB_RECT.width) <= clip.left, 'the tab outside it').to.equal(true);
    expect(getComputedStyle(mediumImage(element).shadowRoot!.querySelector('[part="box"]')!).overflow).to.equal('hidden');
  });

  it('shows a plain image without a service as it is', async () => {
    const { element } = await mountView('vellum-medium-view', await loadManifest(fixture('manifests/plain-image.json')));
    await loaded(element);
    expect((shown(element) as HTMLImageElement).src).to.equal(fixture('images/page-02/page.jpg'));
  });

  it('says so in the page area when the image service cannot be loaded', async () => {
    const { element } = await mountView('vellum-medium-view', await loadManifest(fixture('bad/missing-info.json')));
    const error = await waitFor(() => mediumImage(element).shadowRoot!.querySelector('[part="error"]'), 'the error');
    expect(error.textContent).to.equal('The image service for this page could not be loaded.');
  });

  it('prints the image fitted to the page', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const { element } = await mountView('vellum-medium-view', manifest, { width: 800, height: 200 });
    await loaded(element);
    await emulateMedia({ media: 'print' });
    await waitFor(() => shown(element)!.getBoundingClientRect().height > 250, 'the print layout');
    const box = shown(element)!.getBoundingClientRect();
    expect(box.height).to.be.closeTo(window.innerHeight, 2);
    expect(box.width).to.be.at.most(element.getBoundingClientRect().width + 1);
  });
});
