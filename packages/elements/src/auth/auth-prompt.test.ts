import { expect } from '@esm-bundle/chai';
import { deepQuery, fixture, mountViewer, nextEvent, unmountAll, waitFor } from '../testing/viewer-harness.js';
import type { VellumViewer } from '../viewer/viewer.js';

/** The book with its first page behind a probe that answers `status` (the fixtures' fixed probe). */
async function bookBehindProbe(status: number): Promise<object> {
  const manifest = await (await fetch(fixture('manifests/book.json'))).json();
  const body = manifest.items[0].items[0].items[0].body;
  body.service[0].service = [{
    id: fixture(`auth/probe/${status}`),
    type: 'AuthProbeService2',
    service: [{
      id: fixture('auth/login'),
      type: 'AuthAccessService2',
      profile: 'active',
      heading: { en: ['Members only'] },
      note: { en: ['<img src=x onerror="window.__vellumXss=1">'] },
      confirmLabel: { en: ['Sign in'] },
      service: [{ id: fixture('auth/token'), type: 'AuthAccessTokenService2' }],
    }],
  }];
  return manifest;
}

async function viewerOf(status: number, view: string): Promise<VellumViewer> {
  const viewer = mountViewer({ view });
  viewer.manifestJson = await bookBehindProbe(status);
  await nextEvent(viewer, 'vellum-manifest-load', 20_000);
  return viewer;
}

const prompt = (viewer: VellumViewer) => deepQuery(viewer.shadowRoot!, '[part="auth"]');

describe('a restricted image (IIIF Authorization Flow 2.0)', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  for (const view of ['detail', 'book', 'medium']) {
    it(`is held back in ${view} view while its probe refuses, with the service's texts as text`, async () => {
      const viewer = await viewerOf(401, view);
      await waitFor(() => prompt(viewer)?.querySelector('h3'), 'the prompt');
      expect(prompt(viewer)!.querySelector('h3')!.textContent).to.equal('Members only');
      expect(prompt(viewer)!.textContent).to.contain('Probe says 401');
      expect(prompt(viewer)!.textContent).to.contain('<img src=x');
      expect(prompt(viewer)!.querySelector('img')).to.equal(null);
      expect(prompt(viewer)!.querySelector('button')!.textContent!.trim()).to.equal('Sign in');
      expect(deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom, vellum-medium-view')).to.equal(undefined);
      expect((window as unknown as Record<string, unknown>).__vellumXss).to.equal(undefined);
    });
  }

  it('is shown at once when its probe answers 200, and the next page, which has no probe, needs none', async () => {
    const viewer = await viewerOf(200, 'detail');
    await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom'), 'the deep zoom');
    expect(prompt(viewer)).to.equal(undefined);
    viewer.next();
    await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom'), 'the deep zoom of page 2');
    expect(prompt(viewer)).to.equal(undefined);
  });
});
