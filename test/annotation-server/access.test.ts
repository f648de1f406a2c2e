import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ANNOTATION_TYPE, backends, bearer, comment, send, type Running } from './harness.ts';

const INJECTION = "'; drop table annotations; --";
const HTML = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const ORIGIN = 'http://viewer.test';
const TABLES = ['containers', 'annotations', 'users', 'tokens', 'grants', 'schema_migrations'];

const without = (json: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(json).filter(([key]) => !keys.includes(key)));

async function refused(response: Response, status: number, message?: RegExp): Promise<void> {
  assert.equal(response.status, status);
  const { error } = await response.json();
  assert.equal(typeof error, 'string');
  if (message) assert.match(error, message);
}

/** The status of a request for `path` exactly as written; fetch would resolve `%2E%2E` and `..` away first. */
function rawStatus(base: string, method: string, path: string, headers: Record<string, string>, body: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path, method, headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

for (const backend of backends()) {
  describe(`Access and bad input on ${backend.name}`, () => {
    let server: Running;
    let ada: Record<string, string>;
    let bob: Record<string, string>;
    let reader: Record<string, string>;
    let team: Record<string, string>;
    let editor: Record<string, string>;
    before(async () => {
      server = await backend.serve({ origins: [ORIGIN] });
      ada = bearer(await server.token('ada', { '*': 'write' }));
      bob = bearer(await server.token('bob', { '*': 'write' }));
      reader = bearer(await server.token('reader', { '*': 'read' }));
      team = bearer(await server.token('teamster', { 'team-*': 'write' }));
      editor = bearer(await server.token('eve', { '*': 'write' }, 'editor'));
    });
    after(() => server.close());
    const container = (name: string) => `${server.url}/annotations/${name}/`;
    const totalIn = async (name: string) => (await (await fetch(container(name))).json()).total;
    const create = (name: string, annotation: unknown, headers = ada) => send(container(name), 'POST', annotation, headers);

    it('answers a write without a token, or with one it does not know, with 401 and WWW-Authenticate', async () => {
      const anonymous = await create('no-token', comment('x'), {});
      assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer');
      await refused(anonymous, 401, /bearer token/i);
      const unknown = await create('no-token', comment('x'), bearer('not-a-token'));
      assert.match(unknown.headers.get('www-authenticate')!, /invalid_token/);
      await refused(unknown, 401);
      await refused(await create('no-token', comment('x'), { Authorization: 'Basic YWRhOnNlY3JldA==' }), 401);
      const made = await create('no-token', comment('mine'));
      const iri = made.headers.get('location')!;
      for (const headers of [{}, bearer('not-a-token')]) {
        await refused(await send(iri, 'PUT', comment('changed'), { ...headers, 'If-Match': made.headers.get('etag')! }), 401);
        await refused(await fetch(iri, { method: 'DELETE', headers }), 401);
      }
      assert.equal(await totalIn('no-token'), 1);
      assert.equal((await (await fetch(iri)).json()).body.value, 'mine');
    });

    it('lets a read grant read but answers its POST with 403', async () => {
      await refused(await create('read-only', comment('x'), reader), 403, /reader has no write access to read-only/);
      assert.equal((await fetch(container('read-only'), { headers: reader })).status, 200);
      assert.equal(await totalIn('read-only'), 0);
    });

    it('gives a grant for team-* the containers team-a and team-b, and not other, team or teams', async () => {
      for (const name of ['team-a', 'team-b']) assert.equal((await create(name, comment(name), team)).status, 201);
      for (const name of ['other', 'team', 'teams']) await refused(await create(name, comment(name), team), 403, new RegExp(`no write access to ${name}`));
      assert.equal(await totalIn('other'), 0);
    });

    it("refuses user B a PUT or DELETE of user A's annotation (403), and lets an editor make both", async () => {
      const made = await create('owned', comment('by ada'));
      const iri = made.headers.get('location')!;
      const etag = made.headers.get('etag')!;
      const changed = { ...comment('by bob'), id: iri };
      await refused(await send(iri, 'PUT', changed, { ...bob, 'If-Match': etag }), 403, /Only ada or an editor/);
      await refused(await fetch(iri, { method: 'DELETE', headers: { ...bob, 'If-Match': etag } }), 403);
      await refused(await send(iri, 'PUT', changed, { ...reader, 'If-Match': etag }), 403);
      const unchanged = await fetch(iri);
      assert.equal(unchanged.headers.get('etag'), etag);
      assert.equal((await unchanged.json()).body.value, 'by ada');
      const edited = await send(iri, 'PUT', { ...comment('by eve'), id: iri }, { ...editor, 'If-Match': etag });
      assert.equal(edited.status, 200);
      const json = await edited.json();
      assert.deepEqual([json.body.value, json.creator.name], ['by eve', 'ada']);
      assert.equal((await fetch(iri, { method: 'DELETE', headers: { ...editor, 'If-Match': edited.headers.get('etag')! } })).status, 204);
      assert.equal((await fetch(iri)).status, 404);
    });

    it('needs a token with a read grant for every read when publicRead is false', async () => {
      const closed = await backend.serve({ publicRead: false });
      try {
        const writer = bearer(await closed.token('ada', { '*': 'write' }));
        const readerOfPrivate = bearer(await closed.token('rita', { private: 'read' }));
        const stranger = bearer(await closed.token('sam', { 'team-*': 'read' }));
        const iri = (await send(`${closed.url}/annotations/private/`, 'POST', comment('secret'), writer)).headers.get('location')!;
        const reads = [iri, `${closed.url}/annotations/private/`, `${closed.url}/annotations/private/?page=0`, `${closed.url}/search/2/private?q=secret`, `${closed.url}/search/1/private?q=secret`, `${closed.url}/autocomplete/2/private?q=sec`];
        for (const url of reads) {
          const anonymous = await fetch(url);
          assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer');
          await refused(anonymous, 401, /read access/);
          await refused(await fetch(url, { headers: stranger }), 403, /sam has no read access to private/);
          for (const headers of [readerOfPrivate, writer]) assert.equal((await fetch(url, { headers })).status, 200, url);
        }
        assert.equal((await (await fetch(`${closed.url}/search/2/private?q=secret`, { headers: readerOfPrivate })).json()).partOf.total, 1);
      } finally {
        await closed.close();
      }
    });

    it('answers a body that is not JSON with 400, and one sent as text/plain or a form with 415', async () => {
      await refused(await create('bad-json', '{"type": "Annotation",'), 400);
      await refused(await create('bad-json', ''), 400);
      const body = JSON.stringify(comment('typed wrong'));
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        await refused(await fetch(container('bad-json'), { method: 'POST', headers: { ...ada, 'Content-Type': type }, body }), 415, /application\/ld\+json/);
      }
      assert.equal(await totalIn('bad-json'), 0);
      assert.equal((await fetch(container('bad-json'), { method: 'POST', headers: { ...ada, 'Content-Type': 'application/json' }, body })).status, 201);
    });

    it('answers JSON that is not an annotation with 400 and a message saying what is wrong', async () => {
      const untargeted = without(comment('x'), 'target');
      const cases: [unknown, RegExp][] = [
        [without(comment('x'), 'type'), /type must be Annotation/],
        [{ ...comment('x'), type: 'Note' }, /type must be Annotation/],
        [untargeted, /needs a target/],
        [{ ...comment('x'), target: [] }, /needs a target/],
        [{ ...comment('x'), target: [null] }, /needs a target/],
        [without(comment('x'), '@context'), /@context must include http:\/\/www\.w3\.org\/ns\/anno\.jsonld/],
        [{ ...comment('x'), '@context': 'https://schema.org/' }, /@context/],
        [[comment('x')], /one JSON-LD object/],
        ['null', /one JSON-LD object/],
        ['"an annotation"', /one JSON-LD object/],
        ['42', /one JSON-LD object/],
      ];
      for (const [body, message] of cases) await refused(await create('not-annotations', body), 400, message);
      const made = await create('not-annotations', comment('kept'));
      await refused(await send(made.headers.get('location')!, 'PUT', untargeted, { ...ada, 'If-Match': made.headers.get('etag')! }), 400, /needs a target/);
      assert.equal(await totalIn('not-annotations'), 1);
    });

    it('answers a 10 MB body with 413 and stores nothing', async () => {
      const huge = JSON.stringify(comment('x'.repeat(10 * 1024 * 1024)));
      await refused(await create('huge', huge), 413, /too large/);
      const [{ count }] = await server.db.query<{ count: number }>("select count(*)::int as count from annotations where container = 'huge'");
      assert.equal(count, 0);
      assert.equal(await totalIn('huge'), 0);
    });

    it('stores HTML in a body and serves it exactly as given, as JSON (the viewer sanitises it)', async () => {
      const annotation = { ...comment(HTML), label: HTML, body: [{ type: 'TextualBody', value: HTML, format: 'text/html' }, { type: 'TextualBody', value: HTML }] };
      const made = await create('html', annotation);
      assert.equal(made.status, 201);
      const served = await fetch(made.headers.get('location')!);
      assert.equal(served.headers.get('content-type'), ANNOTATION_TYPE);
      const json = await served.json();
      assert.deepEqual([json.label, json.body[0].value, json.body[1].value], [HTML, HTML, HTML]);
      assert.deepEqual((await (await fetch(container('html'))).json()).first.items[0].body, annotation.body);
      assert.deepEqual((await (await fetch(`${server.url}/search/2/html?q=onerror`)).json()).items[0].body, annotation.body);
      assert.match((await (await fetch(`${server.url}/search/1/html?q=onerror`)).json()).resources[0].resource.chars, /<script>alert\(1\)<\/script><img src=x onerror=alert\(1\)>/);
    });

    it('refuses SQL-injection strings as names (400) and keeps them literally as text; the tables stay intact', async () => {
      for (const slug of [INJECTION, '..', '.', '%', '\\']) {
        const made = await create('slugs', comment(slug), { ...ada, Slug: slug });
        assert.equal(made.status, 201);
        assert.match(made.headers.get('location')!, new RegExp(`^${container('slugs')}[0-9a-f-]{36}$`), `Slug ${slug}`);
      }
      assert.equal((await create('slugs', comment('underscore'), { ...ada, Slug: '_' })).headers.get('location'), `${container('slugs')}_`);
      for (const name of [INJECTION, '%', '\\', 'a b', "x'y", '%00']) {
        const url = `${server.url}/annotations/${encodeURIComponent(name)}/`;
        await refused(await send(url, 'POST', comment('x'), ada), 400, /container name/);
        await refused(await fetch(url), 400, /container name/);
      }
      const json = { 'Content-Type': ANNOTATION_TYPE, ...ada };
      for (const path of ['/annotations/%2E%2E/', '/annotations/./', '/annotations/ok/%2E%2E']) {
        assert.equal(await rawStatus(server.url, path.endsWith('/') ? 'POST' : 'PUT', path, { ...json, 'If-Match': '"x"' }, JSON.stringify(comment('dots'))), 400, path);
      }
      const literal = { ...comment(INJECTION, INJECTION, '1,2,3,4'), motivation: INJECTION, [INJECTION]: [INJECTION, { '%': '_', '\\': '\\\\' }] };
      const made = await create('literal', literal);
      const stored = without(await (await fetch(made.headers.get('location')!)).json(), 'id', 'creator', 'created', 'modified');
      assert.deepEqual(stored, literal);
      await refused(await send(made.headers.get('location')!, 'PUT', literal, { ...ada, 'If-Match': INJECTION }), 412);
      const robert = "robert'); drop table users; --";
      const robertMade = await create('literal', comment('by robert'), bearer(await server.token(robert, { literal: 'write' })));
      const { creator } = await robertMade.json();
      assert.deepEqual(creator, { id: `${server.url}/users/${encodeURIComponent(robert)}`, type: 'Person', name: robert });
      const byRobert = await (await fetch(`${server.url}/search/2/literal?${new URLSearchParams({ user: creator.id })}`)).json();
      assert.deepEqual(byRobert.items.map((item: { body: { value: string } }) => item.body.value), ['by robert']);
      await assert.rejects(server.token('mallory', { [INJECTION]: 'write' }), /names no container/);
      await assert.rejects(server.token('', { '*': 'write' }), /needs a name/);
      for (const table of TABLES) {
        const [{ count }] = await server.db.query<{ count: number }>(`select count(*)::int as count from ${table}`);
        assert.ok(count > 0, table);
      }
      assert.equal(await totalIn('literal'), 2);
      assert.equal((await server.db.query('select name from users where name = $1', [robert])).length, 1);
    });

    it('sends CORS headers to a listed origin (error answers and preflight too), none to another, and varies by Origin', async () => {
      const preflight = await fetch(container('cors'), { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, slug' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(preflight.headers.get('access-control-allow-methods')!, /DELETE/);
      assert.match(preflight.headers.get('access-control-allow-headers')!, /Authorization.*Slug/);
      assert.equal(preflight.headers.get('vary'), 'Origin');
      const read = await fetch(container('cors'), { headers: { Origin: ORIGIN } });
      assert.equal(read.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(read.headers.get('access-control-expose-headers')!, /ETag.*Location/);
      const denied = await create('cors', comment('x'), { Origin: ORIGIN });
      assert.equal(denied.status, 401);
      assert.equal(denied.headers.get('access-control-allow-origin'), ORIGIN);
      const otherPreflight = await fetch(container('cors'), { method: 'OPTIONS', headers: { Origin: 'http://elsewhere.test', 'Access-Control-Request-Method': 'POST' } });
      assert.notEqual(otherPreflight.status, 204);
      assert.equal(otherPreflight.headers.get('access-control-allow-methods'), null);
      const unlisted: Record<string, string>[] = [{ Origin: 'http://elsewhere.test' }, { Origin: 'null' }, {}];
      for (const headers of unlisted) {
        const other = await fetch(container('cors'), { headers });
        assert.equal(other.headers.get('access-control-allow-origin'), null);
        assert.match(other.headers.get('vary')!, /(^|, )Origin$/);
      }
      assert.equal(otherPreflight.headers.get('access-control-allow-origin'), null);
    });

    if (backend.cluster) {
      it('answers 503 with Retry-After while PostgreSQL is down, and serves again once it is back, without a restart', async () => {
        const cluster = backend.cluster!();
        const own = await backend.serve();
        try {
          const writer = bearer(await own.token('ada', { '*': 'write' }));
          const iri = (await send(`${own.url}/annotations/down/`, 'POST', comment('up'), writer)).headers.get('location')!;
          await cluster.pause();
          try {
            const attempts = [
              () => fetch(iri),
              () => fetch(`${own.url}/annotations/down/`),
              () => send(`${own.url}/annotations/down/`, 'POST', comment('while down'), writer),
              () => send(iri, 'PUT', comment('while down'), { ...writer, 'If-Match': '"x"' }),
              () => fetch(`${own.url}/search/2/down?q=up`),
              () => fetch(`${own.url}/health`),
            ];
            for (const attempt of attempts) {
              const response = await attempt();
              assert.equal(response.headers.get('retry-after'), '1');
              await refused(response, 503, /database cannot be reached/);
            }
          } finally {
            await cluster.resume();
          }
          assert.equal((await fetch(iri)).status, 200);
          assert.equal((await send(`${own.url}/annotations/down/`, 'POST', comment('back'), writer)).status, 201);
          assert.equal((await (await fetch(`${own.url}/annotations/down/`)).json()).total, 2);
          assert.equal((await fetch(`${own.url}/health`)).status, 200);
        } finally {
          await own.close();
        }
      });
    }
  });
}
