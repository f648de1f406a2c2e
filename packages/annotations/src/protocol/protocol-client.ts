import { isRecord, listOf } from '../json.js';
import type { W3CAnnotation } from '../store.js';
import type { ContainerAddress } from './container-address.js';

export const ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** What the server answered a write or a read of one annotation. */
export interface Answer {
  status: number;
  etag?: string;
  annotation?: W3CAnnotation;
  message?: string;
}

/** Every annotation of a container, and the change sequence the read began at (to follow changes from there). */
export interface ContainerRead {
  annotations: W3CAnnotation[];
  changeSeq: number;
  changeFeed?: string;
}

/** The server could not be reached, or answered that it cannot serve now: the request may be tried again. */
export class Unreachable extends Error {}

const retriable = (status: number) => status >= 500 || status === 408 || status === 429;

const isAnnotation = (value: unknown): value is W3CAnnotation => isRecord(value) && typeof value.id === 'string';

/** Web Annotation Protocol requests to one container, with the user's bearer token. */
export class ProtocolClient {
  constructor(
    readonly address: ContainerAddress,
    private readonly token?: string,
    private readonly fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Accept: ANNOTATION_TYPE, ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  /** Fetches `url`; throws Unreachable when the network or the server fails, so the caller retries later. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetcher(url, { ...init, headers: this.headers(init.headers as Record<string, string>), cache: 'no-store' });
    } catch (error) {
      throw new Unreachable(`The annotation server cannot be reached: ${(error as Error).message}`);
    }
    if (retriable(response.status)) throw new Unreachable(`The annotation server answered ${response.status}`);
    return response;
  }

  async send(method: 'POST' | 'PUT' | 'DELETE' | 'GET', url: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> {
    const init: RequestInit = { method, headers: body === undefined ? headers : { 'Content-Type': ANNOTATION_TYPE, ...headers } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await this.request(url, init);
    const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    return {
      status: response.status,
      etag: response.headers.get('ETag') ?? undefined,
      annotation: response.ok && isAnnotation(json) ? json : undefined,
      message: isRecord(json) && typeof json.error === 'string' ? json.error : undefined,
    };
  }

  /** Every page of the container, followed from the first; throws when the container cannot be read. */
  async readContainer(): Promise<ContainerRead> {
    const response = await this.request(this.address.url, { headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedDescriptions"' } });
    if (!response.ok) throw new Error(`The annotation server refused to list ${this.address.url}: ${response.status}`);
    const changeSeq = Number(response.headers.get('Vellum-Change-Seq') ?? 0);
    const container: unknown = await response.json();
    if (!isRecord(container)) throw new Error(`${this.address.url} is not an annotation container`);
    const annotations: W3CAnnotation[] = [];
    let page: unknown = container.first;
    while (page !== undefined) {
      if (typeof page === 'string') page = await this.#readPage(page);
      if (!isRecord(page)) break;
      annotations.push(...listOf(page.items).filter(isAnnotation));
      page = typeof page.next === 'string' ? page.next : undefined;
    }
    const feed = listOf(container.service).find((service) => isRecord(service) && service.type === 'ChangeFeed');
    return { annotations, changeSeq: Number.isFinite(changeSeq) ? changeSeq : 0, changeFeed: isRecord(feed) && typeof feed.id === 'string' ? feed.id : undefined };
  }

  async #readPage(url: string): Promise<unknown> {
    const response = await this.request(url);
    if (!response.ok) throw new Error(`The annotation server refused the page ${url}: ${response.status}`);
    return response.json();
  }
}
