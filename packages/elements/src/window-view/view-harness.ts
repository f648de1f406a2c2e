import { ContextProvider } from '@lit/context';
import { loadResource, type ViewerManifest } from '@vellum/iiif';
import { Store, actions, createWindow, type ViewMode } from '@vellum/state';
import '../define.js';
import { storeContext } from '../context/contexts.js';

/** Test helpers for the view elements: a view of one store window, mounted standalone in a sized box. */

export const WINDOW_ID = 'w';

export interface MountedView<E extends HTMLElement> {
  element: E;
  store: Store;
  manifest: ViewerManifest;
}

const boxes: HTMLElement[] = [];

export async function loadManifest(url: string): Promise<ViewerManifest> {
  const resource = await loadResource(url);
  if (resource.type !== 'Manifest') throw new Error(`${url} is not a manifest`);
  return resource.manifest;
}

export async function mountView<K extends 'vellum-portfolio' | 'vellum-medium-view' | 'vellum-continuous-view'>(
  tag: K,
  manifest: ViewerManifest,
  { canvasIndex = 0, width = 800, height = 600, viewMode = 'detail' as ViewMode } = {},
): Promise<MountedView<HTMLElementTagNameMap[K]>> {
  const store = new Store();
  store.dispatch(actions.addWindow(createWindow(WINDOW_ID, { canvasId: manifest.canvases[canvasIndex]?.id ?? null, viewMode })));
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; height: ${height}px; display: flex; flex-direction: column`;
  new ContextProvider(box, { context: storeContext, initialValue: store });
  const element = document.createElement(tag);
  element.setAttribute('window-id', WINDOW_ID);
  element.style.flex = '1';
  (element as HTMLElementTagNameMap[K] & { manifest?: ViewerManifest }).manifest = manifest;
  box.append(element);
  document.body.append(box);
  boxes.push(box);
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
  return { element, store, manifest };
}

export function unmountViews() {
  for (const box of boxes.splice(0)) box.remove();
}

export const currentCanvasId = (store: Store) => store.state.windows[WINDOW_ID]?.canvasId;
