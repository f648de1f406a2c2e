import { expect } from '@esm-bundle/chai';
import { buildManifest } from './model-builder.js';
import { firstCanvasOf, rangePathTo } from './ranges.js';

const canvas = (n: number) => ({ id: `https://example.org/c${n}`, type: 'Canvas', width: 100, height: 200, items: [] });
const ref = (n: number) => ({ id: `https://example.org/c${n}`, type: 'Canvas' });

function book(extras: Record<string, unknown>) {
  return buildManifest({ id: 'https://example.org/m', type: 'Manifest', items: [1, 2, 3, 4].map(canvas), ...extras }, { languages: ['en'] });
}

describe('structures', () => {
  it('reads nested ranges, canvas parts and behaviors', () => {
    const manifest = book({
      structures: [
        { id: 'r1', type: 'Range', label: { en: ['One'] }, items: [ref(1), { id: 'r1a', type: 'Range', behavior: ['no-nav'], items: [ref(2)] }] },
        { id: 'r2', type: 'Range', label: { en: ['Two'] }, items: [
          { type: 'SpecificResource', source: 'https://example.org/c3', selector: { type: 'FragmentSelector', value: 'xywh=0,100,100,100' } },
          { id: 'https://example.org/unknown', type: 'Canvas' },
        ] },
      ],
    });
    const [one, two] = manifest.structures ?? [];
    expect(one.label).to.deep.equal({ en: ['One'] });
    expect(one.items[1]).to.have.property('kind', 'range');
    expect(two.items).to.have.length(1);
    expect(firstCanvasOf(two)).to.deep.equal({ canvasId: 'https://example.org/c3', region: { x: 0, y: 100, width: 100, height: 100 } });
    expect(rangePathTo(manifest.structures ?? [], 'https://example.org/c2').map((range) => range.id)).to.deep.equal(['r1', 'r1a']);
  });

  it('reorders the pages by a sequence range', () => {
    const manifest = book({ structures: [{ id: 's', type: 'Range', behavior: ['sequence'], items: [ref(3), ref(1), ref(2)] }] });
    expect(manifest.canvases.map((c) => c.id.slice(-2))).to.deep.equal(['c3', 'c1', 'c2', 'c4']);
    expect(manifest.canvases.map((c) => c.index)).to.deep.equal([0, 1, 2, 3]);
  });

  it('starts at a canvas region', () => {
    const manifest = book({ start: { type: 'SpecificResource', source: ref(2), selector: { type: 'FragmentSelector', value: 'xywh=10,20,30,40' } } });
    expect(manifest.startCanvasId).to.equal('https://example.org/c2');
    expect(manifest.startRegion).to.deep.equal({ x: 10, y: 20, width: 30, height: 40 });
  });
});
