import { expect } from '@esm-bundle/chai';
import { loadResource } from '@vellum/iiif';
import { loadCanvasAnnotations } from './read.js';
import { canvasJsonFromVault } from './vault-source.js';

const corpus = '/__wds-outside-root__/1/shared/corpora/cookbook';
const recipeBase = 'https://iiif.io/api/cookbook/recipe';

async function recipe(path: string): Promise<string> {
  const folder = path.split('/')[0];
  return (await (await fetch(`${corpus}/${path}`)).text()).replaceAll('{{ id.url }}', `${recipeBase}/${path}`).replaceAll('{{ id.path }}', `${recipeBase}/${folder}`);
}

const routedFetch = (async (input: RequestInfo | URL) => new Response(await recipe(String(input).replace(`${recipeBase}/`, '')))) as typeof fetch;

describe('canvasJsonFromVault', function () {
  before(async function () {
    if (!(await fetch(`${corpus}/RECIPES.tsv`)).ok) this.skip();
  });

  for (const path of ['0269-embedded-or-referenced-annotations/manifest.json', '0021-tagging/manifest.json']) {
    it(`reads the annotations of a loaded manifest's canvas (${path.split('/')[0]})`, async () => {
      const loaded = await loadResource(JSON.parse(await recipe(path)), { languages: ['en'] });
      if (loaded.type !== 'Manifest') throw new Error('not a manifest');
      const [canvas] = loaded.manifest.canvases;
      const json = await canvasJsonFromVault(loaded.manifest.id, canvas.id);
      const set = await loadCanvasAnnotations(json, canvas, { languages: ['en'], fetch: routedFetch });
      expect(set.skipped).to.deep.equal({});
      expect(set.annotations).to.have.length(1);
    });
  }

  it('keeps SpecificResource targets that carry a styleClass (0045-css)', async () => {
    const loaded = await loadResource(JSON.parse(await recipe('0045-css/manifest.json')), { languages: ['en'] });
    if (loaded.type !== 'Manifest') throw new Error('not a manifest');
    const [canvas] = loaded.manifest.canvases;
    const set = await loadCanvasAnnotations(await canvasJsonFromVault(loaded.manifest.id, canvas.id), canvas, { languages: ['en'] });
    expect(set.skipped).to.deep.equal({});
    expect(set.annotations.map((annotation) => annotation.bounds)[0]).to.deep.equal({ x: 700, y: 1250, width: 1850, height: 1150 });
  });
});
