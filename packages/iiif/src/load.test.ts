import { expect } from '@esm-bundle/chai';
import { IIIFError, type IIIFErrorKind } from './errors.js';
import { loadCollection, loadResource } from './load.js';
import type { ViewerCollection, ViewerManifest } from './model.js';
import { vault } from './vault.js';
import { vaultReady } from './vault-fill.js';

const fixtures = `${location.origin}/fixtures`;

async function failure(source: string | object, options = {}): Promise<IIIFError> {
  try {
    await loadResource(source, options);
  } catch (error) {
    expect(error).to.be.instanceOf(IIIFError);
    return error as IIIFError;
  }
  throw new Error('expected loadResource to fail');
}

async function manifestAt(url: string): Promise<ViewerManifest> {
  const loaded = await loadResource(url, { languages: ['en'] });
  if (loaded.type !== 'Manifest') throw new Error(`expected a Manifest at ${url}`);
  return loaded.manifest;
}

function fetchCount(url: string): number {
  return performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
}

before(() => performance.setResourceTimingBufferSize(100_000));

describe('loadResource errors', () => {
  const cases: [string, IIIFErrorKind, number | undefined][] = [
    [`${fixtures}/status/404`, 'http', 404],
    [`${fixtures}/status/500`, 'http', 500],
    [`${fixtures}/bad/not-json.json`, 'not-json', 200],
    [`${fixtures}/bad/not-iiif.json`, 'not-iiif', undefined],
    [`${fixtures}/bad/no-canvases.json`, 'no-canvases', undefined],
    [`${fixtures}/bad/zero-width.json`, 'invalid-canvas', undefined],
  ];
  for (const [url, kind, status] of cases) {
    it(`reports ${kind} for ${url.slice(fixtures.length)}`, async () => {
      const error = await failure(url);
      expect(error).to.include({ kind, url, status });
      expect(error.message).to.be.a('string').and.not.empty;
    });
  }

  it('reports an unreachable server as a network error', async () => {
    const error = await failure('http://127.0.0.1:9/manifest.json');
    expect(error).to.include({ kind: 'network', url: 'http://127.0.0.1:9/manifest.json' });
  });

  it('reports a slow server as a timeout', async () => {
    const error = await failure(`${fixtures}/manifests/book.json?slow`, { timeoutMs: 0 });
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not answer');
  });

  it('reports Presentation 4 as an unsupported version, from JSON, a data: URL or a Blob URL', async () => {
    const json = { '@context': 'http://iiif.io/api/presentation/4/context.json', id: 'https://example.org/p4', type: 'Manifest', items: [] };
    expect((await failure(json)).kind).to.equal('unsupported-version');
    expect((await failure(`data:application/json,${encodeURIComponent(JSON.stringify(json))}`)).message).to.contain('Presentation 4');
    const blobUrl = URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
    expect((await failure(blobUrl)).kind).to.equal('unsupported-version');
  });

  it('reports JSON that is not a resource, or another IIIF type, as not IIIF', async () => {
    expect((await failure({ hello: 'world' })).kind).to.equal('not-iiif');
    expect((await failure({ '@context': 'http://iiif.io/api/image/3/context.json', id: 'x', type: 'ImageService3' })).kind).to.equal('not-iiif');
    expect((await failure({ '@context': 'http://iiif.io/api/presentation/3/context.json', id: 'x', type: 'Canvas' })).kind).to.equal('not-iiif');
  });

  it('reports a Manifest the vault could not hold as not IIIF, before building anything', async () => {
    const manifest = { '@context': 'http://iiif.io/api/presentation/3/context.json', id: 'https://example.org/broken', type: 'Manifest' };
    expect((await failure({ ...manifest, items: [{ type: 'Canvas', width: 10, height: 10 }] })).message).to.contain('not valid IIIF');
    expect((await failure({ ...manifest, items: [{ id: 'https://example.org/c', type: 'Canvas', items: {} }] })).kind).to.equal('not-iiif');
    expect((await failure({ ...manifest, provider: { id: 'https://example.org/p', type: 'Agent' }, items: [] })).kind).to.equal('not-iiif');
  });

  it('forgets a failed URL so it can be retried', async () => {
    const url = `${fixtures}/status/500`;
    const [first, shared] = await Promise.all([failure(url), failure(url)]);
    const retried = await failure(url);
    expect(shared).to.equal(first);
    expect(retried).not.to.equal(first);
    expect(retried.status).to.equal(500);
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadResource(`${fixtures}/manifests/book-rtl.json?abort`, { signal: controller.signal });
    controller.abort(new Error('closed'));
    const reason = await pending.catch((error: unknown) => error);
    expect(reason).to.be.instanceOf(Error).with.property('message', 'closed');
  });
});

describe('loadResource', () => {
  it('loads a Presentation 3 manifest into the shared vault', async () => {
    const url = `${fixtures}/manifests/single.json`;
    const manifest = await manifestAt(url);
    expect(manifest.id).to.equal(url);
    expect(manifest.label).to.deep.equal({ en: ['A single landscape plate'] });
    expect(manifest.rights).to.equal('http://creativecommons.org/licenses/by/4.0/');
    expect(manifest.canvases).to.have.length(1);
    expect(manifest.canvases[0].images[0].source).to.include({ kind: 'service', version: 3, level: 0, infoUrl: `${fixtures}/images/plate-1/iiif3/info.json` });
    await vaultReady(url);
    expect((vault.get({ id: url, type: 'Manifest' }) as { id: string }).id).to.equal(url);
  });

  it('fetches a URL once however often it is loaded', async () => {
    const url = `${fixtures}/manifests/book.json`;
    const [first, second] = await Promise.all([manifestAt(url), manifestAt(url)]);
    const third = await manifestAt(url);
    expect(first.canvases.length).to.be.at.least(12);
    expect(second.canvases.length).to.equal(first.canvases.length);
    expect(third.id).to.equal(url);
    expect(fetchCount(url)).to.equal(1);
  });

  it('reads paging, viewing direction and the start canvas', async () => {
    const book = await manifestAt(`${fixtures}/manifests/book-rtl.json`);
    expect(book.viewingDirection).to.equal('right-to-left');
    expect(book.behavior).to.include('paged');
  });

  it('loads a Collection', async () => {
    const loaded = await loadResource(`${fixtures}/collection.json`);
    expect(loaded.type).to.equal('Collection');
    const { items } = (loaded as { collection: ViewerCollection }).collection;
    expect(items.length).to.be.at.least(5);
    expect(items.every((item) => item.type === 'Manifest' && item.id.startsWith(fixtures))).to.equal(true);
  });

  it('loads a Collection model with loadCollection, and nothing for a Manifest', async () => {
    const collection = await loadCollection(`${fixtures}/collection.json`);
    expect(collection?.label).to.deep.equal({ en: ['Vellum sample manifests'] });
    expect(collection?.behavior).to.deep.equal([]);
    expect(await loadCollection(`${fixtures}/manifests/book.json`)).to.equal(undefined);
  });

  for (const name of ['multilingual.json', 'multilingual.v2.json']) {
    it(`loads parsed JSON without fetching, and does not change it (${name})`, async () => {
      const json = await (await fetch(`${fixtures}/manifests/${name}`)).json();
      const copy = structuredClone(json);
      const loaded = await loadResource(json);
      expect(loaded.type).to.equal('Manifest');
      expect(json).to.deep.equal(copy);
      await vaultReady((loaded as { manifest: ViewerManifest }).manifest.id);
      expect(json).to.deep.equal(copy);
    });
  }
});

describe('Presentation 2 and 3 give the same view model', () => {
  const comparable = (manifest: ViewerManifest) => ({
    label: manifest.label,
    rights: manifest.rights,
    behavior: manifest.behavior,
    viewingDirection: manifest.viewingDirection,
    startCanvasIndex: manifest.canvases.findIndex((canvas) => canvas.id === manifest.startCanvasId),
    canvases: manifest.canvases.map((canvas) => ({
      label: canvas.label,
      width: canvas.width,
      height: canvas.height,
      images: canvas.images.map((image) => ({ target: image.target, region: image.region, level: image.source.kind === 'service' && image.source.level })),
    })),
  });
  const strings = (map: Record<string, string[]>) => Object.values(map).flat();

  for (const name of ['single', 'book', 'book-rtl', 'plain-image', 'canvas-size']) {
    it(name, async () => {
      const v3 = await manifestAt(`${fixtures}/manifests/${name}.json`);
      const v2 = await manifestAt(`${fixtures}/manifests/${name}.v2.json`);
      const a = comparable(v3);
      const b = comparable(v2);
      expect(strings(b.label)).to.deep.equal(strings(a.label));
      expect(b.canvases.map((canvas) => ({ ...canvas, label: strings(canvas.label) }))).to.deep.equal(
        a.canvases.map((canvas) => ({ ...canvas, label: strings(canvas.label) })),
      );
      expect({ ...b, label: undefined, canvases: undefined }).to.deep.equal({ ...a, label: undefined, canvases: undefined });
      expect(v2.canvases.map((canvas) => canvas.images[0].source.kind)).to.deep.equal(v3.canvases.map((canvas) => canvas.images[0].source.kind));
      expect(strings(v2.requiredStatement?.value ?? {})).to.deep.equal(strings(v3.requiredStatement?.value ?? {}));
      expect(v2.summary && strings(v2.summary)).to.deep.equal(strings(v3.summary));
    });
  }

  it('keeps P2 related, logo, rendering and thumbnails', async () => {
    const v2 = await manifestAt(`${fixtures}/manifests/single.v2.json`);
    expect(v2.provider[0].homepage[0]).to.include({ id: 'https://example.org/vellum-library/items/single' });
    expect(v2.provider[0].logo[0]).to.include({ kind: 'plain', url: `${fixtures}/images/logo.png` });
    expect(v2.rendering[0]).to.include({ id: `${fixtures}/renderings/sample.pdf`, format: 'application/pdf' });
    expect(v2.thumbnail[0]).to.include({ kind: 'service', version: 2, level: 0 });
  });
});
