import '../define.js';
import type { VellumViewer } from '../viewer/viewer.js';
import type { VellumWindow } from '../window/window.js';

/** Test helpers: mount viewers, wait for events and look through every shadow root. */

const mounted: HTMLElement[] = [];

/** Puts an element with these attributes on the page, in a box styled by `boxStyle`; unmountAll removes it. */
export function mount<K extends 'vellum-viewer' | 'vellum-workspace'>(tag: K, attributes: Record<string, string>, boxStyle: string): HTMLElementTagNameMap[K] {
  const box = document.createElement('div');
  box.style.cssText = boxStyle;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  box.append(element);
  document.body.append(box);
  mounted.push(box);
  return element;
}

export function mountViewer(attributes: Record<string, string> = {}, width = 800): VellumViewer {
  return mount('vellum-viewer', attributes, `width: ${width}px`);
}

/** The boxes of everything mounted and not yet removed. */
export function mountedBoxes(): readonly HTMLElement[] {
  return mounted;
}

export function unmountAll() {
  for (const box of mounted.splice(0)) box.remove();
}

export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeoutMs = 10_000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined {
  return deepElements(root).find((element) => element.matches(selector)) as E | undefined;
}

export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  return deepElements(root).filter((element) => element.matches(selector)) as E[];
}

export function windowOf(viewer: VellumViewer): VellumWindow {
  return viewer.shadowRoot!.querySelector('vellum-window')!;
}

/** The text a reader sees in a part, whitespace collapsed. */
export function partText(viewer: VellumViewer, part: string): string {
  return (deepQuery(viewer.shadowRoot!, `[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttonNamed(viewer: VellumViewer, name: string): HTMLButtonElement {
  const button = deepQuery<HTMLButtonElement>(viewer.shadowRoot!, `button[aria-label="${name}"]`);
  if (!button) throw new Error(`no button named ${name}`);
  return button;
}

export const fixture = (path: string) => new URL(`/fixtures/${path}`, location.origin).href;
