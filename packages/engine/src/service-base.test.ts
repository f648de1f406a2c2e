/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { Slot } from './slot.js';
import { describeExport } from './export-source.js';
import { servedService, serviceBases } from './service-base.js';
import { makeContainer, pixelAt, removeContainers, settled } from './test-helpers.js';
import { openableSource } from './tile-sources.js';

const proxied = `${location.origin}/fixtures/proxied/page-01/iiif3`;
const source = { kind: 'service', serviceId: proxied, infoUrl: `${proxied}/info.json`, version: 3, level: 0 } as const;
const page = { id: 'proxied', width: 1600, height: 2200, images: [{ source, target: { x: 0, y: 0, width: 1600, height: 2200 } }] };

describe('image service bases', () => {
  afterEach(removeContainers);

  it('tries the declared id first, as https on an https page, then the address the info.json came from', () => {
    const infoUrl = 'https://images.example/iiif/a/info.json';
    expect(serviceBases('https://images.example/iiif/a', infoUrl)).to.deep.equal(['https://images.example/iiif/a']);
    expect(serviceBases('http://images.example/iiif/a/', infoUrl, 'https:')).to.deep.equal(['https://images.example/iiif/a']);
    expect(serviceBases('http://10.0.0.5:8182/iiif/3/a', infoUrl, 'https:')).to.deep.equal(['https://10.0.0.5:8182/iiif/3/a', 'https://images.example/iiif/a']);
    expect(serviceBases('http://images.example/iiif/a', 'http://images.example/iiif/a/info.json', 'http:')).to.deep.equal(['http://images.example/iiif/a']);
  });

  it('opens a service whose info.json declares an internal address from the address it was fetched from', async () => {
    const info = await (await fetch(source.infoUrl)).json();
    expect(info.id).to.match(/^http:\/\/127\.0\.0\.1:9\//);
    const { tileSource } = await openableSource(source);
    expect((tileSource as { id?: string }).id).to.equal(proxied);
  });

  it('draws the proxied page in a slot, every tile from the proxy and none failing', async () => {
    const container = makeContainer(400, 550);
    const slot = new Slot(container);
    const errors: Event[] = [];
    slot.addEventListener('tile-error', (event) => errors.push(event));
    await slot.show(page);
    await settled(slot);
    const paper = pixelAt(container, 0.04, 0.58);
    slot.destroy();
    expect(errors).to.deep.equal([]);
    expect(paper[0]).to.be.above(200);
  });

  it('serves the info.json without the internal id, and export links from the address it was fetched from', async () => {
    const served = await servedService(source);
    expect(served.source.serviceId).to.equal(proxied);
    expect(JSON.stringify(served.info)).not.to.contain('127.0.0.1');
    const info = await describeExport(page, [{ width: 1600, height: 2200 }], { x: 0, y: 0, width: 1600, height: 2200 });
    const urls = info.image!.sizes.map((size) => size.url);
    expect(urls).not.to.be.empty;
    for (const url of urls) expect(url.startsWith(`${proxied}/`), url).to.equal(true);
  });
});
