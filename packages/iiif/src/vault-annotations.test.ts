import { expect } from '@esm-bundle/chai';
import { loadResource } from './load.js';
import { someCanvasHasAnnotations } from './vault-annotations.js';

async function canvasIdsOf(url: string): Promise<string[]> {
  const loaded = await loadResource(url, { languages: ['en'] });
  if (loaded.type !== 'Manifest') throw new Error('expected a Manifest');
  return loaded.manifest.canvases.map((canvas) => canvas.id);
}

describe('someCanvasHasAnnotations', () => {
  it('finds the annotation pages of an annotated canvas', async () => {
    const url = `${location.origin}/fixtures/manifests/annotated.json`;
    expect(await someCanvasHasAnnotations(url, await canvasIdsOf(url))).to.equal(true);
  });

  it('finds none on canvases without annotations, nor on canvases the manifest does not have', async () => {
    const url = `${location.origin}/fixtures/manifests/book.json`;
    expect(await someCanvasHasAnnotations(url, await canvasIdsOf(url))).to.equal(false);
    expect(await someCanvasHasAnnotations(url, ['https://example.org/elsewhere'])).to.equal(false);
  });
});
