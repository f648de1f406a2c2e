import { expect } from '@esm-bundle/chai';
import { BOOK_PAGES, pageWords } from '../../../../test/fixtures/pages.mjs';
import { searchableManifest2, searchableManifest3, searchResponse } from '../../../../test/fixtures/search.mjs';
import { loadResource } from '../load.js';
import type { ViewerManifest } from '../model.js';
import { search, suggest } from './client.js';
import { readSearchResults, readSuggestions } from './results.js';

const origin = location.origin;
const languages = ['en'];
const sizesOf = (manifest: ViewerManifest) => new Map(manifest.canvases.map((canvas) => [canvas.id, { width: canvas.width, height: canvas.height }]));

async function manifestOf(json: object): Promise<ViewerManifest> {
  const loaded = await loadResource(json, { languages });
  if (loaded.type !== 'Manifest') throw new Error('not a manifest');
  return loaded.manifest;
}

describe('IIIF Content Search', () => {
  it('finds the service of a Presentation 3 manifest (2.0) and of a Presentation 2 one (1.0), with their autocomplete', async () => {
    const three = await manifestOf(searchableManifest3(origin));
    const two = await manifestOf(searchableManifest2(origin));
    expect(three.search).to.deep.equal({ version: 2, id: `${origin}/fixtures/search/2/searchable`, autocomplete: `${origin}/fixtures/autocomplete/2/searchable` });
    expect(two.search).to.deep.equal({ version: 1, id: `${origin}/fixtures/search/1/searchable`, autocomplete: `${origin}/fixtures/autocomplete/1/searchable` });
  });

  it('prefers 2.0 when both are offered, and ignores a service at a javascript: address', async () => {
    const json = searchableManifest3(origin) as { service: object[] };
    json.service = [
      { id: 'javascript:alert(1)', type: 'SearchService2' },
      { id: `${origin}/one`, type: 'SearchService1', profile: 'http://iiif.io/api/search/1/search' },
      { id: `${origin}/two`, type: 'SearchService2' },
    ];
    expect((await manifestOf(json)).search).to.deep.equal({ version: 2, id: `${origin}/two` });
  });

  for (const version of [2, 1] as const) {
    it(`reads a ${version === 2 ? '2.0 AnnotationPage' : '1.0 AnnotationList'}: each hit on its canvas, at the word's box, with the words around it`, async () => {
      const manifest = await manifestOf(version === 2 ? searchableManifest3(origin) : searchableManifest2(origin));
      const results = await search(manifest.search!, 'machine', sizesOf(manifest));
      expect(results.total).to.equal(14);
      expect(results.hits).to.have.length(10);
      expect(results.next).to.match(/page=1$/);
      const word = pageWords(BOOK_PAGES[1]).find((candidate) => candidate.text === 'machine')!;
      const hit = results.hits[1];
      expect(hit.canvasId).to.equal(manifest.canvases[1].id);
      expect(hit.match).to.equal('machine');
      expect(hit.before).to.equal('drawn by a');
      expect(hit.after).to.equal('for the tests');
      const [rect] = hit.rects;
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(rect[key]).to.be.closeTo(word[key], 1);
    });
  }

  it('offers the terms of the autocomplete, in both versions', async () => {
    for (const json of [searchableManifest3(origin), searchableManifest2(origin)]) {
      const manifest = await manifestOf(json);
      expect(await suggest(manifest.search!, 'ma')).to.include('machine');
    }
  });

  it('drops hits on canvases the manifest does not have, and keeps a page to its limits', () => {
    const page = searchResponse(2, 'tests', 0, origin) as { items: { target: string }[] };
    page.items[0].target = 'https://elsewhere.example/canvas/1#xywh=1,2,3,4';
    const manifest = searchableManifest3(origin) as { items: { id: string; width: number; height: number }[] };
    const results = readSearchResults(page, new Map(manifest.items.map((canvas) => [canvas.id, canvas])))!;
    expect(results.hits).to.have.length(9);
    expect(readSearchResults({ type: 'Manifest' }, new Map())).to.equal(undefined);
    expect(readSearchResults('not an object', new Map())).to.equal(undefined);
  });

  it('keeps hostile text as text and a next page only at an http(s) address', () => {
    const canvas = 'https://example.org/canvas/1';
    const results = readSearchResults(
      {
        type: 'AnnotationPage',
        next: 'javascript:alert(1)',
        items: [{ id: 'a', type: 'Annotation', motivation: 'painting', body: { type: 'TextualBody', value: '<img src=x onerror=alert(1)>' }, target: `${canvas}#xywh=1,2,3,4` }],
      },
      new Map([[canvas, { width: 100, height: 100 }]]),
    )!;
    expect(results.next).to.equal(undefined);
    expect(results.hits[0].match).to.equal('<img src=x onerror=alert(1)>');
    expect(readSuggestions({ terms: [{ match: 'a' }, { match: 'a' }, { match: 42 }, { match: 'b' }] })).to.deep.equal(['a', 'b']);
  });

  it('rejects with a readable error when the service fails, and aborts when asked', async () => {
    const manifest = await manifestOf(searchableManifest3(origin));
    const broken = { ...manifest.search!, id: `${origin}/fixtures/search/2/broken` };
    const failure = await search(broken, 'machine', sizesOf(manifest)).catch((error: unknown) => error);
    expect(failure).to.have.property('kind', 'http');
    const controller = new AbortController();
    const pending = search({ ...manifest.search!, id: `${origin}/fixtures/search/2/searchable?delay=5000` }, 'machine', sizesOf(manifest), controller.signal);
    controller.abort();
    expect(await pending.catch((error: unknown) => (error as Error).name)).to.equal('AbortError');
  });
});
