import { expect } from '@esm-bundle/chai';
import { describeImageService } from '@vellum/iiif';
import { serviceProbeUrl } from './cors.js';

const serviceId = `${location.origin}/fixtures/images/page-01/iiif3`;

describe('serviceProbeUrl', () => {
  it('probes a level 0 set that lists no sizes with its coarsest tile, which it has, and never full/max, which it may not', async () => {
    const info = await (await fetch(`${serviceId}/info.json`)).json();
    delete info.sizes;
    const url = serviceProbeUrl(describeImageService(info), info);
    expect(url).to.not.contain('/max/');
    expect(url.startsWith(`${serviceId}/`)).to.equal(true);
    expect((await fetch(url)).ok, url).to.equal(true);
  });

  it('probes with the smallest listed size when there is one', async () => {
    const info = await (await fetch(`${serviceId}/info.json`)).json();
    expect(serviceProbeUrl(describeImageService(info), info)).to.equal(`${serviceId}/full/200,275/0/default.jpg`);
  });
});
