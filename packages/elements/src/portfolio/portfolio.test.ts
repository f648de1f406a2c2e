import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { actions, type Store } from '@vellum/state';
import { level0Canvases, THUMBNAIL_FILE } from '../testing/thumbnail-harness.js';
import { deepElements, fixture, waitFor } from '../testing/viewer-harness.js';
import { currentCanvasId, loadManifest, mountView, unmountViews, WINDOW_ID } from '../window-view/view-harness.js';
import type { VellumPortfolio } from './portfolio.js';

const root = (portfolio: VellumPortfolio) => portfolio.shadowRoot!;
const list = (portfolio: VellumPortfolio) => root(portfolio).querySelector<HTMLElement>('[role="listbox"]')!;
const cell = (portfolio: VellumPortfolio, index: number) => root(portfolio).getElementById(`cell-${index}`);
const activeIndex = (portfolio: VellumPortfolio) => Number(list(portfolio).getAttribute('aria-activedescendant')!.replace('cell-', ''));
const columnCount = (portfolio: VellumPortfolio) => {
  const top = cell(portfolio, 0)!.offsetTop;
  return [...root(portfolio).querySelectorAll<HTMLElement>('[role="option"]')].filter((option) => option.offsetTop === top).length;
};
const viewMode = (store: Store) => store.state.windows[WINDOW_ID].viewMode;

function isInView(portfolio: VellumPortfolio, index: number): boolean {
  const box = cell(portfolio, index)?.getBoundingClientRect();
  const view = list(portfolio).getBoundingClientRect();
  return Boolean(box && box.top >= view.top - 1 && box.bottom <= view.bottom + 1);
}

async function press(portfolio: VellumPortfolio, key: string) {
  await sendKeys({ press: key });
  await portfolio.updateComplete;
}

describe('<vellum-portfolio>', () => {
  afterEach(unmountViews);

  it('keeps 10,000 canvases under 1,500 DOM nodes, wherever it is scrolled', async () => {
    const manifest = await loadManifest(fixture('manifests/many-10000.json'));
    const { element } = await mountView('vellum-portfolio', manifest, { width: 1000, height: 700 });
    const nodes = () => deepElements(root(element)).length;
    expect(nodes()).to.be.below(1500);
    expect(cell(element, 0)!.getAttribute('aria-label')).to.equal('1. Canvas 1');
    list(element).scrollTop = list(element).scrollHeight;
    await waitFor(() => cell(element, 9999), 'the last canvas to render');
    expect(nodes()).to.be.below(1500);
    expect(cell(element, 0)).to.equal(null);
    expect(cell(element, 9999)!.querySelector('.label')!.textContent).to.equal('Canvas 10000');
  });

  it('marks the current canvas and scrolls it into view, also when the store moves on', async () => {
    const manifest = await loadManifest(fixture('manifests/many-2000.json'));
    const { element, store } = await mountView('vellum-portfolio', manifest, { canvasIndex: 1234 });
    await waitFor(() => isInView(element, 1234), 'the current canvas in view');
    expect(cell(element, 1234)!.getAttribute('aria-selected')).to.equal('true');
    expect(cell(element, 1234)!.getAttribute('part')).to.equal('item current');
    store.dispatch(actions.setCanvas(WINDOW_ID, manifest.canvases[40].id));
    await waitFor(() => isInView(element, 40), 'the new current canvas in view');
    expect(root(element).querySelectorAll('[aria-selected="true"]')).to.have.length(1);
  });

  it('moves by cell, row and page with the keyboard and opens the canvas in detail with Enter', async () => {
    const manifest = await loadManifest(fixture('manifests/many-2000.json'));
    const { element, store } = await mountView('vellum-portfolio', manifest, { width: 900, height: 600, viewMode: 'portfolio' });
    const columns = columnCount(element);
    expect(columns).to.equal(5);
    list(element).focus();
    await press(element, 'ArrowRight');
    expect(activeIndex(element)).to.equal(1);
    await press(element, 'ArrowDown');
    expect(activeIndex(element)).to.equal(1 + columns);
    await press(element, 'ArrowLeft');
    await press(element, 'ArrowUp');
    expect(activeIndex(element)).to.equal(0);
    await press(element, 'PageDown');
    const pageRows = Math.floor(list(element).clientHeight / cell(element, 0)!.offsetHeight);
    expect(activeIndex(element)).to.equal(pageRows * columns);
    await press(element, 'End');
    expect(activeIndex(element)).to.equal(1999);
    await waitFor(() => isInView(element, 1999), 'the last canvas in view');
    await press(element, 'PageUp');
    expect(activeIndex(element)).to.equal(1999 - pageRows * columns);
    await press(element, 'Home');
    expect(activeIndex(element)).to.equal(0);
    await press(element, 'ArrowRight');
    expect(viewMode(store)).to.equal('portfolio');
    await press(element, 'Enter');
    expect(currentCanvasId(store)).to.equal(manifest.canvases[1].id);
    expect(viewMode(store)).to.equal('detail');
  });

  it('opens a clicked thumbnail in detail, and Space works like Enter', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const { element, store } = await mountView('vellum-portfolio', manifest, { viewMode: 'portfolio' });
    cell(element, 3)!.click();
    expect(currentCanvasId(store)).to.equal(manifest.canvases[3].id);
    expect(viewMode(store)).to.equal('detail');
    store.dispatch(actions.setViewMode(WINDOW_ID, 'portfolio'));
    list(element).focus();
    await press(element, 'ArrowRight');
    await press(element, ' ');
    expect(currentCanvasId(store)).to.equal(manifest.canvases[4].id);
    expect(viewMode(store)).to.equal('detail');
  });

  it('offers three thumbnail sizes and shows each thumbnail image', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const { element } = await mountView('vellum-portfolio', manifest, { width: 900 });
    const button = (name: string) => [...root(element).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === name)!;
    expect(root(element).querySelector('[part="sizes"]')!.getAttribute('aria-label')).to.equal('Thumbnail size');
    expect(button('Medium').getAttribute('aria-pressed')).to.equal('true');
    const medium = columnCount(element);
    button('Small').click();
    await element.updateComplete;
    expect(button('Small').getAttribute('aria-pressed')).to.equal('true');
    expect(columnCount(element)).to.be.above(medium);
    button('Large').click();
    await element.updateComplete;
    expect(columnCount(element)).to.be.below(medium);
    const image = cell(element, 0)!.querySelector('img')!;
    await waitFor(() => image.complete && image.naturalWidth > 0, 'the thumbnail to load');
    expect(image.src).to.equal(`${fixture('images/page-01/iiif3')}/full/200,275/0/default.jpg`);
  });

  it('shows a listed size or a whole-image tile of level 0 services that list no sizes, never the full image', async () => {
    const manifest = await loadManifest(fixture('manifests/book.json'));
    const { element } = await mountView('vellum-portfolio', { ...manifest, canvases: await level0Canvases() }, { width: 800 });
    const images = await waitFor(() => {
      const found = manifest.canvases.map((canvas) => cell(element, canvas.index)?.querySelector('img'));
      return found.every(Boolean) && (found as HTMLImageElement[]);
    }, 'every thumbnail');
    expect(images[0].src).to.equal(`${fixture('images/page-01/iiif3')}/full/200,275/0/default.jpg`);
    expect(images[1].src).to.equal(`${fixture('images/page-02/iiif3')}/full/225,300/0/default.jpg`);
    for (const image of images) {
      expect(image.src).to.match(THUMBNAIL_FILE);
      expect((await fetch(image.src)).status, image.src).to.equal(200);
    }
  });

  it('fills rows from the right for a right-to-left manifest, and the arrows follow', async () => {
    const manifest = await loadManifest(fixture('manifests/book-rtl.json'));
    const { element } = await mountView('vellum-portfolio', manifest);
    expect(cell(element, 0)!.offsetLeft).to.be.above(cell(element, 1)!.offsetLeft);
    list(element).focus();
    await press(element, 'ArrowLeft');
    expect(activeIndex(element)).to.equal(1);
  });
});
