import { expect } from '@esm-bundle/chai';
import { toPresentation3 } from './presentation.js';
import { buildManifest } from './model-builder.js';
import { defaultViewMode, spreadIndexOf, spreadsOf } from './paging.js';
import type { ViewerCanvas } from './model.js';

const pages = (behaviors: (string | undefined)[]): ViewerCanvas[] =>
  Array.from(behaviors, (behavior, index) => ({
    id: `c${index}`, index, label: {}, width: 10, height: 10, images: [], thumbnail: [], ...(behavior ? { behavior: [behavior] } : {}),
  }));

describe('book paging', () => {
  it('shows the first page alone, then pairs', () => {
    expect(spreadsOf(pages(Array(6)))).to.deep.equal([[0], [1, 2], [3, 4], [5]]);
  });

  it('pairs from the first page with the offset', () => {
    expect(spreadsOf(pages(Array(5)), true)).to.deep.equal([[0, 1], [2, 3], [4]]);
  });

  it('keeps facing pages alone and leaves non-paged canvases out', () => {
    expect(spreadsOf(pages([undefined, undefined, 'facing-pages', undefined, 'non-paged', undefined, undefined]))).to.deep.equal([[0], [1], [2], [3, 5], [6]]);
  });

  it('finds the spread of a canvas, or the next one for a skipped canvas', () => {
    const spreads = spreadsOf(pages([undefined, undefined, 'non-paged', undefined, undefined]));
    expect(spreadIndexOf(spreads, 4)).to.equal(2);
    expect(spreadIndexOf(spreads, 2)).to.equal(2);
  });

  it('takes the default mode from behavior, and from a 2.x viewingHint', () => {
    expect(defaultViewMode({ behavior: ['paged'] })).to.equal('book');
    expect(defaultViewMode({ behavior: ['continuous'] })).to.equal('continuous');
    expect(defaultViewMode({ behavior: ['individuals'] })).to.equal('detail');
    const v2 = {
      '@context': 'http://iiif.io/api/presentation/2/context.json', '@id': 'https://example.org/m2', '@type': 'sc:Manifest', label: 'B',
      viewingHint: 'paged',
      sequences: [{ '@type': 'sc:Sequence', canvases: [
        { '@id': 'https://example.org/c1', '@type': 'sc:Canvas', label: '1', width: 10, height: 10, viewingHint: 'non-paged', images: [] },
      ] }],
    };
    const manifest = buildManifest(toPresentation3(v2), { languages: ['en'] });
    expect(defaultViewMode(manifest)).to.equal('book');
    expect(manifest.canvases[0].behavior).to.deep.equal(['non-paged']);
  });
});
