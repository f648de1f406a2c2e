import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { buttonNamed, deepQuery, deepQueryAll, fixture, mountViewer, nextEvent, partText, unmountAll, waitFor, windowOf } from '../testing/viewer-harness.js';
import type { VellumViewer } from './viewer.js';

async function loaded(manifest: string, attributes: Record<string, string> = {}) {
  const viewer = mountViewer({ manifest: fixture(manifest), ...attributes });
  await nextEvent(viewer, 'vellum-manifest-load');
  await windowOf(viewer).updateComplete;
  return viewer;
}

const mode = (viewer: VellumViewer) => viewer.store.state.windows.main.viewMode;

async function position(viewer: VellumViewer, text: string) {
  await waitFor(() => partText(viewer, 'position') === text, `position ${text} (is ${partText(viewer, 'position')})`);
}

describe('<vellum-viewer> view modes', () => {
  afterEach(unmountAll);

  it('opens a paged manifest as a book, 2.x viewingHint included, and others in detail', async () => {
    expect(mode(await loaded('manifests/book.json'))).to.equal('book');
    expect(mode(await loaded('manifests/book.v2.json'))).to.equal('book');
    expect(mode(await loaded('manifests/single.json'))).to.equal('detail');
  });

  it('pages a book by spread: the first page alone, then pairs', async () => {
    const viewer = await loaded('manifests/book.json');
    await position(viewer, '1 of 14');
    buttonNamed(viewer, 'Next').click();
    await position(viewer, '2–3 of 14');
    buttonNamed(viewer, 'Next').click();
    await position(viewer, '4–5 of 14');
    buttonNamed(viewer, 'Previous').click();
    await position(viewer, '2–3 of 14');
    viewer.goTo(13);
    await position(viewer, '14 of 14');
  });

  it('shifts the pairing with the offset toggle', async () => {
    const viewer = await loaded('manifests/book.json');
    const offset = buttonNamed(viewer, 'Shift page pairing by one');
    offset.click();
    await position(viewer, '1–2 of 14');
    expect(offset.getAttribute('aria-pressed')).to.equal('true');
    viewer.next();
    await position(viewer, '3–4 of 14');
  });

  it('turns pages right to left: ← goes forward, and the strip runs from the right', async () => {
    const viewer = await loaded('manifests/book-rtl.json');
    deepQuery(viewer.shadowRoot!, '[part~="surface"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await position(viewer, '2–3 of 14');
    await sendKeys({ press: 'ArrowRight' });
    await position(viewer, '1 of 14');
    expect(deepQuery(viewer.shadowRoot!, 'vellum-thumbnail-strip')!.hasAttribute('right-to-left')).to.equal(true);
    const nav = deepQuery(viewer.shadowRoot!, '[part~="nav"]')!;
    const [first, last] = [nav.firstElementChild!, nav.lastElementChild!];
    expect([first.getAttribute('aria-label'), last.getAttribute('aria-label')]).to.deep.equal(['Next', 'Previous']);
  });

  it('switches modes from the view menu by keyboard, and the view attribute wins over the manifest', async () => {
    const viewer = await loaded('manifests/book.json', { view: 'detail' });
    expect(mode(viewer)).to.equal('detail');
    const menuButton = buttonNamed(viewer, 'View');
    expect(menuButton.getAttribute('aria-haspopup')).to.equal('menu');
    menuButton.focus();
    await sendKeys({ press: 'ArrowDown' });
    const items = await waitFor(() => deepQueryAll(viewer.shadowRoot!, '[role="menuitemradio"]'), 'the menu items');
    expect(items.map((item) => item.textContent!.trim()).slice(0, 2)).to.deep.equal(['Single page', 'Book']);
    expect(items[0].getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => mode(viewer) === 'book', 'book mode');
    expect(menuButton.getAttribute('aria-expanded')).to.equal('false');
  });

  it('toggles the navigator in detail mode', async () => {
    const viewer = await loaded('manifests/single.json');
    await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom[status="settled"]'), 'the image');
    buttonNamed(viewer, 'Overview').click();
    const overview = await waitFor(() => deepQuery(viewer.shadowRoot!, '.navigator'), 'the navigator');
    expect(overview.getBoundingClientRect().width).to.be.greaterThan(20);
    buttonNamed(viewer, 'Overview').click();
    await waitFor(() => overview.getBoundingClientRect().width === 0, 'the navigator hidden');
  });
});
