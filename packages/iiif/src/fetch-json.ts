import { IIIFError } from './errors.js';

/**
 * Fetches and parses JSON; every failure becomes an IIIFError ('network', 'timeout', 'http', 'not-json'), except that
 * aborting through `signal` rejects with the signal's reason.
 */
export async function fetchJson(url: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    signal?.throwIfAborted();
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/ld+json, application/json' } });
    if (!response.ok) {
      const reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new IIIFError('http', `The server answered ${reason} for ${url}.`, { url, status: response.status });
    }
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new IIIFError('not-json', `The document at ${url} is not JSON, so it cannot be a IIIF resource.`, { url, status: response.status, cause });
    }
  } catch (error) {
    if (error instanceof IIIFError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (controller.signal.aborted) {
      throw new IIIFError('timeout', `${url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`, { url, cause: error });
    }
    throw new IIIFError('network', `Could not fetch ${url}: the server is unreachable or does not allow access from this page.`, { url, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
