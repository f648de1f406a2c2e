import { expect } from '@esm-bundle/chai';
import { loadResource } from './load.js';
import type { ViewerManifest } from './model.js';

/** The cookbook corpus sits beside the repository; the test server serves it from outside its root. */
const corpus = '/__wds-outside-root__/1/shared/corpora/cookbook';
const recipeBase = 'https://iiif.io/api/cookbook/recipe';

/** Reads a recipe file and fills in its template ids, as the cookbook site does when it publishes them. */
async function recipe(path: string): Promise<unknown> {
  const response = await fetch(`${corpus}/${path}`);
  if (!response.ok) return undefined;
  const folder = path.split('/')[0];
  const text = (await response.text())
    .replaceAll('{{ id.url }}', `${recipeBase}/${path}`)
    .replaceAll('{{ id.path }}', `${recipeBase}/${folder}`);
  return JSON.parse(text);
}

async function manifest(path: string, languages = ['en']): Promise<ViewerManifest | undefined> {
  const json = await recipe(path);
  if (!json) return undefined;
  const loaded = await loadResource(json, { languages });
  if (loaded.type !== 'Manifest') throw new Error(`${path} is not a Manifest`);
  return loaded.manifest;
}

describe('cookbook recipes', function () {
  before(async function () {
    if (!(await fetch(`${corpus}/RECIPES.tsv`)).ok) {
      console.warn('The cookbook corpus is missing; skipping the recipe tests.');
      this.skip();
    }
  });

  it('0001 simplest manifest: one plain image', async () => {
    const m = (await manifest('0001-mvm-image/manifest.json'))!;
    expect(m.canvases).to.have.length(1);
    expect(m.canvases[0]).to.include({ width: 1200, height: 1800 });
    expect(m.canvases[0].images[0].source).to.deep.include({ kind: 'plain', url: 'https://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png' });
  });

  it('0004 image and canvas of different sizes: the image fills the canvas', async () => {
    const m = (await manifest('0004-canvas-size/manifest.json'))!;
    const [canvas] = m.canvases;
    expect(canvas.images[0].target).to.deep.equal({ x: 0, y: 0, width: canvas.width, height: canvas.height });
    const { source } = canvas.images[0];
    expect([source.width, source.height]).not.to.deep.equal([canvas.width, canvas.height]);
  });

  it('0005 image service', async () => {
    const m = (await manifest('0005-image-service/manifest.json'))!;
    expect(m.canvases[0].images[0].source).to.deep.include({
      kind: 'service', version: 3, level: 1,
      infoUrl: 'https://iiif.io/api/image/3.0/example/reference/918ecd18c2592080851777620de9bcb5-gottingen/info.json',
    });
  });

  it('0009 and 0010 books: paging and right-to-left', async () => {
    const book = (await manifest('0009-book-1/manifest.json'))!;
    expect(book.behavior).to.deep.equal(['paged']);
    expect(book.canvases.length).to.be.greaterThan(1);
    const rtl = (await manifest('0010-book-2-viewing-direction/manifest-rtl.json'))!;
    expect(rtl.viewingDirection).to.equal('right-to-left');
  });

  it('0033 choice: paints the first (default) image', async () => {
    const m = (await manifest('0033-choice/manifest.json'))!;
    expect(m.canvases[0].images).to.have.length(1);
    expect(m.canvases[0].images[0].source).to.deep.include({ kind: 'service', serviceId: 'https://iiif.io/api/image/3.0/example/reference/421e65be2ce95439b3ad6ef1f2ab87a9-dee-natural' });
  });

  it('0202 start canvas', async () => {
    const m = (await manifest('0202-start-canvas/manifest.json'))!;
    expect(m.startCanvasId).to.equal(`${recipeBase}/0202-start-canvas/canvas/p2`);
    expect(m.canvases.findIndex((canvas) => canvas.id === m.startCanvasId)).to.equal(1);
  });

  it('0299 region: a SpecificResource with an ImageApiSelector', async () => {
    const m = (await manifest('0299-region/manifest.json'))!;
    expect(m.canvases[0].images[0].region).to.deep.equal({ x: 1768, y: 2423, width: 1768, height: 2080 });
  });

  it('0040 image rotation: a quarter turn from an ImageApiSelector, or from the style class of a CssStylesheet', async () => {
    for (const file of ['manifest-service.json', 'manifest-css.json']) {
      const m = (await manifest(`0040-image-rotation-service/${file}`))!;
      expect(m.canvases[0].images[0].rotation, file).to.equal(90);
    }
  });

  it('0057 the same manifest published as v2 and v3 gives the same canvases', async () => {
    const v2 = (await manifest('0057-publishing-v2-and-v3/manifest-v2.json'))!;
    const v3 = (await manifest('0057-publishing-v2-and-v3/manifest-v3.json'))!;
    const shape = (m: ViewerManifest) => m.canvases.map((canvas) => ({ width: canvas.width, height: canvas.height, images: canvas.images }));
    expect(shape(v2)).to.deep.equal(shape(v3));
  });
});
