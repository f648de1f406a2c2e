import { EngineError } from './errors.js';

const responses = new Map<string, Promise<unknown>>();
let requests = 0;
let headersFor: (url: string) => Record<string, string> = () => ({});

async function fetchInfo(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: headersFor(url) });
  } catch (cause) {
    throw new EngineError('info-json', `Could not fetch the image information at ${url}`, url, { cause });
  }
  if (!response.ok) {
    throw new EngineError('info-json', `The image information at ${url} answered HTTP ${response.status}`, url);
  }
  try {
    return await response.json();
  } catch (cause) {
    throw new EngineError('info-json', `The image information at ${url} is not JSON`, url, { cause });
  }
}

/** The page-wide cache of info.json responses: one request per URL, however many slots ask. Failures are not kept. */
export const infoJsonCache = {
  get(url: string): Promise<unknown> {
    let response = responses.get(url);
    if (!response) {
      requests += 1;
      response = fetchInfo(url);
      responses.set(url, response);
      const pending = response;
      pending.catch(() => {
        if (responses.get(url) === pending) responses.delete(url);
      });
    }
    return response;
  },
  /** Names the headers each request carries from now on (an Authentication 1.0 token); forgets every response. */
  setRequestHeaders(provider: (url: string) => Record<string, string>): void {
    if (provider === headersFor) return;
    headersFor = provider;
    responses.clear();
  },
  /** Forgets every response and resets requestCount. */
  clear(): void {
    responses.clear();
    requests = 0;
  },
  /** How many info.json requests were made since the last clear(). */
  get requestCount(): number {
    return requests;
  },
};
