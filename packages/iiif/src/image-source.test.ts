import { expect } from '@esm-bundle/chai';
import { imageSourceOf } from './image-source.js';

const body = (service: unknown) => ({ id: 'https://example.org/img/full/full/0/default.jpg', type: 'Image', width: 100, height: 50, service });

describe('imageSourceOf', () => {
  it('reads a Presentation 3 ImageService3 and ImageService2', () => {
    expect(imageSourceOf(body([{ id: 'https://example.org/img/', type: 'ImageService3', profile: 'level1' }]))).to.deep.include({
      kind: 'service', serviceId: 'https://example.org/img', infoUrl: 'https://example.org/img/info.json', version: 3, level: 1, width: 100, height: 50,
      url: 'https://example.org/img/full/full/0/default.jpg',
    });
    expect(imageSourceOf(body([{ '@id': 'https://example.org/img', '@type': 'ImageService2', profile: 'http://iiif.io/api/image/2/level2.json' }]))).to.deep.include({ version: 2, level: 2 });
  });

  it('reads Presentation 2 services by @context, @id and profile (one object or a list)', () => {
    const v2 = { '@context': 'http://iiif.io/api/image/2/context.json', '@id': 'https://example.org/img', profile: ['http://iiif.io/api/image/2/level0.json', { formats: ['jpg'] }] };
    expect(imageSourceOf({ '@id': 'x.jpg', '@type': 'dctypes:Image', service: v2 })).to.deep.include({ version: 2, level: 0, serviceId: 'https://example.org/img' });
  });

  it('reads Image API 1 contexts and profiles', () => {
    const stanford = { '@context': 'http://library.stanford.edu/iiif/image-api/1.1/context.json', '@id': 'https://example.org/v1', profile: 'http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level2' };
    expect(imageSourceOf(body(stanford))).to.deep.include({ version: 1, level: 2 });
    const iiif1 = { '@context': 'http://iiif.io/api/image/1/context.json', '@id': 'https://example.org/v1b/info.json' };
    expect(imageSourceOf(body(iiif1))).to.deep.include({ version: 1, level: 0, serviceId: 'https://example.org/v1b' });
  });

  it('keeps sizes listed on an embedded service', () => {
    const service = { id: 'https://example.org/s', type: 'ImageService3', profile: 'level0', sizes: [{ width: 10, height: 5 }, { width: 'x' }] };
    expect(imageSourceOf(body([service]))).to.deep.include({ sizes: [{ width: 10, height: 5 }] });
  });

  it('reads a plain image when no image service is given (other services are ignored)', () => {
    const plain = imageSourceOf({ ...body([{ id: 'https://example.org/search', type: 'SearchService1' }]), format: 'image/jpeg' });
    expect(plain).to.deep.equal({ kind: 'plain', url: 'https://example.org/img/full/full/0/default.jpg', width: 100, height: 50, format: 'image/jpeg' });
    expect(imageSourceOf('https://example.org/t.png')).to.deep.equal({ kind: 'plain', url: 'https://example.org/t.png' });
  });

  it('ignores resources that are not images', () => {
    expect(imageSourceOf({ id: 'https://example.org/v.mp4', type: 'Video' })).to.equal(undefined);
    expect(imageSourceOf(42)).to.equal(undefined);
  });
});
