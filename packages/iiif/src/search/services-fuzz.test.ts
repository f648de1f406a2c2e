import { expect } from '@esm-bundle/chai';
import { FUZZ_SEED } from '../../../../test/fixtures/fuzz.mjs';
import { mutate, randomFor } from '../../../../test/fixtures/fuzz-random.mjs';
import { autocompleteResponse, searchableManifest3, searchResponse } from '../../../../test/fixtures/search.mjs';
import { authProbeOf } from '../auth/services.js';
import { isObject } from '../json.js';
import { readSearchResults, readSuggestions } from './results.js';
import { searchServiceOf } from './service.js';

const CASES = 300;
const origin = location.origin;
const httpUrl = (value: string | undefined) => value === undefined || /^https?:\/\//.test(value);

/** A restricted image body of both versions of IIIF auth, to break. */
const restrictedBody = () => ({
  id: `${origin}/image.jpg`,
  type: 'Image',
  service: [{
    id: `${origin}/iiif/a`,
    type: 'ImageService3',
    service: [
      { id: `${origin}/probe`, type: 'AuthProbeService2', service: [{ id: `${origin}/login`, type: 'AuthAccessService2', profile: 'active', service: [{ id: `${origin}/token`, type: 'AuthAccessTokenService2' }] }] },
      { '@id': `${origin}/login1`, profile: 'http://iiif.io/api/auth/1/login', service: [{ '@id': `${origin}/token1`, profile: 'http://iiif.io/api/auth/1/token' }] },
    ],
  }],
});

describe(`search and auth services and answers, broken ${CASES} ways (seed ${FUZZ_SEED})`, () => {
  const manifest = searchableManifest3(origin) as { items: { id: string; width: number; height: number }[] };
  const canvases = new Map(manifest.items.map((canvas) => [canvas.id, canvas]));

  it('reads every broken search answer without throwing, keeping only hits it can place and http(s) next pages', () => {
    for (let index = 0; index < CASES; index++) {
      const random = randomFor('search-answer', FUZZ_SEED, index);
      const answer = mutate(random, structuredClone(searchResponse(random.pick([1, 2] as const), 'tests', 0, origin)), random.int(1, 8));
      const results = readSearchResults(answer, canvases);
      if (!results) continue;
      expect(httpUrl(results.next), `case ${index}: next ${results.next}`).to.equal(true);
      for (const hit of results.hits) {
        expect(canvases.has(hit.canvasId), `case ${index}: canvas ${hit.canvasId}`).to.equal(true);
        for (const text of [hit.before, hit.match, hit.after]) expect(text).to.be.a('string');
        for (const rect of hit.rects) expect(rect.width > 0 && rect.height > 0 && Number.isFinite(rect.x + rect.y), `case ${index}`).to.equal(true);
      }
      const terms = readSuggestions(mutate(random, structuredClone(autocompleteResponse(random.pick([1, 2] as const), 'ma', origin)), random.int(1, 4)));
      for (const term of terms) expect(term).to.be.a('string');
    }
  });

  it('finds search and auth services in broken resources only at http(s) addresses', () => {
    for (let index = 0; index < CASES; index++) {
      const random = randomFor('services', FUZZ_SEED, index);
      const service = searchServiceOf(mutate(random, structuredClone(searchableManifest3(origin)) as Record<string, unknown>, random.int(1, 6)));
      if (service) expect(httpUrl(service.id) && httpUrl(service.autocomplete), `case ${index}: ${JSON.stringify(service)}`).to.equal(true);
      const body = mutate(random, restrictedBody(), random.int(1, 6));
      const probe = isObject(body) ? authProbeOf(body) : undefined;
      if (!probe) continue;
      const urls = [probe.id, ...probe.access.flatMap((access) => [access.id, access.tokenService, access.logout?.id])];
      expect(urls.every(httpUrl), `case ${index}: ${JSON.stringify(probe)}`).to.equal(true);
    }
  });
});
