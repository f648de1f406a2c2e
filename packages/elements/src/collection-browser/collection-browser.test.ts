import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { loadCollection } from '@vellum/iiif';
import { fixture, nextEvent, waitFor } from '../testing/viewer-harness.js';
import type { VellumCollectionBrowser } from './collection-browser.js';
import { servedCollection } from './served-collection.js';

const mounted: HTMLElement[] = [];

async function mountBrowser(url: string): Promise<VellumCollectionBrowser> {
  const browser = document.createElement('vellum-collection-browser');
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

  it('says so when a collection is empty', async () => {
    const browser = await mountBrowser(servedCollection('Nothing', []));
    expect(browser.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('This collection is empty.');
  });
});
