import { expect } from '@esm-bundle/chai';
import { AnnotationPageError, fetchAnnotationPage, loadAnnotationPage, loadCanvasAnnotations, readAnnotations } from './read.js';
import { maxBodyLength } from './body.js';
import type { CanvasRef } from './model.js';

const canvas: CanvasRef = { id: 'https://example.org/canvas/1', width: 2000, height: 1000 };
const options = { languages: ['en'] };

function annotation(target: unknown, body: unknown = { type: 'TextualBody', value: 'A note' }, motivation: unknown = 'commenting') {
  return { id: `https://example.org/anno/${Math.random()}`, type: 'Annotation', motivation, body, target };
}

function page(...items: unknown[]) {
  return { id: 'https://example.org/page/1', type: 'AnnotationPage', items };
}

function svgTarget(svg: string) {
  return { type: 'SpecificResource', source: canvas.id, selector: { type: 'SvgSelector', value: svg } };
}

describe('readAnnotations', () => {
  it('reads #xywh in pixels and percent, FragmentSelector and PointSelector targets in canvas coordinates', () => {
    const { annotations, skipped } = readAnnotations(
      page(
        annotation(`${canvas.id}#xywh=10,20,30,40`),
        annotation(`${canvas.id}#xywh=percent:50,50,25,10`),
        annotation({ type: 'SpecificResource', source: { id: canvas.id, type: 'Canvas' }, selector: { type: 'FragmentSelector', value: 'xywh=1,2,3,4' } }),
        annotation({ type: 'SpecificResource', source: canvas.id, selector: { type: 'PointSelector', x: 7, y: 9 } }),
      ),
      canvas,
      options,
    );
    expect(skipped).to.deep.equal({});
    expect(annotations.map((a) => a.bounds)).to.deep.equal([
      { x: 10, y: 20, width: 30, height: 40 },
      { x: 1000, y: 500, width: 500, height: 100 },
      { x: 1, y: 2, width: 3, height: 4 },
      { x: 7, y: 9, width: 0, height: 0 },
    ]);
  });

  it('reads SVG polygons, paths (relative commands too), circles, ellipses and lines', () => {
    const svg = (shape: string) => svgTarget(`<svg xmlns="http://www.w3.org/2000/svg">${shape}</svg>`);
    const { annotations } = readAnnotations(
      page(
        annotation(svg('<polygon points="10,10 110,10 60,90"/>')),
        annotation(svg('<path d="m 100 100 l 50 0 v 20 h -50 z"/>')),
        annotation(svg('<g><circle cx="500" cy="400" r="50"/></g>')),
        annotation(svg('<ellipse cx="300" cy="200" rx="100" ry="20"/>')),
        annotation(svg('<line x1="40" y1="700" x2="10" y2="760"/>')),
      ),
      canvas,
      options,
    );
    expect(annotations.map((a) => a.shape.kind)).to.deep.equal(['polygon', 'path', 'ellipse', 'ellipse', 'path']);
    expect(annotations.map((a) => a.bounds)).to.deep.equal([
      { x: 10, y: 10, width: 100, height: 80 },
      { x: 100, y: 100, width: 50, height: 20 },
      { x: 450, y: 350, width: 100, height: 100 },
      { x: 200, y: 180, width: 200, height: 40 },
      { x: 10, y: 700, width: 30, height: 60 },
    ]);
  });

  it('keeps several bodies, tags given by purpose, and every motivation', () => {
    const bodies = [
      { type: 'TextualBody', value: 'First', language: 'en' },
      { type: 'TextualBody', value: 'Second', language: 'fr' },
      { type: 'TextualBody', value: 'figure', purpose: 'tagging' },
    ];
    const motivations = ['commenting', 'tagging', 'describing', 'supplementing', 'linking'];
    const { annotations } = readAnnotations(page(...motivations.map((m) => annotation(canvas.id, bodies, m))), canvas, options);
    expect(annotations.map((a) => a.motivations[0])).to.deep.equal(motivations);
    expect(annotations[0].bodies.map((b) => 'text' in b && b.text), 'texts in several languages are alternatives').to.deep.equal(['First']);
    expect(readAnnotations(page(annotation(canvas.id, bodies)), canvas, { languages: ['fr-CA'] }).annotations[0].bodies.map((b) => 'text' in b && b.text)).to.deep.equal(['Second']);
    expect(annotations[0].tags).to.deep.equal(['figure']);
    expect(annotations[1].tags).to.deep.equal(['First', 'Second', 'figure']);
  });

  it('skips and counts what cannot be shown, without throwing', () => {
    const scripted = '<p>Hi<img src="x" onerror="window.__xss = true"></p>';
    const { annotations, skipped } = readAnnotations(
      page(
        annotation({ type: 'SpecificResource', source: canvas.id, selector: { type: 'ImageApiSelector', region: '0,0,1,1' } }),
        annotation('https://example.org/canvas/2#xywh=0,0,10,10'),
        annotation(svgTarget('<svg xmlns="http://www.w3.org/2000/svg"><polygon points="1,2,3"')),
        annotation(svgTarget('<svg xmlns="http://www.w3.org/2000/svg"><path d="M 1 2 Q oops"/></svg>')),
        annotation(canvas.id, { type: 'TextualBody', format: 'text/html', value: scripted }),
        annotation(canvas.id, { type: 'TextualBody', value: '<p><script>window.__xss = true</script></p>' }),
        annotation(canvas.id, { type: 'TextualBody', value: 'x'.repeat(maxBodyLength + 1) }),
        'not an annotation',
        annotation(`${canvas.id}#xywh=1,1,5,5`),
      ),
      canvas,
      options,
    );
    expect(annotations).to.have.length(1);
    expect(skipped).to.deep.equal({ 'unknown-selector': 1, 'other-canvas': 1, 'broken-svg': 2, script: 2, 'too-large': 1, invalid: 1 });
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });

  it('sanitises HTML bodies to the IIIF allowlist', () => {
    const { annotations } = readAnnotations(page(annotation(canvas.id, { type: 'TextualBody', value: '<p style="color:red"><b>Bold</b> <u>text</u></p>' })), canvas, options);
    expect(annotations[0].bodies[0]).to.deep.include({ kind: 'html', html: '<p><b>Bold</b> text</p>', text: 'Bold text' });
  });

  it('reads a Presentation 2 AnnotationList of an otherContent reference', async () => {
    const list = {
      '@id': 'https://example.org/list/1',
      '@type': 'sc:AnnotationList',
      resources: [
        { '@id': 'https://example.org/p2/1', '@type': 'oa:Annotation', motivation: 'oa:commenting', resource: { '@type': 'cnt:ContentAsText', chars: 'Old note', format: 'text/plain' }, on: `${canvas.id}#xywh=5,6,7,8` },
        { '@type': 'oa:Annotation', motivation: 'oa:commenting', resource: { '@type': 'dctypes:Text', chars: '<p>Shape</p>', format: 'text/html' }, on: { '@type': 'oa:SpecificResource', full: canvas.id, selector: { '@type': 'oa:SvgSelector', type: 'SvgSelector', value: '<svg xmlns="http://www.w3.org/2000/svg"><rect x="1" y="2" width="3" height="4"/></svg>' } } },
        { '@type': 'oa:Annotation', motivation: 'sc:painting', resource: { '@id': 'https://example.org/image.jpg' }, on: canvas.id },
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(list)], { type: 'application/json' }));
    const canvasJson = { '@id': canvas.id, '@type': 'sc:Canvas', otherContent: [{ '@id': url, '@type': 'sc:AnnotationList' }] };
    const { annotations, skipped } = await loadCanvasAnnotations(canvasJson, canvas, options);
    expect(skipped).to.deep.equal({});
    expect(annotations.map((a) => [a.id, a.motivations, a.bounds])).to.deep.equal([
      ['https://example.org/p2/1', ['commenting'], { x: 5, y: 6, width: 7, height: 8 }],
      [`${canvas.id}#annotation-1`, ['commenting'], { x: 1, y: 2, width: 3, height: 4 }],
    ]);
  });

  it('reads embedded and referenced Presentation 3 pages; a page that fails to load counts as skipped', async () => {
    const referenced = URL.createObjectURL(new Blob([JSON.stringify(page(annotation(canvas.id)))]));
    const canvasJson = { id: canvas.id, type: 'Canvas', annotations: [page(annotation(canvas.id)), { id: referenced, type: 'AnnotationPage' }, { id: '/fixtures/status/404', type: 'AnnotationPage' }] };
    const { annotations, skipped } = await loadCanvasAnnotations(canvasJson, canvas, options);
    expect(annotations).to.have.length(2);
    expect(skipped).to.deep.equal({ 'unreadable-page': 1 });
  });

  it('loads a page added from a URL', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(page(annotation(`${canvas.id}#xywh=1,2,3,4`), annotation('https://example.org/canvas/9')))]));
    const { annotations, skipped } = await loadAnnotationPage(url, canvas, options);
    expect(annotations.map((a) => a.bounds)).to.deep.equal([{ x: 1, y: 2, width: 3, height: 4 }]);
    expect(skipped).to.deep.equal({ 'other-canvas': 1 });
  });

  it('refuses a page URL that is missing, not JSON or not an annotation page, saying which', async () => {
    const kinds = [];
    for (const url of ['/fixtures/status/404', '/fixtures/bad/not-json.json', '/fixtures/manifests/single.json']) {
      const error = await fetchAnnotationPage(url).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(AnnotationPageError);
      kinds.push([(error as AnnotationPageError).kind, (error as AnnotationPageError).status]);
    }
    expect(kinds).to.deep.equal([
      ['http', 404],
      ['not-json', undefined],
      ['not-annotation-page', undefined],
    ]);
  });
});
