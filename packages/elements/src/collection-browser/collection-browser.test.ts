import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { loadCollection } from '@vellum/iiif';
import { fixture, nextEvent, waitFor } from '../testing/viewer-harness.js';
import type { VellumCollectionBrowser } from './collection-browser.js';
import { servedCollection } from './served-collection.js';

const mounted: HTMLElement[] = [];

async function mountBrowser(url: string, height?: string): Promise<VellumCollectionBrowser> {
  const browser = document.createElement('vellum-collection-browser');
  if (height) browser.style.height = height;
  browser.collection = await loadCollection(url);
  document.body.append(browser);
  mounted.push(browser);
  await browser.updateComplete;
  return browser;
}

const items = (browser: VellumCollectionBrowser) => [...browser.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="item"]')];
const labels = (browser: VellumCollectionBrowser) => items(browser).map((item) => item.querySelector('.label')!.textContent);
const heading = (browser: VellumCollectionBrowser) => browser.shadowRoot!.querySelector('h2')!.textContent;
const focused = (browser: VellumCollectionBrowser) => browser.shadowRoot!.activeElement as HTMLElement | null;
const focusedLabel = (browser: VellumCollectionBrowser) => focused(browser)?.querySelector('.label')?.textContent;

/** A collection of `count` manifests, `Manifest 1` to `Manifest <count>`. */
const manyManifests = (count: number) =>
  servedCollection(
    'Many',
    Array.from({ length: count }, (_, index) => ({ id: `https://manifests.example/${index + 1}`, type: 'Manifest' as const, label: `Manifest ${index + 1}` })),
  );

/** The item drawn at `y` pixels below the top of the browser's view, if any. */
function itemAt(browser: VellumCollectionBrowser, y: number): HTMLButtonElement | undefined {
  const top = browser.getBoundingClientRect().top + y;
  return items(browser).find((item) => {
    const box = item.getBoundingClientRect();
    return box.top <= top && box.bottom >= top;
  });
}

function isInView(browser: VellumCollectionBrowser, item: HTMLElement): boolean {
  const box = item.getBoundingClientRect();
  const view = browser.getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

describe('<vellum-collection-browser>', () => {
  afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

  const nested = () =>
    servedCollection('Library', [
      { id: fixture('collection.json'), type: 'Collection', label: 'Samples' },
      { id: fixture('manifests/single.json'), type: 'Manifest', label: 'A plate' },
    ]);

  it('lists manifests and collections, enters a nested collection and goes back by the keyboard', async () => {
    const browser = await mountBrowser(nested());
    expect(heading(browser)).to.equal('Library');
    expect(labels(browser)).to.deep.equal(['Samples', 'A plate']);
    expect(items(browser)[0].textContent).to.contain('Collection');
    expect(browser.shadowRoot!.querySelector('[part="breadcrumb"]')).to.equal(null);

    items(browser)[0].focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => heading(browser) === 'Vellum sample manifests', 'the nested collection');
    expect(labels(browser)).to.include('The Vellum Test Book');
    const crumbs = browser.shadowRoot!.querySelector('[part="breadcrumb"] ol')!;
    expect([...crumbs.children].map((crumb) => crumb.textContent!.trim())).to.deep.equal(['Library', 'Vellum sample manifests']);
    expect(crumbs.lastElementChild!.getAttribute('aria-current')).to.equal('location');
    await waitFor(() => focused(browser)?.tagName === 'H2', 'focus on the nested heading');

    await sendKeys({ press: 'Tab' });
    expect(focused(browser)).to.equal(items(browser)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(browser)).to.equal(items(browser)[1]);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => heading(browser) === 'Library', 'back at the first collection');
    await waitFor(() => focused(browser)?.dataset.id === fixture('collection.json'), 'focus on the collection left');
  });

  it('fires vellum-collection-open with the manifest and the collection that lists it', async () => {
    const browser = await mountBrowser(nested());
    items(browser)[0].click();
    await waitFor(() => heading(browser) === 'Vellum sample manifests', 'the nested collection');
    const opened = nextEvent(browser, 'vellum-collection-open');
    items(browser).find((item) => item.textContent!.includes('The Vellum Test Book'))!.click();
    const { detail } = await opened;
    expect(detail.manifestId).to.equal(fixture('manifests/book.json'));
    expect(detail.collection.id).to.equal(fixture('collection.json'));
    browser.shadowRoot!.querySelector<HTMLButtonElement>('[part="crumb"]')!.click();
    await waitFor(() => heading(browser) === 'Library', 'the breadcrumb back');
  });

  it('explains a nested collection that cannot be loaded, and stays where it was', async () => {
    const browser = await mountBrowser(
      servedCollection('Broken', [
        { id: fixture('status/404'), type: 'Collection', label: 'Gone' },
        { id: fixture('bad/not-json.json'), type: 'Collection', label: 'Not JSON' },
      ]),
    );
    items(browser)[0].click();
    const alert = await waitFor(() => browser.shadowRoot!.querySelector('[role="alert"]'), 'an error');
    expect(alert.textContent).to.equal('The server answered with an error.');
    items(browser)[1].click();
    await waitFor(() => browser.shadowRoot!.querySelector('[role="alert"]')?.textContent === 'The address did not return JSON.', 'the second error');
    expect(heading(browser)).to.equal('Broken');
  });

  it('renders only the items near the view of a 10,000-item collection, wherever it is scrolled', async () => {
    const browser = await mountBrowser(manyManifests(10_000), '400px');
    await waitFor(() => itemAt(browser, 390), 'the view filled with items');
    expect(items(browser).length).to.be.at.most(200);
    expect(labels(browser)[0]).to.equal('Manifest 1');
    expect(browser.shadowRoot!.querySelector('li')!.getAttribute('aria-setsize')).to.equal('10000');

    browser.scrollTop = browser.scrollHeight / 2;
    await waitFor(() => itemAt(browser, 10) && itemAt(browser, 390), 'the middle of the list drawn');
    const middle = Number(itemAt(browser, 200)!.dataset.index);
    expect(middle).to.be.within(4000, 6000);
    expect(itemAt(browser, 200)!.querySelector('.label')!.textContent).to.equal(`Manifest ${middle + 1}`);
    expect(items(browser).length).to.be.at.most(200);
    expect(labels(browser)).not.to.include('Manifest 2');

    browser.scrollTop = browser.scrollHeight;
    await waitFor(() => labels(browser).includes('Manifest 10000'), 'the last item drawn');
    expect(isInView(browser, items(browser).find((item) => item.dataset.index === '9999')!)).to.equal(true);
  });

  it('reaches every item of a 10,000-item collection by keyboard, with one tab stop, and opens the last with Enter', async () => {
    const browser = await mountBrowser(manyManifests(10_000), '400px');
    await sendKeys({ press: 'Tab' });
    expect(focusedLabel(browser)).to.equal('Manifest 1');
    expect(items(browser).filter((item) => item.tabIndex === 0)).to.have.length(1);

    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel(browser)).to.equal('Manifest 2');
    const page = Math.floor(browser.clientHeight / (items(browser)[1].getBoundingClientRect().top - items(browser)[0].getBoundingClientRect().top));
    await sendKeys({ press: 'PageDown' });
    expect(focusedLabel(browser)).to.equal(`Manifest ${2 + page}`);
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedLabel(browser)).to.equal('Manifest 1');

    await sendKeys({ press: 'End' });
    await waitFor(() => focusedLabel(browser) === 'Manifest 10000', 'focus on the last item');
    expect(isInView(browser, focused(browser)!)).to.equal(true);
    expect(items(browser).length).to.be.at.most(200);
    expect(items(browser).filter((item) => item.tabIndex === 0)).to.deep.equal([focused(browser)]);

    const opened = nextEvent(browser, 'vellum-collection-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.manifestId).to.equal('https://manifests.example/10000');

    await sendKeys({ press: 'Home' });
    await waitFor(() => focusedLabel(browser) === 'Manifest 1', 'focus back on the first item');
    expect(isInView(browser, focused(browser)!)).to.equal(true);
  });

  it('says so when a collection is empty', async () => {
    const browser = await mountBrowser(servedCollection('Nothing', []));
    expect(browser.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('This collection is empty.');
  });
});
