import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Slot } from '@vellum/engine';
import type { Rect } from '@vellum/iiif';
import { BOOK_PAGES, pageWords, XSS_FLAG } from '../../../../test/fixtures/pages.mjs';
import { searchableManifest3 } from '../../../../test/fixtures/search.mjs';
import { deepQuery, deepQueryAll, fixture, mountViewer, nextEvent, unmountAll, waitFor, windowOf } from '../testing/viewer-harness.js';
import type { VellumViewer } from '../viewer/viewer.js';
import { VellumSearchPanel } from './search-panel.js';

const panelOf = (viewer: VellumViewer) => deepQuery<VellumSearchPanel>(viewer.shadowRoot!, 'vellum-search-panel');
const hitButtons = (viewer: VellumViewer) => deepQueryAll<HTMLButtonElement>(panelOf(viewer)!.shadowRoot!, '[part="hit"]');
const drawnHits = (viewer: VellumViewer) => deepQueryAll<SVGGraphicsElement>(viewer.shadowRoot!, '[style*="search-hit"]');
const statusText = (viewer: VellumViewer) => (panelOf(viewer)?.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '').trim();
const machineOn = (pageIndex: number) => pageWords(BOOK_PAGES[pageIndex]).find((word) => word.text === 'machine')!;

/** A viewer of the searchable book that has searched for `query`, and the slot of its deep zoom. */
async function searched(query: string, attributes: Record<string, string> = {}): Promise<{ viewer: VellumViewer; slot: Slot }> {
  const viewer = mountViewer({ manifest: fixture('manifests/searchable.json'), search: query, view: 'detail', ...attributes });
  const slotChange = nextEvent(viewer, 'vellum-slot-change', 20_000);
  await waitFor(() => /result/.test(statusText(viewer)), 'the search results', 20_000);
  return { viewer, slot: (await slotChange).detail.slot };
}

/** Whether two boxes are within `tolerance` px on every side. */
function near(actual: DOMRect, expected: DOMRect, tolerance = 3) {
  return ['left', 'top', 'right', 'bottom'].every((side) => Math.abs(actual[side as 'left'] - expected[side as 'left']) <= tolerance);
}

describe('search (IIIF Content Search)', function () {
  this.timeout(60_000);
  afterEach(unmountAll);

  it('lists the results by page with the words around them, counts them, and draws each hit where the page prints the word', async () => {
    const { viewer, slot } = await searched('machine');
    expect(statusText(viewer)).to.equal('14 results');
    const hits = hitButtons(viewer);
    expect(hits).to.have.length(10);
    expect(hits[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('…drawn by a machine for the tests…');
    const pages = [...panelOf(viewer)!.shadowRoot!.querySelectorAll('[part="page"]')].map((heading) => heading.textContent);
    expect(pages.slice(0, 3)).to.deep.equal(['Page 1', 'Page 2', 'Page 3']);
    await waitFor(() => drawnHits(viewer).length === 1, 'the hit on the first page');
    const overlay = slot.addOverlay();
    const expected = overlay.clientRectOf(machineOn(0));
    overlay.remove();
    expect(near(drawnHits(viewer)[0].getBoundingClientRect(), expected), 'the hit box within 3 px of the word').to.equal(true);
  });

  it('draws the hits in the medium view too, where the page prints the word', async () => {
    const viewer = mountViewer({ manifest: fixture('manifests/searchable.json'), search: 'machine', view: 'medium' });
    await waitFor(() => /result/.test(statusText(viewer)), 'the search results', 20_000);
    const image = await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-medium-image'), 'the medium image');
    const highlight = await waitFor(() => image.shadowRoot!.querySelector<HTMLElement>('[part~="highlight"]'), 'the highlight');
    const box = image.getBoundingClientRect();
    const word = machineOn(0);
    const { width, height } = BOOK_PAGES[0];
    const expected = new DOMRect(box.left + (word.x / width) * box.width, box.top + (word.y / height) * box.height, (word.width / width) * box.width, (word.height / height) * box.height);
    expect(near(highlight.getBoundingClientRect(), expected, 1)).to.equal(true);
  });

  it('goes to the next and previous result across pages with N and Shift+N, zoomed to each', async () => {
    const { viewer, slot } = await searched('machine');
    const window = windowOf(viewer);
    const onScreen = (rect: Rect) => {
      const overlay = slot.addOverlay();
      const box = overlay.clientRectOf(rect);
      overlay.remove();
      return box;
    };
    const widthAtHome = onScreen(machineOn(0)).width;
    deepQuery(viewer.shadowRoot!, '[part~="surface"]')!.focus();
    await sendKeys({ press: 'n' });
    await waitFor(() => hitButtons(viewer)[0]?.getAttribute('aria-current') === 'true', 'the first result current');
    await sendKeys({ press: 'n' });
    await waitFor(() => window.canvasIndex === 1, 'the second page');
    await waitFor(() => panelOf(viewer)!.shadowRoot!.querySelector('[part="steps"]')!.textContent!.includes('Result 2 of 14'), 'the position');
    const container = viewer.getBoundingClientRect();
    await waitFor(() => {
      const box = onScreen(machineOn(1));
      return box.width > 2 * widthAtHome && box.left > container.left && box.right < container.right;
    }, 'the view zoomed to the word, with the words around it');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'N' });
    await sendKeys({ up: 'Shift' });
    await waitFor(() => window.canvasIndex === 0, 'back to the first page');
  });

  it('loads more results at the end of those loaded, and the last result ends the steps', async () => {
    const { viewer } = await searched('machine');
    const more = () => panelOf(viewer)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');
    more()!.click();
    await waitFor(() => hitButtons(viewer).length === 14, 'all 14 results');
    expect(more()).to.equal(null);
    hitButtons(viewer)[13].click();
    await waitFor(() => windowOf(viewer).canvasIndex === 13, 'the last page');
    const next = [...panelOf(viewer)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="steps"] button')].at(-1)!;
    await waitFor(() => next.disabled, 'the next button disabled');
  });

  it('searches a Presentation 2 manifest through Content Search 1.0', async () => {
    const viewer = mountViewer({ manifest: fixture('manifests/searchable.v2.json'), search: 'tests', view: 'detail' });
    await waitFor(() => statusText(viewer) === '28 results', 'the 1.0 results', 20_000);
    expect(hitButtons(viewer)).to.have.length(10);
    await waitFor(() => drawnHits(viewer).length === 2, 'both hits of the first page drawn');
  });

  it('offers the terms of the autocomplete as the reader types', async () => {
    const { viewer } = await searched('machine');
    const field = panelOf(viewer)!.shadowRoot!.querySelector('input')!;
    field.value = '';
    field.focus();
    await sendKeys({ type: 'ma' });
    await waitFor(() => [...panelOf(viewer)!.shadowRoot!.querySelectorAll('datalist option')].some((option) => (option as HTMLOptionElement).value === 'machine'), 'the suggestion');
  });

  it('runs the last query when one is typed over a slow one, and says when nothing is found', async () => {
    const json = searchableManifest3(location.origin) as { service: { id: string }[] };
    json.service[0].id = `${json.service[0].id}?delay=1500`;
    const viewer = mountViewer({ view: 'detail' });
    viewer.manifestJson = json;
    await nextEvent(viewer, 'vellum-manifest-load', 20_000);
    const first = viewer.search('machine');
    const second = viewer.search('vellum');
    await Promise.all([first, second]);
    expect(statusText(viewer)).to.equal('Nothing found for “vellum”.');
    expect(hitButtons(viewer)).to.have.length(0);
  });

  it('shows a readable message when the service fails, and the window keeps working', async () => {
    const json = searchableManifest3(location.origin) as { service: { id: string }[] };
    json.service[0].id = `${location.origin}/fixtures/search/2/broken`;
    const viewer = mountViewer({ view: 'detail' });
    viewer.manifestJson = json;
    await nextEvent(viewer, 'vellum-manifest-load', 20_000);
    await viewer.search('machine');
    expect(statusText(viewer)).to.equal('The search service answered with an error.');
    expect(viewer.next()).to.equal(true);
  });

  it('shows hostile text of a result as text', async () => {
    const { viewer } = await searched('machine');
    const panel = panelOf(viewer)!;
    const hostile = `<img src=x onerror="window.${XSS_FLAG}=1">`;
    panel.hits = [{ id: 'h', canvasId: 'c', rects: [], before: hostile, match: hostile, after: hostile }];
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('[part="hit"] img')).to.equal(null);
    expect(panel.shadowRoot!.querySelector('[part="match"]')!.textContent).to.equal(hostile);
    expect((window as unknown as Record<string, unknown>)[XSS_FLAG]).to.equal(undefined);
  });

  it('searches a canvas\'s own service when the manifest has none', async () => {
    const json = searchableManifest3(location.origin) as { service?: object[]; items: { service?: object[] }[] };
    json.items[0].service = json.service;
    delete json.service;
    const viewer = mountViewer({ view: 'detail' });
    viewer.manifestJson = json;
    await nextEvent(viewer, 'vellum-manifest-load', 20_000);
    await windowOf(viewer).updateComplete;
    expect(deepQuery(viewer.shadowRoot!, 'button[aria-label="Search the text"]')).not.to.equal(undefined);
    await viewer.search('machine');
    expect(statusText(viewer)).to.equal('14 results');
  });

  it('offers no search for a manifest without a search service', async () => {
    const viewer = mountViewer({ manifest: fixture('manifests/book.json') });
    await nextEvent(viewer, 'vellum-manifest-load', 20_000);
    await windowOf(viewer).updateComplete;
    expect(deepQuery(viewer.shadowRoot!, 'button[aria-label="Search the text"]')).to.equal(undefined);
  });
});
