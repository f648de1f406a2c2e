import { expect } from '@esm-bundle/chai';
import { loadCanvasAnnotations } from './read.js';
import type { AnnotationSet, CanvasRef } from './model.js';

const corpus = '/__wds-outside-root__/1/shared/corpora/cookbook';
const recipeBase = 'https://iiif.io/api/cookbook/recipe';

/** Serves a recipe file as the cookbook site publishes it, with its template ids filled in. */
async function recipeResponse(path: string): Promise<Response> {
  const response = await fetch(`${corpus}/${path}`);
  if (!response.ok) return response;
  const folder = path.split('/')[0];
  const text = (await response.text()).replaceAll('{{ id.url }}', `${recipeBase}/${path}`).replaceAll('{{ id.path }}', `${recipeBase}/${folder}`);
  return new Response(text, { headers: { 'content-type': 'application/json' } });
}

/** iiif.io is out of reach: its cookbook URLs are read from the corpus. */
const routedFetch = ((input: RequestInfo | URL) => recipeResponse(String(input).replace(`${recipeBase}/`, ''))) as typeof fetch;

interface LoadedCanvas {
  json: Record<string, unknown>;
  ref: CanvasRef;
}

async function canvasOf(path: string, index = 0): Promise<LoadedCanvas> {
  const manifest = await (await recipeResponse(path)).json();
  const json = manifest.items[index];
  return { json, ref: { id: json.id, width: json.width, height: json.height } };
}

async function annotationsOf(path: string, languages = ['en'], index = 0): Promise<AnnotationSet> {
  const { json, ref } = await canvasOf(path, index);
  return loadCanvasAnnotations(json, ref, { languages, fetch: routedFetch });
}

describe('cookbook annotation recipes', function () {
  before(async function () {
    if (!(await fetch(`${corpus}/RECIPES.tsv`)).ok) this.skip();
  });

  it('0019 HTML in annotations: sanitised HTML with its link and image kept', async () => {
    const { annotations, skipped } = await annotationsOf('0019-html-in-annotations/manifest.json');
    expect(skipped).to.deep.equal({});
    const [body] = annotations[0].bodies;
    expect(body.kind).to.equal('html');
    if (body.kind !== 'html') return;
    expect(body.text).to.contain('Göttinger Marktplatz mit Gänseliesel Brunnen');
    const fragment = new DOMParser().parseFromString(body.html, 'text/html');
    expect(fragment.querySelector('a')?.getAttribute('href')).to.match(/^https:\/\/de\.wikipedia\.org\//);
    expect(fragment.querySelector('img')?.getAttribute('alt')).to.equal('Wikipedia logo');
    expect(annotations[0].bounds).to.deep.equal({ x: 0, y: 0, width: 4032, height: 3024 });
  });

  it('0021 tagging: the tag on its region', async () => {
    const { annotations } = await annotationsOf('0021-tagging/manifest.json');
    expect(annotations[0].motivations).to.deep.equal(['tagging']);
    expect(annotations[0].tags).to.deep.equal(['Gänseliesel-Brunnen']);
    expect(annotations[0].bodies).to.deep.equal([]);
    expect(annotations[0].shape).to.deep.equal({ kind: 'rect', rect: { x: 265, y: 661, width: 1260, height: 1239 } });
  });

  it('0022 linking with a hotspot: a text and a link to the other canvas', async () => {
    const { annotations } = await annotationsOf('0022-linking-with-a-hotspot/manifest.json');
    expect(annotations[0].motivations).to.deep.equal(['linking']);
    expect(annotations[0].bodies.map((body) => body.kind)).to.deep.equal(['text', 'link']);
    expect(annotations[0].bodies[1]).to.include({ url: `${recipeBase}/0022-linking-with-a-hotspot/canvas/p2` });
    expect(annotations[0].bounds).to.deep.equal({ x: 265, y: 661, width: 1260, height: 1239 });
  });

  it('0261 non-rectangular commenting: the SVG path and its box', async () => {
    const { annotations } = await annotationsOf('0261-non-rectangular-commenting/manifest.json');
    expect(annotations[0].shape.kind).to.equal('path');
    expect(annotations[0].bounds).to.deep.equal({ x: 270, y: 661, width: 1260, height: 1239 });
  });

  it('0266 full-canvas annotation: the whole canvas', async () => {
    const { annotations } = await annotationsOf('0266-full-canvas-annotation/manifest.json');
    expect(annotations[0].bounds).to.deep.equal({ x: 0, y: 0, width: 4032, height: 3024 });
    expect(annotations[0].bodies[0]).to.deep.include({ kind: 'text', text: 'Göttinger Marktplatz mit Gänseliesel Brunnen', language: 'de' });
  });

  it('0269 embedded or referenced: the referenced page is fetched', async () => {
    const { annotations, skipped } = await annotationsOf('0269-embedded-or-referenced-annotations/manifest.json');
    expect(skipped).to.deep.equal({});
    expect(annotations).to.have.length(1);
    expect(annotations[0].id).to.equal(`${recipeBase}/0269-embedded-or-referenced-annotations/canvas-1/annopage-2/anno-1`);
  });

  it('0346 multilingual body: the text in the reader\'s language', async () => {
    const english = await annotationsOf('0346-multilingual-annotation-body/manifest.json', ['en']);
    const japanese = await annotationsOf('0346-multilingual-annotation-body/manifest.json', ['ja']);
    expect(english.annotations[0].bodies).to.deep.equal([{ kind: 'text', text: 'Koto with a cover being carried', language: 'en', purpose: undefined }]);
    expect(japanese.annotations[0].bodies[0]).to.include({ text: '袋に収められた琴', language: 'ja' });
  });

  it('0377 image in annotation: an image body and a text body', async () => {
    const { annotations } = await annotationsOf('0377-image-in-annotation/manifest.json');
    expect(annotations[0].bodies.map((body) => body.kind)).to.deep.equal(['image', 'text']);
    expect(annotations[0].bounds).to.deep.equal({ x: 138, y: 550, width: 1477, height: 1710 });
  });

  it('0135 point selector: a point on the map', async () => {
    const { annotations } = await annotationsOf('0135-annotating-point-in-canvas/manifest.json');
    expect(annotations[0].shape).to.deep.equal({ kind: 'point', x: 3385, y: 1464 });
  });
});
