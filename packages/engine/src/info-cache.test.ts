/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { EngineError } from './errors.js';
import { infoJsonCache } from './info-cache.js';

const infoUrl = (name: string) => `${location.origin}/fixtures/images/${name}/iiif3/info.json`;

describe('infoJsonCache', () => {
  beforeEach(() => infoJsonCache.clear());

  it('requests each info.json once, however many callers ask at once', async () => {
    const [first, second] = await Promise.all([infoJsonCache.get(infoUrl('page-04')), infoJsonCache.get(infoUrl('page-04'))]);
    await infoJsonCache.get(infoUrl('page-04'));
    expect(first).to.equal(second);
    expect(first).to.include({ width: 1800, height: 2400 });
    expect(infoJsonCache.requestCount).to.equal(1);
  });

  it('keeps one response per URL', async () => {
    await infoJsonCache.get(infoUrl('page-04'));
    await infoJsonCache.get(infoUrl('page-05'));
    expect(infoJsonCache.requestCount).to.equal(2);
  });

  it('does not keep failures, so a later call asks again', async () => {
    const url = `${location.origin}/fixtures/status/404`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await infoJsonCache.get(url).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(EngineError);
      expect(error).to.include({ kind: 'info-json', url });
    }
    expect(infoJsonCache.requestCount).to.equal(2);
  });

  it('forgets everything on clear', async () => {
    await infoJsonCache.get(infoUrl('page-04'));
    infoJsonCache.clear();
    expect(infoJsonCache.requestCount).to.equal(0);
    await infoJsonCache.get(infoUrl('page-04'));
    expect(infoJsonCache.requestCount).to.equal(1);
  });
});
