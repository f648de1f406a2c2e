import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serverSentEvents } from '@vellum/annotations/protocol';
import { backends, bearer, comment, send, serveOn, type Running } from './harness.ts';

interface Event {
  id: number;
  event: string;
  data: { id: string; etag?: string; annotation?: { id: string; body: { value: string }; creator: { name: string } } };
}

/** An open change stream, and the events it has brought so far. */
class Stream {
  readonly events: Event[] = [];
  readonly ended: Promise<void>;
  readonly #controller = new AbortController();

  private constructor(body: ReadableStream<Uint8Array>) {
    this.ended = (async () => {
      for await (const { id, event, data } of serverSentEvents(body)) this.events.push({ id: Number(id), event, data: JSON.parse(data) });
    })().catch(() => {});
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<Stream> {
    const controller = new AbortController();
    const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/event-stream/);
    const stream = new Stream(response.body!);
    stream.#controller.signal.addEventListener('abort', () => controller.abort());
    return stream;
  }

  /** Waits up to `ms` for `count` events in all. */
  async waitFor(count: number, ms = 1000): Promise<Event[]> {
    const deadline = Date.now() + ms;
    while (this.events.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(this.events.length >= count, `${this.events.length} of ${count} events within ${ms} ms`);
    return this.events;
  }

  close(): void {
    this.#controller.abort();
  }
}

for (const backend of backends()) {
  describe(`Change feed on ${backend.name}`, () => {
    let server: Running;
    let writer: Record<string, string>;
    const streams: Stream[] = [];
    before(async () => {
      server = await backend.serve();
      writer = bearer(await server.token('ada', { '*': 'write' }));
    });
    after(async () => {
      for (const stream of streams) stream.close();
      await server.close();
    });
    const container = (name: string) => `${server.url}/annotations/${name}/`;
    const feed = (name: string) => `${server.url}/changes/${name}`;
    const open = async (url: string, headers?: Record<string, string>) => {
      const stream = await Stream.open(url, headers);
      streams.push(stream);
      return stream;
    };
    const post = async (name: string, text: string, slug?: string) => {
      const response = await send(container(name), 'POST', comment(text), { ...writer, ...(slug ? { Slug: slug } : {}) });
      assert.equal(response.status, 201);
      return { iri: response.headers.get('location')!, etag: response.headers.get('etag')! };
    };

    it('offers the feed as a container service, and the container read tells the change it was made at', async () => {
      assert.equal((await fetch(container('offered'))).headers.get('vellum-change-seq'), '0');
      await post('offered', 'one');
      await post('offered', 'two');
      const read = await fetch(container('offered'));
      const { last } = await (await fetch(feed('offered'))).json();
      assert.equal(read.headers.get('vellum-change-seq'), String(last));
      const service = (await read.json()).service.find((entry: { type?: string }) => entry.type === 'ChangeFeed');
      assert.equal(service.id, feed('offered'));
      assert.equal((await fetch(`${container('offered')}?page=0`)).headers.get('vellum-change-seq'), String(last));
    });

    it('streams puts, replacements and deletes as they happen, each within a second, in order', async () => {
      const stream = await open(feed('live'));
      const created = await post('live', 'draft', 'note');
      const [put] = await stream.waitFor(1);
      assert.equal(put.event, 'put');
      assert.equal(put.data.id, created.iri);
      assert.equal(put.data.etag, created.etag);
      assert.equal(put.data.annotation!.body.value, 'draft');
      assert.equal(put.data.annotation!.creator.name, 'ada');
      const replaced = await send(created.iri, 'PUT', comment('final'), { ...writer, 'If-Match': created.etag });
      assert.equal(replaced.status, 200);
      const [, changed] = await stream.waitFor(2);
      assert.equal(changed.data.annotation!.body.value, 'final');
      assert.equal(changed.data.etag, replaced.headers.get('etag'));
      assert.equal((await fetch(created.iri, { method: 'DELETE', headers: writer })).status, 204);
      const [, , deleted] = await stream.waitFor(3);
      assert.deepEqual({ event: deleted.event, data: deleted.data }, { event: 'delete', data: { id: created.iri } });
      assert.ok(put.id < changed.id && changed.id < deleted.id);
    });

    it('resumes after Last-Event-ID, or since a number, with exactly the changes after it', async () => {
      for (const text of ['a', 'b', 'c', 'd']) await post('resume', text);
      const { items } = await (await fetch(feed('resume'))).json();
      const second = items[1].seq;
      const resumed = await open(feed('resume'), { 'Last-Event-ID': String(second) });
      const sinced = await open(`${feed('resume')}?since=${second}`);
      for (const stream of [resumed, sinced]) {
        const events = await stream.waitFor(2);
        assert.deepEqual(events.map((event) => event.data.annotation!.body.value), ['c', 'd']);
      }
      const fresh = await open(feed('resume'));
      await post('resume', 'e');
      assert.deepEqual((await fresh.waitFor(1)).map((event) => event.data.annotation!.body.value), ['e']);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(resumed.events.length, 3);
    });

    it('pages the JSON feed 500 changes at a time, and leaves out puts of annotations deleted since', async () => {
      const { iri } = await post('paged', 'gone soon');
      await fetch(iri, { method: 'DELETE', headers: writer });
      await server.db.query(`insert into changes (container, slug, kind) select 'paged', 'x' || n, 'delete' from generate_series(1, 1100) n`);
      const pages: { last: number; items: { seq: number; kind: string; id: string }[]; next?: string }[] = [];
      for (let url: string | undefined = `${feed('paged')}?since=0`; url; url = pages.at(-1)!.next) pages.push(await (await fetch(url)).json());
      assert.equal(pages.length, 3);
      const items = pages.flatMap((page) => page.items);
      assert.equal(items.length, 1101);
      assert.deepEqual(items[0], { seq: items[0].seq, kind: 'delete', id: iri });
      assert.ok(items.every((item, index) => index === 0 || item.seq > items[index - 1].seq));
      assert.equal(pages[0].last, items.at(-1)!.seq);
      assert.equal((await fetch(`${feed('paged')}?since=-1`)).status, 400);
    });

    it('brings every one of 200 annotations that 20 writers post at once, each once, numbered in order', async () => {
      const stream = await open(feed('crowd'));
      const writers = await Promise.all(Array.from({ length: 20 }, (_, index) => server.token(`writer-${index}`, { crowd: 'write' })));
      await Promise.all(
        writers.map(async (token, writer) => {
          for (let note = 0; note < 10; note++) {
            const response = await send(container('crowd'), 'POST', comment(`${writer}/${note}`), bearer(token));
            assert.equal(response.status, 201);
          }
        }),
      );
      const events = await stream.waitFor(200, 5000);
      assert.equal(new Set(events.map((event) => event.data.id)).size, 200);
      assert.ok(events.every((event, index) => index === 0 || event.id > events[index - 1].id));
    });

    it('ends its streams when the server closes', async () => {
      const own = await backend.serve();
      const stream = await Stream.open(`${own.url}/changes/closing`);
      const started = Date.now();
      await own.close();
      await stream.ended;
      assert.ok(Date.now() - started < 2000, `closed in ${Date.now() - started} ms`);
    });

    if (backend.cluster) {
      it('brings a change written through another server on the same database', async () => {
        const other = await serveOn(server.location);
        try {
          const stream = await open(`${other.url}/changes/shared`);
          const { iri } = await post('shared', 'from the first server');
          const [put] = await stream.waitFor(1);
          assert.equal(put.data.id, iri.replace(server.url, other.url));
        } finally {
          await other.close();
        }
      });
    }
  });

  describe(`Change feed rights on ${backend.name}`, () => {
    let server: Running;
    before(async () => {
      server = await backend.serve({ publicRead: false });
    });
    after(() => server.close());

    it('asks for a token, and refuses one without read access to the container, for both the stream and the pages', async () => {
      const outsider = bearer(await server.token('outsider', { other: 'read' }));
      const reader = bearer(await server.token('reader', { secret: 'read' }));
      for (const accept of ['text/event-stream', 'application/json']) {
        assert.equal((await fetch(`${server.url}/changes/secret`, { headers: { Accept: accept } })).status, 401);
        assert.equal((await fetch(`${server.url}/changes/secret`, { headers: { Accept: accept, ...outsider } })).status, 403);
      }
      assert.equal((await fetch(`${server.url}/changes/secret`, { headers: reader })).status, 200);
      const stream = await Stream.open(`${server.url}/changes/secret`, reader);
      stream.close();
    });
  });
}
