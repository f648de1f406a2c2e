import { isRecord, listOf } from '../json.js';
import type { W3CAnnotation } from '../store.js';
import { Unreachable, type ProtocolClient } from './protocol-client.js';

/** A change the server reports: the annotation at `iri` written (as served, with its ETag) or deleted. */
export interface RemoteChange {
  seq: number;
  iri: string;
  annotation?: W3CAnnotation;
  etag?: string;
}

const POLL_MS = 2000;
const MAX_RETRY_MS = 30_000;

/** A change from the feed's `{ id, etag, annotation }` (a put) or `{ id }` (a delete). */
function changeOf(seq: number, kind: unknown, data: unknown): RemoteChange | undefined {
  if (!Number.isFinite(seq) || !isRecord(data) || typeof data.id !== 'string') return undefined;
  if (kind === 'delete') return { seq, iri: data.id };
  const annotation = data.annotation;
  if (kind !== 'put' || !isRecord(annotation) || annotation.id !== data.id) return undefined;
  return { seq, iri: data.id, annotation: annotation as W3CAnnotation, ...(typeof data.etag === 'string' ? { etag: data.etag } : {}) };
}

/** Splits a Server-Sent Events text stream into its events' id, type and data. */
export async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ id?: string; event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = block.split('\n').filter((line) => line && !line.startsWith(':'));
      const field = (name: string) => fields.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1).replace(/^ /, ''));
      const data = field('data');
      if (data.length) yield { id: field('id').at(-1), event: field('event').at(-1) ?? 'message', data: data.join('\n') };
    }
  }
}

/**
 * Follows a container's change feed from a sequence number: a Server-Sent Events stream, read with fetch so the token
 * goes in a header; polling when no stream can be held open; retried with backoff while the server is away.
 */
export class ChangeFeed {
  #controller?: AbortController;
  #retryMs = 1000;

  constructor(
    private readonly client: ProtocolClient,
    private readonly url: string,
    private readonly onChange: (change: RemoteChange) => Promise<void>,
    private readonly onConnected: () => void,
  ) {}

  follow(fromSeq: number): void {
    this.stop();
    const controller = new AbortController();
    this.#controller = controller;
    void this.#run(fromSeq, controller.signal);
  }

  stop(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  async #run(fromSeq: number, signal: AbortSignal): Promise<void> {
    let seq = fromSeq;
    let streamed = true;
    const apply = async (change: RemoteChange | undefined) => {
      if (!change || change.seq <= seq) return;
      await this.onChange(change);
      seq = change.seq;
    };
    while (!signal.aborted) {
      try {
        seq = await this.#catchUp(seq, apply, signal);
        this.onConnected();
        this.#retryMs = 1000;
        if (streamed) await this.#stream(seq, apply, signal);
        else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      } catch (error) {
        if (signal.aborted) return;
        if (!(error instanceof Unreachable)) streamed = false;
        await new Promise((resolve) => setTimeout(resolve, this.#retryMs));
        this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
      }
    }
  }

  /** Reads the changes after `seq` as JSON pages; returns the sequence number reached. */
  async #catchUp(seq: number, apply: (change: RemoteChange | undefined) => Promise<void>, signal: AbortSignal): Promise<number> {
    let url: string | undefined = `${this.url}?since=${seq}`;
    let reached = seq;
    while (url) {
      const response = await this.client.request(url, { signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`The change feed answered ${response.status}`);
      const page: unknown = await response.json();
      if (!isRecord(page)) throw new Error('The change feed answered no JSON object');
      for (const item of listOf(page.items)) if (isRecord(item)) await apply(changeOf(Number(item.seq), item.kind, item));
      reached = Math.max(reached, Number(page.last) || reached);
      url = typeof page.next === 'string' ? page.next : undefined;
    }
    return reached;
  }

  async #stream(seq: number, apply: (change: RemoteChange | undefined) => Promise<void>, signal: AbortSignal): Promise<void> {
    const response = await this.client.request(this.url, { signal, headers: { Accept: 'text/event-stream', 'Last-Event-ID': String(seq) } });
    if (!response.ok || !response.body || !response.headers.get('Content-Type')?.startsWith('text/event-stream')) throw new Error('The change feed cannot stream');
    for await (const event of serverSentEvents(response.body)) {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        continue;
      }
      await apply(changeOf(Number(event.id), event.event, data));
    }
    throw new Unreachable('The change feed stream ended');
  }
}
