/** The checks made after every step of a fuzz case: errors, liveness, and live dangerous links. */
import { deepElements } from '../testing/viewer-harness.js';

const XSS_FLAG = '__vellumXss';
const LIVENESS_MS = 2000;
/** A pause of the main thread this long, seen by a ticking timer, is a hang even if the page came back later. */
const FREEZE_MS = 3000;
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'blob:'];
const SOURCE_SCHEMES = ['http:', 'https:', 'blob:'];
const FRAME_TAGS = ['iframe', 'frame', 'embed', 'object'];
const FORBIDDEN_TAGS = ['script', 'base', 'meta', 'frameset'];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function schemeOf(value: string): { protocol: string; pathname: string } | undefined {
  try {
    return new URL(value, document.baseURI);
  } catch {
    return undefined; // a URL that does not parse is no link at all
  }
}

const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);
function describeElement(element: Element): string {
  const part = element.getAttribute('part');
  const host = (element.getRootNode() as ShadowRoot).host;
  return `<${element.localName}${part ? ` part="${part}"` : ''}>${host ? ` in <${host.localName}>` : ''}`;
}

/** Every live dangerous link, source, frame, form or inline handler under `root`, through shadow roots. */
export function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  const flag = (element: Element, what: string) => found.push(`${describeElement(element)} ${shorten(what)}`);
  const checkUrl = (element: Element, attribute: string, allowed: string[], images = false) => {
    const value = element.getAttribute(attribute);
    if (value === null) return;
    const url = schemeOf(value);
    if (url && !allowed.includes(url.protocol) && !(images && url.protocol === 'data:' && /^image\//i.test(url.pathname))) flag(element, `${attribute}="${value}"`);
  };
  for (const element of deepElements(root)) {
    for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) flag(element, `inline ${attribute.name}="${attribute.value}"`);
    const tag = element.localName;
    if (tag === 'a' || tag === 'area') {
      checkUrl(element, 'href', LINK_SCHEMES);
      checkUrl(element, 'xlink:href', LINK_SCHEMES);
    }
    if (tag === 'form') checkUrl(element, 'action', LINK_SCHEMES);
    checkUrl(element, 'formaction', LINK_SCHEMES);
    checkUrl(element, 'src', SOURCE_SCHEMES, !FRAME_TAGS.includes(tag));
    if (FRAME_TAGS.includes(tag)) {
      checkUrl(element, 'data', SOURCE_SCHEMES);
      if (!element.hasAttribute('src') && !element.hasAttribute('data')) flag(element, 'a frame with no source');
    }
    if (element.hasAttribute('srcdoc')) flag(element, `srcdoc="${element.getAttribute('srcdoc')}"`);
    const inVellum = element.getRootNode() !== document || element.closest('[data-fuzz-mount]');
    if (inVellum && FORBIDDEN_TAGS.includes(tag)) flag(element, `a live <${tag}> from ${element.outerHTML}`);
  }
  return found;
}

/** Records uncaught errors and unhandled rejections and the longest freeze of the main thread, and checks each step. */
export class FuzzMonitor {
  readonly #errors: string[] = [];
  #savedOnError: OnErrorEventHandler = null;
  #ticker?: ReturnType<typeof setInterval>;
  #lastTick = 0;
  #longestFreeze = 0;
  #step = '';

  readonly #onError = (event: ErrorEvent) => {
    const where = event.filename ? ` at ${event.filename}:${event.lineno}:${event.colno}` : '';
    this.#errors.push(`uncaught ${describeError(event.error ?? event.message)}${where} (during ${this.#step})`);
  };

  readonly #onRejection = (event: PromiseRejectionEvent) => {
    this.#errors.push(`unhandled rejection ${describeError(event.reason)} (during ${this.#step})`);
  };

  /**
   * Takes over from mocha's `window.onerror` for the suite, so that an error is reported by the step that caused it
   * (with its seed and index) and the run goes on to the other cases; nothing is dropped: every error fails a check.
   */
  start() {
    this.#savedOnError = window.onerror;
    window.onerror = null;
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
    this.#lastTick = performance.now();
    this.#ticker = setInterval(() => {
      const now = performance.now();
      this.#longestFreeze = Math.max(this.#longestFreeze, now - this.#lastTick);
      this.#lastTick = now;
    }, 100);
  }

  stop() {
    void fetch('/fixtures/fuzz/progress/done').catch(() => undefined);
    clearInterval(this.#ticker);
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
    window.onerror = this.#savedOnError;
  }

  begin(step: string) {
    void fetch(`/fixtures/fuzz/progress/${encodeURIComponent(step)}`).catch(() => undefined);
    this.#step = step;
    this.#longestFreeze = 0;
    this.#lastTick = performance.now();
  }

  /** The problems after a step: errors, a freeze or a page that no longer runs timers and frames, dangerous links, the XSS flag. */
  async check(step: string): Promise<string[]> {
    const problems: string[] = [];
    const start = performance.now();
    const live = await Promise.race([
      Promise.all([sleep(0), new Promise((resolve) => requestAnimationFrame(resolve))]).then(() => true),
      sleep(LIVENESS_MS).then(() => false),
    ]);
    const took = Math.round(performance.now() - start);
    if (!live || took > LIVENESS_MS) problems.push(`${step}: not live: setTimeout(0) and requestAnimationFrame took ${took} ms`);
    if (this.#longestFreeze > FREEZE_MS) problems.push(`${step}: the main thread froze for ${Math.round(this.#longestFreeze)} ms`);
    problems.push(...this.#errors.splice(0).map((error) => `${step}: ${error}`));
    problems.push(...dangers(document.body).map((danger) => `${step}: dangerous ${danger}`));
    if (XSS_FLAG in window) {
      problems.push(`${step}: a payload ran (window.${XSS_FLAG} is set)`);
      delete (window as unknown as Record<string, unknown>)[XSS_FLAG];
    }
    return problems;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${shorten(error.message)}${error.stack ? ` | ${shorten(error.stack.split('\n').slice(1, 4).join(' ').replace(/\s+/g, ' '))}` : ''}`;
  return shorten(String(error));
}

