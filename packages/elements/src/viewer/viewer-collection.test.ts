import { expect } from '@esm-bundle/chai';
import { servedCollection } from '../collection-browser/served-collection.js';
import { deepQuery, fixture, mountViewer, nextEvent, partText, unmountAll, waitFor, windowOf } from '../testing/viewer-harness.js';
import type { VellumViewer } from './viewer.js';

const BOOK = fixture('manifests/book.json');
const SINGLE = fixture('manifests/single.json');

const browser = (viewer: VellumViewer) => viewer.shadowRoot!.querySelector('vellum-collection-browser')!;
const item = (viewer: VellumViewer, label: string) =>
  [...browser(viewer).shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="item"]')].find((button) => button.querySelector('.label')!.textContent === label);
const heading = (viewer: VellumViewer) => browser(viewer)?.shadowRoot!.querySelector('h2')?.textContent;
const manifestUrl = (viewer: VellumViewer) => viewer.store.state.windows.main.manifestUrl;

describe('<vellum-viewer> with a collection', () => {
  afterEach(unmountAll);

  it('browses nested collections, opens the chosen manifest, and goes back to where it was', async () => {
    const library = servedCollection('Library', [{ id: fixture('collection.json'), type: 'Collection', label: 'Samples' }]);
    const viewer = mountViewer({ manifest: library });
    const loaded = await nextEvent(viewer, 'vellum-collection-load');
    expect(loaded.detail.collection.items).to.have.length(1);
    await viewer.updateComplete;
    expect(heading(viewer)).to.equal('Library');
    expect(browser(viewer).hidden).to.equal(false);
    expect(windowOf(viewer).inert).to.equal(true);
    expect(manifestUrl(viewer)).to.equal(null);

    item(viewer, 'Samples')!.click();
    await waitFor(() => heading(viewer) === 'Vellum sample manifests', 'the nested collection');
    const load = nextEvent(viewer, 'vellum-manifest-load');
    item(viewer, 'The Vellum Test Book')!.click();
    await load;
    await windowOf(viewer).updateComplete;
    expect(partText(viewer, 'title')).to.equal('The Vellum Test Book');
    expect(browser(viewer).hidden).to.equal(true);
    expect(windowOf(viewer).inert).to.equal(false);
    const back = deepQuery<HTMLButtonElement>(viewer.shadowRoot!, '[part="collection-back"]')!;
    expect(back.getAttribute('aria-label')).to.equal('Back to the collection');
    expect(viewer.shadowRoot!.activeElement).to.equal(back);

    back.click();
    await viewer.updateComplete;
    expect(browser(viewer).hidden).to.equal(false);
    expect(heading(viewer)).to.equal('Vellum sample manifests');
    expect(deepQuery(viewer.shadowRoot!, '[part="collection-back"]')).to.equal(undefined);
  });

  it('moves between the volumes of a multi-part work', async () => {
    const work = servedCollection(
      'A work in two volumes',
      [
        { id: BOOK, type: 'Manifest', label: 'Vol. 1' },
        { id: SINGLE, type: 'Manifest', label: 'Vol. 2' },
      ],
      ['multi-part'],
    );
    const viewer = mountViewer({ manifest: work });
    await nextEvent(viewer, 'vellum-collection-load');
    await viewer.updateComplete;
    item(viewer, 'Vol. 1')!.click();
    await nextEvent(viewer, 'vellum-manifest-load');
    const volume = await waitFor(() => deepQuery<HTMLSelectElement>(viewer.shadowRoot!, '[part="collection-choice"]'), 'the volume choice');
    expect(volume.getAttribute('aria-label')).to.equal('Volume');
    expect([...volume.options].map((option) => option.textContent)).to.deep.equal(['Vol. 1', 'Vol. 2']);
    expect(volume.value).to.equal(BOOK);
    const next = nextEvent(viewer, 'vellum-manifest-load');
    volume.value = SINGLE;
    volume.dispatchEvent(new Event('change'));
    expect((await next).detail.manifest.id).to.equal(SINGLE);
    expect(manifestUrl(viewer)).to.equal(SINGLE);
  });

  it('still opens a manifest URL directly, at the canvas asked for', async () => {
    const viewer = mountViewer({ manifest: BOOK, canvas: '2', view: 'detail' });
    await nextEvent(viewer, 'vellum-manifest-load');
    await waitFor(() => partText(viewer, 'position') === '3 of 14', 'the canvas asked for');
    expect(browser(viewer)).to.equal(null);
  });

  it('shows the window error for a source that cannot be loaded', async () => {
    const viewer = mountViewer({ manifest: fixture('status/404') });
    const error = await nextEvent(viewer, 'vellum-error');
    expect(error.detail.kind).to.equal('http');
    expect(browser(viewer)).to.equal(null);
  });
});
