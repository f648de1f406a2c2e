import { expect } from '@esm-bundle/chai';
import { MARK_RECT, MARK_RGB, PAPER_POINT, PAPER_RGB } from '../../../../test/fixtures/pages.mjs';
import type { VellumViewer } from '../viewer/viewer.js';
import { deepQuery, fixture, mountViewer, nextEvent, unmountAll, waitFor } from '../testing/viewer-harness.js';

type Rgb = readonly number[];

/** The colour the drawer shows at a point given as fractions of a page of `width` × `height` fitted in the view. */
function colourAt(viewer: VellumViewer, page: { width: number; height: number }, point: { x: number; y: number }): number[] {
  const canvas = deepQuery<HTMLCanvasElement>(viewer.shadowRoot!, '[part~="surface"] canvas')!;
  const { width: cssWidth, height: cssHeight } = canvas.getBoundingClientRect();
  const scale = Math.min(cssWidth / page.width, cssHeight / page.height);
  const left = (cssWidth - page.width * scale) / 2;
  const top = (cssHeight - page.height * scale) / 2;
  const x = ((left + point.x * page.width * scale) * canvas.width) / cssWidth;
  const y = ((top + point.y * page.height * scale) * canvas.height) / cssHeight;
  return [...canvas.getContext('2d')!.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)];
}

const near = (actual: Rgb, expected: Rgb, tolerance = 24) => actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance);
const markCentre = { x: MARK_RECT.x + MARK_RECT.width / 2, y: MARK_RECT.y + MARK_RECT.height / 2 };

describe('<vellum-deep-zoom> inside a viewer', () => {
  afterEach(unmountAll);

  it('draws the page: the mark and the paper have their colours where the page puts them', async () => {
    const viewer = mountViewer({ manifest: fixture('manifests/book.json') });
    await nextEvent(viewer, 'vellum-manifest-load');
    const surface = await waitFor(() => deepQuery(viewer.shadowRoot!, '[part~="surface"]'), 'the surface');
    await waitFor(() => surface.getAttribute('aria-busy') === 'false', 'the first tile');
    const page1 = { width: 1600, height: 2200 };
    await waitFor(() => near(colourAt(viewer, page1, markCentre), MARK_RGB), 'the mark to be drawn');
    expect(near(colourAt(viewer, page1, PAPER_POINT), PAPER_RGB)).to.equal(true);

    viewer.next();
    const page2 = { width: 1800, height: 2400 };
    await waitFor(() => near(colourAt(viewer, page2, markCentre), MARK_RGB), 'the mark of page 2 to be drawn');
    expect(near(colourAt(viewer, page2, PAPER_POINT), PAPER_RGB)).to.equal(true);
  });

  it('shows a non-blocking notice when some tiles fail and the rest of the image draws', async () => {
    const book = await (await fetch(fixture('manifests/book.json'))).json();
    const [page] = book.items[0].items[0].items;
    const brokenService = [{ id: fixture('bad/broken-tiles/iiif3'), type: 'ImageService3', profile: 'level0' }];
    const broken = { ...page, id: `${page.id}-broken`, body: { ...page.body, id: fixture('bad/broken-tiles/iiif3/full/max/0/default.jpg'), service: brokenService } };
    book.items = [{ ...book.items[0], items: [{ ...book.items[0].items[0], items: [page, broken] }] }];
    const viewer = mountViewer();
    viewer.manifestJson = book;
    await nextEvent(viewer, 'vellum-manifest-load');
    const notice = await waitFor(() => deepQuery(viewer.shadowRoot!, '[part~="notice"]'), 'the tile notice', 15_000);
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('Some parts of the image could not be loaded.');
    expect(deepQuery(viewer.shadowRoot!, '[role="alert"]')).to.equal(undefined);
    deepQuery<HTMLButtonElement>(notice, 'button[aria-label="Dismiss"]')!.click();
    await waitFor(() => !deepQuery(viewer.shadowRoot!, '[part~="notice"]'), 'the notice to go');
  });

  it('says the image could not be loaded when every tile fails, instead of a blank image called settled', async () => {
    const viewer = mountViewer({ manifest: fixture('bad/broken-tiles.json') });
    const error = nextEvent(viewer, 'vellum-error');
    expect((await error).detail.kind).to.equal('tiles');
    const alert = await waitFor(() => deepQuery(viewer.shadowRoot!, '[role="alert"]'), 'the error', 15_000);
    expect(alert.textContent).to.contain('The image for this page could not be loaded.');
    expect(deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom')!.getAttribute('status')).to.equal('error');
  });
});
