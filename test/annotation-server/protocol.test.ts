import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ANNOTATION_TYPE, backends, bearer, comment, send, type Running } from './harness.ts';

for (const backend of backends()) {
  describe(`Web Annotation Protocol on ${backend.name}`, () => {
    let server: Running;
    let writer: Record<string, string>;
    before(async () => {
      server = await backend.serve({ pageSize: 2, origins: ['http://viewer.test'] });
      writer = bearer(await server.token('ada', { '*': 'write' }));
    });
    after(() => server.close());
    const container = (name: string) => `${server.url}/annotations/${name}/`;

    it('serves a container never written to as an empty BasicContainer with the protocol headers', async () => {
      const response = await fetch(container('empty'));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), ANNOTATION_TYPE);
      assert.match(response.headers.get('link')!, /<http:\/\/www\.w3\.org\/ns\/ldp#BasicContainer>; rel="type"/);
      assert.match(response.headers.get('link')!, /rel="http:\/\/www\.w3\.org\/ns\/ldp#constrainedBy"/);
      assert.equal(response.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
      assert.equal(response.headers.get('accept-post'), ANNOTATION_TYPE);
      assert.ok(response.headers.get('etag'));
      const json = await response.json();
      assert.deepEqual(json.type, ['BasicContainer', 'AnnotationCollection']);
      assert.equal(json.id, container('empty'));
      assert.equal(json.total, 0);
      assert.equal(json.first, undefined);
    });

    it('creates an annotation: 201, Location and ETag, the id replaced and kept as via, the creator recorded', async () => {
      const response = await send(container('create'), 'POST', { ...comment('first'), id: 'urn:uuid:client-1', creator: 'someone else' }, { ...writer, Slug: 'first' });
      assert.equal(response.status, 201);
      const location = response.headers.get('location');
      assert.equal(location, `${container('create')}first`);
      const created = await response.json();
      assert.equal(created.id, location);
      assert.equal(created.via, 'urn:uuid:client-1');
      assert.equal(created.creator.name, 'ada');
      assert.equal(created.body.value, 'first');
      const read = await fetch(location!);
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('etag'), response.headers.get('etag'));
      assert.match(read.headers.get('link')!, /ldp#Resource>; rel="type"/);
      assert.equal(read.headers.get('allow'), 'GET, HEAD, PUT, DELETE, OPTIONS');
      assert.deepEqual(await read.json(), created);
      assert.equal((await fetch(location!, { headers: { 'If-None-Match': read.headers.get('etag')! } })).status, 304);
    });

    it('answers a retried POST with the same Slug and body with the first annotation, and a different one with 409', async () => {
      const first = await send(container('retry'), 'POST', comment('once'), { ...writer, Slug: 'retried' });
      const again = await send(container('retry'), 'POST', comment('once'), { ...writer, Slug: 'retried' });
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('location'), first.headers.get('location'));
      assert.equal((await send(container('retry'), 'POST', comment('other'), { ...writer, Slug: 'retried' })).status, 409);
      assert.equal((await (await fetch(container('retry'))).json()).total, 1);
    });

    it('replaces only with the current ETag: 428 without If-Match, 412 with a stale one, 200 and a new ETag', async () => {
      const created = await send(container('put'), 'POST', comment('draft'), { ...writer, Slug: 'edited' });
      const iri = created.headers.get('location')!;
      const etag = created.headers.get('etag')!;
      const body = { ...(await created.json()), body: { type: 'TextualBody', value: 'final' } };
      assert.equal((await send(iri, 'PUT', body, writer)).status, 428);
      const replaced = await send(iri, 'PUT', body, { ...writer, 'If-Match': etag });
      assert.equal(replaced.status, 200);
      const newEtag = replaced.headers.get('etag')!;
      assert.notEqual(newEtag, etag);
      assert.equal((await replaced.json()).body.value, 'final');
      const stale = await send(iri, 'PUT', { ...body, body: { type: 'TextualBody', value: 'lost?' } }, { ...writer, 'If-Match': etag });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('etag'), newEtag);
      assert.equal((await (await fetch(iri)).json()).body.value, 'final');
      assert.equal((await send(iri, 'PUT', { ...body, id: `${container('put')}other` }, { ...writer, 'If-Match': newEtag })).status, 400);
    });

    it('deletes with the current ETag: 412 with a stale one, then 204 and 404', async () => {
      const created = await send(container('delete'), 'POST', comment('gone soon'), writer);
      const iri = created.headers.get('location')!;
      assert.equal((await fetch(iri, { method: 'DELETE', headers: { ...writer, 'If-Match': '"stale"' } })).status, 412);
      assert.equal((await fetch(iri, { method: 'DELETE', headers: { ...writer, 'If-Match': created.headers.get('etag')! } })).status, 204);
      assert.equal((await fetch(iri)).status, 404);
      assert.equal((await fetch(iri, { method: 'DELETE', headers: writer })).status, 404);
    });

    it('pages a container: the first page embedded, next and prev, contained IRIs and the minimal container on request', async () => {
      for (const text of ['a', 'b', 'c', 'd', 'e']) await send(container('paged'), 'POST', comment(text), writer);
      const full = await (await fetch(container('paged'))).json();
      assert.equal(full.total, 5);
      assert.deepEqual(full.first.items.map((item: { body: { value: string } }) => item.body.value), ['a', 'b']);
      assert.equal(full.first.next, `${container('paged')}?page=1`);
      assert.equal(full.last, `${container('paged')}?page=2`);
      const last = await (await fetch(full.last)).json();
      assert.equal(last.type, 'AnnotationPage');
      assert.equal(last.startIndex, 4);
      assert.equal(last.prev, `${container('paged')}?page=1`);
      assert.equal(last.next, undefined);
      assert.equal(last.partOf.total, 5);
      assert.equal(last.items[0].body.value, 'e');
      const iris = await (await fetch(container('paged'), { headers: { Prefer: 'return=representation; include="http://www.w3.org/ns/oa#PreferContainedIRIs"' } })).json();
      assert.ok(iris.first.items.every((item: unknown) => typeof item === 'string' && item.startsWith(container('paged'))));
      const minimal = await (await fetch(container('paged'), { headers: { Prefer: 'return=representation; include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' } })).json();
      assert.equal(minimal.first, `${container('paged')}?page=0`);
      assert.equal((await fetch(`${container('paged')}?page=3`)).status, 404);
      assert.equal((await fetch(`${container('paged')}?page=-1`)).status, 400);
    });

    it("changes a container's ETag with its content and answers If-None-Match with 304", async () => {
      const before = (await fetch(container('tagged'))).headers.get('etag')!;
      await send(container('tagged'), 'POST', comment('new'), writer);
      const after = (await fetch(container('tagged'))).headers.get('etag')!;
      assert.notEqual(after, before);
      assert.equal((await fetch(container('tagged'), { headers: { 'If-None-Match': after } })).status, 304);
    });

    it('answers methods a resource does not allow with 405 and Allow, OPTIONS with Allow, and other formats with 406', async () => {
      const created = await send(container('methods'), 'POST', comment('x'), writer);
      const onContainer = await fetch(container('methods'), { method: 'PUT', headers: writer });
      assert.equal(onContainer.status, 405);
      assert.equal(onContainer.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
      assert.equal((await send(created.headers.get('location')!, 'POST', comment('y'), writer)).status, 405);
      const options = await fetch(created.headers.get('location')!, { method: 'OPTIONS' });
      assert.equal(options.status, 200);
      assert.equal(options.headers.get('allow'), 'GET, HEAD, PUT, DELETE, OPTIONS');
      const head = await fetch(container('methods'), { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      assert.equal((await fetch(container('methods'), { headers: { Accept: 'text/turtle' } })).status, 406);
    });

    it('allows the listed origins by CORS, preflight included, and no other', async () => {
      const preflight = await fetch(container('cors'), { method: 'OPTIONS', headers: { Origin: 'http://viewer.test', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'if-match' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://viewer.test');
      assert.match(preflight.headers.get('access-control-allow-headers')!, /If-Match/);
      const read = await fetch(container('cors'), { headers: { Origin: 'http://viewer.test' } });
      assert.match(read.headers.get('access-control-expose-headers')!, /ETag/);
      assert.match(read.headers.get('vary')!, /Origin/);
      const other = await fetch(container('cors'), { headers: { Origin: 'http://elsewhere.test' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    });
  });
}
