import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { VellumErrorKind } from '../events/events.js';
import {
  buttonNamed,
  deepElements,
  deepQuery,
  fixture,
  mountViewer,
  nextEvent,
  partText,
  unmountAll,
  waitFor,
  windowOf,
} from '../testing/viewer-harness.js';

const BOOK = fixture('manifests/book.json');
const canvasId = (n: number) => fixture(`manifests/book/canvas/${n}`);

/** The book in detail mode (one page at a time) unless `view` says otherwise. */
async function loadedBook(attributes: Record<string, string> = {}) {
  const viewer = mountViewer({ manifest: BOOK, view: 'detail', ...attributes });
  await nextEvent(viewer, 'vellum-manifest-load');
  await windowOf(viewer).updateComplete;
  return viewer;
}

describe('<vellum-viewer>', () => {
  afterEach(unmountAll);

  it('shows the manifest label, the canvas position and label, and thumbnails', async () => {
    const viewer = mountViewer({ manifest: BOOK });
    const event = await nextEvent(viewer, 'vellum-manifest-load');
    await windowOf(viewer).updateComplete;
    expect(event.detail.manifest.canvases).to.have.length(14);
    expect(partText(viewer, 'title')).to.equal('The Vellum Test Book');
    expect(partText(viewer, 'position')).to.equal('1 of 14');
    expect(partText(viewer, 'canvas-label')).to.equal('Page 1');
    const thumbnails = await waitFor(
      () => deepElements(viewer.shadowRoot!).filter((el) => el.matches('[role="option"]')),
      'thumbnails',
    );
    expect(thumbnails.length).to.be.greaterThan(3);
    expect(thumbnails[0].getAttribute('aria-selected')).to.equal('true');
    expect(thumbnails[0].querySelector('img')?.getAttribute('loading')).to.equal('lazy');
  });

  it('goes to the next canvas with the button and fires vellum-canvas-change', async () => {
    const viewer = await loadedBook();
    const change = nextEvent(viewer, 'vellum-canvas-change');
    buttonNamed(viewer, 'Next').click();
    const { detail } = await change;
    expect(detail).to.deep.equal({ canvasId: canvasId(2), index: 1 });
    await windowOf(viewer).updateComplete;
    expect(partText(viewer, 'position')).to.equal('2 of 14');
    expect(viewer.canvasIndex).to.equal(1);
  });

  it('is driven by the keyboard when focused', async () => {
    const viewer = await loadedBook();
    deepQuery(viewer.shadowRoot!, '[part~="surface"]')!.focus();
    const seen: number[] = [];
    viewer.addEventListener('vellum-canvas-change', (event) => seen.push(event.detail.index));
    for (const press of ['ArrowRight', 'ArrowRight', 'PageUp', 'End', 'ArrowLeft', 'Home', 'PageDown']) {
      await sendKeys({ press });
    }
    expect(seen).to.deep.equal([1, 2, 1, 13, 12, 0, 1]);
    await windowOf(viewer).updateComplete;
    expect(partText(viewer, 'position')).to.equal('2 of 14');
  });

  it('zooms, resets and rotates from the keyboard and the API', async () => {
    const viewer = await loadedBook();
    const windowState = () => viewer.store.state.windows.main;
    const initial = await waitFor(() => windowState().viewport, 'an initial viewport');
    deepQuery(viewer.shadowRoot!, '[part~="surface"]')!.focus();
    await sendKeys({ press: '+' });
    await waitFor(() => windowState().viewport!.width < initial.width * 0.9, 'zoom in');
    await sendKeys({ press: '0' });
    await waitFor(() => Math.abs(windowState().viewport!.width - initial.width) < initial.width * 0.05, 'home');
    viewer.zoomOut();
    await waitFor(() => windowState().viewport!.width > initial.width * 1.1, 'zoom out');
    viewer.rotate();
    await sendKeys({ press: 'r' });
    expect(windowState().rotation).to.equal(180);
  });

  it('opens the canvas given by index or by id, without firing vellum-canvas-change', async () => {
    let changes = 0;
    const byIndex = mountViewer({ manifest: BOOK, canvas: '3', view: 'detail' });
    const byId = mountViewer({ manifest: BOOK, canvas: canvasId(6), view: 'detail' });
    for (const viewer of [byIndex, byId]) viewer.addEventListener('vellum-canvas-change', () => changes++);
    await waitFor(() => partText(byIndex, 'position') === '4 of 14', 'canvas by index');
    await waitFor(() => partText(byId, 'position') === '6 of 14', 'canvas by id');
    byIndex.canvas = canvasId(10);
    await waitFor(() => partText(byIndex, 'position') === '10 of 14', 'canvas property');
    byIndex.canvasIndex = 0;
    await waitFor(() => partText(byIndex, 'position') === '1 of 14', 'canvasIndex property');
    expect(changes).to.equal(0);
    expect(byId.goTo('no-such-canvas')).to.equal(false);
    expect(byId.goTo(13)).to.equal(true);
    expect(changes).to.equal(1);
  });

  it('loads a manifest given as JSON', async () => {
    const json = await (await fetch(BOOK)).json();
    const viewer = mountViewer();
    viewer.manifestJson = json;
    await nextEvent(viewer, 'vellum-manifest-load');
    await windowOf(viewer).updateComplete;
    expect(partText(viewer, 'title')).to.equal('The Vellum Test Book');
  });

  it('shows the information panel with metadata and a rights link', async () => {
    const viewer = await loadedBook();
    buttonNamed(viewer, 'Information').click();
    const metadata = await waitFor(() => deepQuery(viewer.shadowRoot!, '[part~="metadata"]'), 'the info panel');
    expect(metadata.textContent).to.contain('Binding').and.contain('Synthetic quarter vellum');
    expect(metadata.textContent).to.contain('Attribution').and.contain('Vellum Test Library');
    const rights = deepQuery<HTMLAnchorElement>(viewer.shadowRoot!, 'a[part~="rights"]')!;
    expect(rights.href).to.equal('http://creativecommons.org/licenses/by/4.0/');
    expect(rights.textContent!.trim()).to.equal('CC BY 4.0');
    expect(rights.querySelector('[role="img"]')?.getAttribute('aria-label')).to.equal('Creative Commons licence');
    buttonNamed(viewer, 'Close information').click();
    await waitFor(() => !deepQuery(viewer.shadowRoot!, '[part~="metadata"]'), 'the panel to close');
  });

  it('keeps the thumbnail DOM small for 10,000 canvases', async () => {
    const viewer = mountViewer({ manifest: fixture('manifests/many-10000.json') });
    await nextEvent(viewer, 'vellum-manifest-load', 30_000);
    await windowOf(viewer).updateComplete;
    expect(partText(viewer, 'position')).to.equal('1 of 10,000');
    const options = () => deepElements(viewer.shadowRoot!).filter((el) => el.matches('[role="option"]'));
    await waitFor(() => options().length > 0, 'thumbnails');
    expect(options().length).to.be.below(40);
    expect(deepElements(viewer.shadowRoot!).length).to.be.below(400);
    viewer.goTo(9999);
    await waitFor(() => options().some((el) => el.getAttribute('aria-selected') === 'true' && el.id === 'thumb-9999'), 'last thumbnail');
    expect(options().length).to.be.below(40);
  });

  it('browses thumbnails with the keyboard and opens one with Enter', async () => {
    const viewer = await loadedBook();
    const list = await waitFor(() => deepQuery<HTMLElement>(viewer.shadowRoot!, '[role="listbox"]'), 'the strip');
    list.focus();
    const change = nextEvent(viewer, 'vellum-canvas-change');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(list.getAttribute('aria-activedescendant')).to.equal('thumb-2');
    await sendKeys({ press: 'Enter' });
    expect((await change).detail.index).to.equal(2);
  });

  it('documents its keyboard shortcuts in a help popup', async () => {
    const viewer = await loadedBook();
    buttonNamed(viewer, 'Keyboard shortcuts').click();
    await windowOf(viewer).updateComplete;
    const help = deepQuery(viewer.shadowRoot!, '[part~="help"]')!;
    expect(help.getAttribute('role')).to.equal('dialog');
    expect(help.textContent).to.contain('PageDown').and.contain('Zoom in or out');
  });

  it('fits a 320 px wide page', async () => {
    const viewer = mountViewer({ manifest: BOOK }, 320);
    await nextEvent(viewer, 'vellum-manifest-load');
    await windowOf(viewer).updateComplete;
    expect(viewer.getBoundingClientRect().width).to.equal(320);
    expect(viewer.shadowRoot!.querySelector('vellum-window')!.scrollWidth).to.be.at.most(320);
    expect(buttonNamed(viewer, 'Next').getBoundingClientRect().right).to.be.at.most(viewer.getBoundingClientRect().right);
  });

  it('gathers a narrow window\'s buttons under "More controls", walkable by keyboard', async () => {
    const viewer = mountViewer({ manifest: BOOK, view: 'detail' }, 320);
    await nextEvent(viewer, 'vellum-manifest-load');
    const window = windowOf(viewer);
    const more = await waitFor(() => deepQuery<HTMLButtonElement>(viewer.shadowRoot!, 'button[aria-label="More controls"]'), 'the more button');
    const info = buttonNamed(viewer, 'Information');
    expect(info.checkVisibility()).to.equal(false);
    more.click();
    await waitFor(() => window.shadowRoot!.activeElement === window.shadowRoot!.querySelector('.more button'), 'focus on the first gathered button');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(info.checkVisibility()).to.equal(true);
    const box = window.shadowRoot!.querySelector('.more')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(viewer.getBoundingClientRect().left);
    await sendKeys({ press: 'Escape' });
    await window.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(window.shadowRoot!.activeElement).to.equal(more);
    more.click();
    await window.updateComplete;
    info.click();
    await window.updateComplete;
    expect(deepQuery(viewer.shadowRoot!, 'vellum-info-panel'), 'the information panel').to.exist;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows every window button in a wide window, with no "More controls"', async () => {
    const viewer = await loadedBook();
    expect(deepQuery(viewer.shadowRoot!, 'button[aria-label="More controls"]')).to.equal(undefined);
    expect(buttonNamed(viewer, 'Information').checkVisibility()).to.equal(true);
  });
});

describe('<vellum-viewer> with bad input', () => {
  afterEach(unmountAll);

  const cases: [string, string, VellumErrorKind, RegExp][] = [
    ['a 404', 'status/404', 'http', /server answered with an error/],
    ['a 500', 'status/500', 'http', /server answered with an error/],
    ['text that is not JSON', 'bad/not-json.json', 'not-json', /did not return JSON/],
    ['JSON that is not IIIF', 'bad/not-iiif.json', 'not-iiif', /not a IIIF manifest/],
    ['a manifest without canvases', 'bad/no-canvases.json', 'no-canvases', /no pages to show/],
    ['an info.json that fails', 'bad/missing-info.json', 'info-json', /image service for this page could not be loaded/],
    ['a canvas of width 0', 'bad/zero-width.json', 'invalid-canvas', /description is invalid/],
    ['an info.json that claims a billion pixels a side', 'bad/absurd-info.json', 'info-json', /image service for this page could not be loaded/],
  ];

  for (const [name, path, kind, message] of cases) {
    it(`explains ${name} in that viewer while another viewer still loads`, async () => {
      const broken = mountViewer({ manifest: fixture(path) });
      const healthy = mountViewer({ manifest: BOOK });
      const error = nextEvent(broken, 'vellum-error');
      const loaded = nextEvent(healthy, 'vellum-manifest-load');
      expect((await error).detail.kind).to.equal(kind);
      const alert = await waitFor(() => deepQuery(broken.shadowRoot!, '[role="alert"]'), 'an alert');
      expect(alert.textContent).to.match(message);
      await loaded;
      await windowOf(healthy).updateComplete;
      expect(partText(healthy, 'position')).to.equal('1 of 14');
      expect(deepQuery(healthy.shadowRoot!, '[role="alert"]')).to.equal(undefined);
    });
  }

  it('stays responsive over the thumbnails of an info.json that claims a billion pixels a side', async () => {
    const viewer = mountViewer({ view: 'portfolio', manifest: fixture('bad/absurd-info.json') });
    await nextEvent(viewer, 'vellum-manifest-load');
    await waitFor(() => deepQuery<HTMLImageElement>(viewer.shadowRoot!, '.frame img'), 'a thumbnail');
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(performance.now() - started).to.be.below(500);
  });

  it('explains a collection that lists itself as its manifest, instead of loading it for ever', async () => {
    const viewer = mountViewer();
    viewer.manifest = fixture('bad/self-collection.json');
    const items = await waitFor(() => deepQuery<HTMLButtonElement>(viewer.shadowRoot!, '[part~="item"]'), 'the collection item');
    const error = nextEvent(viewer, 'vellum-error');
    items.click();
    expect((await error).detail.message).to.contain('lists itself');
    await waitFor(() => deepQuery(viewer.shadowRoot!, '[role="alert"]'), 'an alert');
  });

  it('shows the other pages of a manifest in which one canvas has no size, and explains that one', async () => {
    const json = await (await fetch(BOOK)).json();
    delete json.items[1].width;
    const viewer = mountViewer({ view: 'detail' });
    viewer.manifestJson = json;
    await nextEvent(viewer, 'vellum-manifest-load');
    await windowOf(viewer).updateComplete;
    expect(partText(viewer, 'position')).to.equal('1 of 14');
    const error = nextEvent(viewer, 'vellum-error');
    windowOf(viewer).goTo(1);
    expect((await error).detail.kind).to.equal('invalid-canvas');
    const alert = await waitFor(() => deepQuery(viewer.shadowRoot!, '[role="alert"]'), 'an alert');
    expect(alert.textContent).to.match(/description is invalid/);
    windowOf(viewer).goTo(2);
    await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom')?.getAttribute('status') === 'settled', 'page 3 drawn');
    expect(deepQuery(viewer.shadowRoot!, '[role="alert"]')).to.equal(undefined);
  });

  it('shows metadata HTML with its allowed markup once the sanitiser has loaded, and drops the rest', async () => {
    const viewer = mountViewer({ manifest: fixture('manifests/html-metadata.json') });
    await nextEvent(viewer, 'vellum-manifest-load');
    await windowOf(viewer).updateComplete;
    if (!deepQuery(viewer.shadowRoot!, '[part~="metadata"]')) buttonNamed(viewer, 'Information').click();
    const link = await waitFor(() => deepQuery<HTMLAnchorElement>(viewer.shadowRoot!, '[part~="metadata"] a[href="https://example.org/catalogue"]'), 'the sanitised link');
    expect(link.textContent).to.equal('Catalogue record');
    expect(deepQuery(viewer.shadowRoot!, '[part~="metadata"] sub')?.textContent).to.equal('2');
    const elements = deepElements(viewer.shadowRoot!);
    expect(elements.filter((el) => el.localName === 'script')).to.have.length(0);
    expect(elements.filter((el) => el.getAttribute('href')?.startsWith('javascript:'))).to.have.length(0);
  });

  it('never runs script from labels, summary or metadata', async () => {
    const flag = '__vellumXss';
    const viewer = mountViewer({ manifest: fixture('bad/script-label.json') });
    await nextEvent(viewer, 'vellum-manifest-load');
    await windowOf(viewer).updateComplete;
    buttonNamed(viewer, 'Information').click();
    await waitFor(() => deepQuery(viewer.shadowRoot!, '[part~="metadata"]'), 'the info panel');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
    const elements = deepElements(viewer.shadowRoot!);
    expect(elements.filter((el) => el.localName === 'script')).to.have.length(0);
    expect(elements.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.have.length(0);
    expect(elements.filter((el) => el.getAttribute('href')?.startsWith('javascript:'))).to.have.length(0);
    expect(partText(viewer, 'title')).to.contain('Script label');
    expect(deepQuery(viewer.shadowRoot!, '[part~="metadata"]')!.textContent).to.contain('Summary');
  });
});
