import { expect } from '@esm-bundle/chai';
import { MAX_TEXT_LENGTH } from './descriptive.js';
import { IIIFError } from './errors.js';
import { buildManifest } from './model-builder.js';
import { toPresentation3 } from './presentation.js';

const service = [{ id: 'https://example.org/img', type: 'ImageService3', profile: 'level1' }];
const image = { id: 'https://example.org/img/full/max/0/default.jpg', type: 'Image', width: 1000, height: 800, service };

function manifest(canvasExtras: Record<string, unknown>, annotation: Record<string, unknown>) {
  return {
    id: 'https://example.org/m',
    type: 'Manifest',
    items: [
      { id: 'https://example.org/c1', type: 'Canvas', width: 2000, height: 1600, ...canvasExtras,
        items: [{ id: 'https://example.org/p1', type: 'AnnotationPage', items: [{ id: 'https://example.org/a1', type: 'Annotation', motivation: 'painting', target: 'https://example.org/c1', body: image, ...annotation }] }] },
    ],
  };
}

describe('buildManifest', () => {
  const context = { languages: ['en'] };

  it('paints an image on the whole canvas by default', () => {
    const [canvas] = buildManifest(manifest({}, {}), context).canvases;
    expect(canvas.images[0].target).to.deep.equal({ x: 0, y: 0, width: 2000, height: 1600 });
    expect(canvas.images[0].region).to.equal(undefined);
  });

  it('reads #xywh targets in pixels and percent, and FragmentSelector targets', () => {
    const pixel = buildManifest(manifest({}, { target: 'https://example.org/c1#xywh=100,200,300,400' }), context);
    expect(pixel.canvases[0].images[0].target).to.deep.equal({ x: 100, y: 200, width: 300, height: 400 });
    const percent = buildManifest(manifest({}, { target: 'https://example.org/c1#xywh=percent:50,50,50,25' }), context);
    expect(percent.canvases[0].images[0].target).to.deep.equal({ x: 1000, y: 800, width: 1000, height: 400 });
    const selector = { type: 'SpecificResource', source: 'https://example.org/c1', selector: { type: 'FragmentSelector', value: 'xywh=1,2,3,4' } };
    expect(buildManifest(manifest({}, { target: selector }), context).canvases[0].images[0].target).to.deep.equal({ x: 1, y: 2, width: 3, height: 4 });
  });

  it('reads a SpecificResource body region from an ImageApiSelector or a FragmentSelector', () => {
    const api = { type: 'SpecificResource', source: image, selector: { type: 'ImageApiSelector', region: '10,20,30,40' } };
    expect(buildManifest(manifest({}, { body: api }), context).canvases[0].images[0]).to.deep.include({ region: { x: 10, y: 20, width: 30, height: 40 } });
    const pct = { ...api, selector: { type: 'ImageApiSelector', region: 'pct:50,0,50,100' } };
    expect(buildManifest(manifest({}, { body: pct }), context).canvases[0].images[0].region).to.deep.equal({ x: 500, y: 0, width: 500, height: 800 });
    const fragment = { ...api, selector: { type: 'FragmentSelector', value: 'xywh=5,6,7,8' } };
    expect(buildManifest(manifest({}, { body: fragment }), context).canvases[0].images[0].region).to.deep.equal({ x: 5, y: 6, width: 7, height: 8 });
  });

  it('paints the first Choice item, or the one in the user language', () => {
    const choice = { type: 'Choice', items: [{ ...image, id: 'https://example.org/natural.jpg', service: undefined, language: 'en' }, { ...image, id: 'https://example.org/fr.jpg', service: undefined, language: 'fr' }] };
    const first = buildManifest(manifest({}, { body: choice }), context).canvases[0].images[0].source;
    expect(first).to.include({ kind: 'plain', url: 'https://example.org/natural.jpg' });
    const french = buildManifest(manifest({}, { body: choice }), { languages: ['fr-CA'] }).canvases[0].images[0].source;
    expect(french).to.include({ url: 'https://example.org/fr.jpg' });
  });

  it('rejects a canvas with images but zero or missing size', () => {
    for (const size of [{ width: 0 }, { height: undefined }]) {
      expect(() => buildManifest(manifest(size, {}), { url: 'https://example.org/m', languages: ['en'] }))
        .to.throw(IIIFError, /Canvas 1/)
        .that.includes({ kind: 'invalid-canvas', url: 'https://example.org/m' });
    }
  });

  it('keeps the other canvases when one paints images but has no size, marking that one and dropping its images', () => {
    const good = manifest({}, {});
    const bad = { ...good.items[0], id: 'https://example.org/c2', label: { en: ['f. 2'] }, width: undefined };
    const built = buildManifest({ ...good, items: [good.items[0], bad] }, context);
    expect(built.canvases.map((canvas) => canvas.images.length)).to.deep.equal([1, 0]);
    expect(built.canvases[0]).to.not.have.property('invalid');
    expect(built.canvases[1].invalid).to.match(/Canvas 2 \(f\. 2\) has images but no valid width and height/);
  });

  it('keeps canvases without images (audio, video) with size 0', () => {
    const video = { id: 'https://example.org/v.mp4', type: 'Video', duration: 10 };
    const built = buildManifest(manifest({ width: undefined, height: undefined, duration: 10 }, { body: video }), context);
    expect(built.canvases[0]).to.include({ width: 0, height: 0 }).and.have.property('images').that.is.empty;
  });

  it('cuts texts of megabytes, whose layout would freeze the page, to MAX_TEXT_LENGTH characters', () => {
    const huge = 'x'.repeat(5_000_000);
    const built = buildManifest({ ...manifest({ label: { en: [huge] } }, {}), label: huge, metadata: [{ label: { en: ['Big'] }, value: { en: [huge] } }] }, context);
    expect(built.label.none[0]).to.have.length(MAX_TEXT_LENGTH + 1).and.match(/x…$/);
    expect(built.canvases[0].label.en[0]).to.have.length(MAX_TEXT_LENGTH + 1);
    expect(built.metadata[0].value.en[0]).to.have.length(MAX_TEXT_LENGTH + 1);
  });

  it('reports a manifest without canvases', () => {
    expect(() => buildManifest({ id: 'x', type: 'Manifest', items: [] }, context)).to.throw(IIIFError).with.property('kind', 'no-canvases');
  });
});

describe('buildManifest with links of dangerous schemes', () => {
  const dangerous = ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];

  it('makes no link, rights or logo of a URL that is not http, https or mailto, wherever the manifest puts it', () => {
    for (const url of dangerous) {
      const link = { id: url, type: 'Text', label: { en: ['a link'] }, format: 'text/html' };
      const built = buildManifest(
        {
          ...manifest({}, {}),
          rights: url,
          homepage: [link],
          rendering: [link],
          seeAlso: [link],
          provider: [{ id: 'https://example.org/agent', type: 'Agent', label: { en: ['A library'] }, homepage: [link], logo: [{ id: url, type: 'Image' }] }],
        },
        { languages: ['en'] },
      );
      expect(built, url).to.not.have.property('rights');
      expect([built.homepage, built.rendering, built.seeAlso, built.provider[0].homepage, built.provider[0].logo], url).to.deep.equal([[], [], [], [], []]);
    }
  });

  it('loads no image from such a URL: thumbnails, painted bodies and logos, also when they name a service', () => {
    const service = [{ id: 'https://example.org/img', type: 'ImageService3', profile: 'level0' }];
    for (const url of [...dangerous, ' DATA:text/html,<img src=x onerror=alert(1)>']) {
      const images = [{ id: url, type: 'Image', service }, { id: url, type: 'Image' }, url];
      const body = { id: url, type: 'Image', width: 1000, height: 800, service };
      const logo = [{ id: url, type: 'Image', service }];
      const built = buildManifest({ ...manifest({ thumbnail: images }, { body }), thumbnail: images, provider: [{ id: 'https://example.org/agent', type: 'Agent', logo }] }, { languages: ['en'] });
      const urls = [...built.thumbnail, ...built.canvases[0].thumbnail, ...built.canvases[0].images.map((image) => image.source), ...built.provider[0].logo].map((source) => source.url);
      expect(urls.filter((found) => found !== undefined), url).to.deep.equal([]);
    }
  });

  it('makes no link of a Presentation 2 related, license or logo with such a URL', () => {
    const v2 = {
      '@context': 'http://iiif.io/api/presentation/2/context.json',
      '@id': 'https://example.org/m2',
      '@type': 'sc:Manifest',
      label: 'A book',
      related: dangerous,
      license: dangerous[2],
      logo: dangerous[0],
      sequences: [{ '@type': 'sc:Sequence', canvases: [{ '@id': 'https://example.org/c1', '@type': 'sc:Canvas', label: '1', width: 10, height: 10, images: [] }] }],
    };
    const built = buildManifest(toPresentation3(v2, 'https://example.org/m2'), { languages: ['en'] });
    expect(built.homepage).to.deep.equal([]);
    expect(built).to.not.have.property('rights');
    expect(built.provider.flatMap((agent) => agent.logo)).to.deep.equal([]);
  });

  it('keeps http, https and mailto links, whatever their letter case or surrounding spaces', () => {
    const links = ['HTTPS://example.org/a', ' http://example.org/b ', 'mailto:library@example.org'].map((id) => ({ id, type: 'Text' }));
    const built = buildManifest({ ...manifest({}, {}), rights: 'http://creativecommons.org/licenses/by/4.0/', homepage: links }, { languages: ['en'] });
    expect(built.rights).to.equal('http://creativecommons.org/licenses/by/4.0/');
    expect(built.homepage.map((link) => link.id)).to.deep.equal(['https://example.org/a', 'http://example.org/b', 'mailto:library@example.org']);
  });
});

describe('buildManifest of Presentation 2 written with Presentation 3 language maps', () => {
  it('reads the labels, descriptions and metadata they have instead of showing them empty', () => {
    const v2 = {
      '@context': 'http://iiif.io/api/presentation/2/context.json',
      '@id': 'https://example.org/m2',
      '@type': 'sc:Manifest',
      label: { en: ['A book'], fr: ['Un livre'] },
      description: { none: ['Twelve leaves'] },
      metadata: [{ label: { en: ['Date'] }, value: { en: ['1450'] } }],
      sequences: [{ '@type': 'sc:Sequence', canvases: [{ '@id': 'https://example.org/c1', '@type': 'sc:Canvas', label: { en: ['f. 1r'] }, width: 10, height: 10, images: [] }] }],
    };
    const built = buildManifest(toPresentation3(v2, 'https://example.org/m2'), { languages: ['en'] });
    expect(built.label).to.deep.equal({ en: ['A book'], fr: ['Un livre'] });
    expect(Object.values(built.summary).flat()).to.deep.equal(['Twelve leaves']);
    expect(built.metadata).to.deep.equal([{ label: { en: ['Date'] }, value: { en: ['1450'] } }]);
    expect(built.canvases[0].label).to.deep.equal({ en: ['f. 1r'] });
  });
});
