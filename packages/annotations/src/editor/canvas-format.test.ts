import './test-env.js';
import { expect } from '@esm-bundle/chai';
import type { ImageAnnotation } from '@annotorious/openseadragon';
import type { W3CAnnotation } from '../store.js';
import { canvasFormat } from './canvas-format.js';

const canvasId = 'https://example.org/canvas/1';
/** An image of half the canvas's size, placed at (100, 50): canvas = (100, 50) + 2 × image. */
const format = canvasFormat(canvasId, { x: 100, y: 50, scale: 2 });

function onCanvas(selector: Record<string, string>): W3CAnnotation {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:6b1f',
    type: 'Annotation',
    motivation: 'commenting',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Here' }],
    target: { type: 'SpecificResource', source: { id: canvasId, type: 'Canvas' }, selector, styleClass: 'vellum-colour-2b8a3e' },
  };
}

describe('canvasFormat', () => {
  it('reads a canvas rectangle into image pixels for Annotorious', () => {
    const { parsed } = format.parse(onCanvas({ type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:300,250,400,200' }));
    expect(parsed!.target.selector.geometry).to.deep.include({ x: 100, y: 100, w: 200, h: 100 });
    expect(parsed!.target.selector.geometry.bounds).to.deep.equal({ minX: 100, minY: 100, maxX: 300, maxY: 200 });
  });

  it('writes a shape drawn in image pixels as a W3C annotation in canvas units, on the canvas', () => {
    const drawn = {
      id: '6b1f',
      bodies: [],
      target: { annotation: '6b1f', selector: { type: 'RECTANGLE', geometry: { x: 10.2, y: 20, w: 30, h: 40, bounds: { minX: 10.2, minY: 20, maxX: 40.2, maxY: 60 } } } },
    } as unknown as ImageAnnotation;
    const serialized = format.serialize(drawn);
    expect(serialized).to.include({ id: 'urn:uuid:6b1f', type: 'Annotation' });
    expect(serialized.target).to.deep.equal({
      type: 'SpecificResource',
      source: { id: canvasId, type: 'Canvas' },
      selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:120,90,60,80' },
    });
  });

  const svgShapes: [string, string][] = [
    ['polygon', '<svg xmlns="http://www.w3.org/2000/svg"><polygon points="100,50 300,50 300,250"/></svg>'],
    ['ellipse', '<svg xmlns="http://www.w3.org/2000/svg"><ellipse cx="500" cy="450" rx="200" ry="100"/></svg>'],
    ['line', '<svg xmlns="http://www.w3.org/2000/svg"><line x1="100" y1="50" x2="500" y2="850"/></svg>'],
    ['path', '<svg xmlns="http://www.w3.org/2000/svg"><path d="M 100 50 C 200 50 300 150 300 250"/></svg>'],
  ];
  for (const [name, svg] of svgShapes) {
    it(`keeps a ${name} in canvas units through a read and a write, with its colour`, () => {
      const original = onCanvas({ type: 'SvgSelector', value: svg });
      const { parsed } = format.parse(original);
      const again = format.serialize(parsed!);
      const numbers = (markup: string) => markup.replace(/xmlns="[^"]*"/, '').match(/-?\d+(\.\d+)?/g)!.map(Number);
      const selector = (again.target as { selector: { type: string; value: string } }).selector;
      expect(selector.type).to.equal('SvgSelector');
      expect(selector.value).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg">/);
      expect(numbers(selector.value)).to.deep.equal(numbers(svg));
      expect(again.target).to.include({ styleClass: 'vellum-colour-2b8a3e' });
      expect(again).to.include({ motivation: 'commenting' });
    });
  }
});
