import { expect } from '@esm-bundle/chai';
import { encodeContentState, type Rect } from '@vellum/iiif';
import '../define.js';
import { deepQuery, deepQueryAll, fixture, mountViewer, unmountAll, waitFor, windowOf } from '../testing/viewer-harness.js';
import type { VellumWorkspace } from './workspace.js';

/** Content states given by reference, with several targets, a range or a time, and through every way into a workspace. */
const BOOK = fixture('manifests/book.json');
const canvasId = (n: number) => fixture(`manifests/book/canvas/${n}`);
const partOfBook = [{ id: BOOK, type: 'Manifest' }];
const canvasTarget = (n: number) => ({ id: canvasId(n), type: 'Canvas', partOf: partOfBook });
const annotation = (target: unknown) => ({ type: 'Annotation', motivation: ['contentState'], target });
const served = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
const contentState = (name: string) => fixture(`content-states/${name}.json`);
const mounted: VellumWorkspace[] = [];
const region = { x: 100, y: 100, width: 400, height: 300 };

/** Whether a view shows all of `region` and not much more: the slot fits the region to its own aspect ratio. */
const shows = (view: Rect | null | undefined, { x, y, width, height }: Rect) =>
  Boolean(view) && view!.x <= x && view!.y <= y && view!.x + view!.width >= x + width && view!.y + view!.height >= y + height && view!.width * view!.height <= 4 * width * height;

async function mountWorkspace(attributes: Record<string, string> = {}): Promise<VellumWorkspace> {
  const workspace = document.createElement('vellum-workspace');
  for (const [name, value] of Object.entries(attributes)) workspace.setAttribute(name, value);
  workspace.style.cssText = '--vellum-height: 600px; width: 900px; display: block';
  document.body.append(workspace);
  mounted.push(workspace);
  await workspace.updateComplete;
  return workspace;
}

const shownCanvases = (workspace: VellumWorkspace) =>
  workspace.store.state.layout.windowIds.map((id) => {
    const { manifestUrl, canvasId } = workspace.store.state.windows[id];
    return { manifestUrl, canvasId };
  });

function paste(target: EventTarget, text: string) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }));
}

/** A manifest with a table of contents, so that a Range can be asked for. */
async function bookWithRanges(): Promise<{ url: string; rangeId: string }> {
  const json = await (await fetch(BOOK)).json();
  const rangeId = `${BOOK}/range/chapter`;
  const items = json.items.slice(6, 9).map((item: { id: string }) => ({ id: item.id, type: 'Canvas' }));
  json.structures = [{ id: `${BOOK}/range/part`, type: 'Range', label: { en: ['Part'] }, items: [{ id: rangeId, type: 'Range', label: { en: ['Chapter'] }, items }] }];
  return { url: served(json), rangeId };
}

describe('<vellum-workspace> content states', () => {
  afterEach(() => mounted.splice(0).forEach((workspace) => workspace.remove()));

  it('loads an iiif-content URI that answers with an Annotation, and opens the canvas it names (§2.2.2)', async () => {
    const workspace = await mountWorkspace({ 'iiif-content': contentState('canvas-region') });
    await waitFor(() => shownCanvases(workspace)[0]?.canvasId === canvasId(8), 'the annotated canvas');
    expect(shownCanvases(workspace)).to.deep.equal([{ manifestUrl: BOOK, canvasId: canvasId(8) }]);
    await waitFor(() => shows(workspace.store.state.windows['window-1'].viewport, region), 'the annotated region in view');
  });

  it('opens a dropped link to a Canvas that names its manifest at that canvas (§2.2.4, §3.4)', async () => {
    const workspace = await mountWorkspace();
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/uri-list', contentState('canvas'));
    workspace.shadowRoot!.querySelector('.workspace')!.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await waitFor(() => shownCanvases(workspace)[0]?.canvasId === canvasId(5), 'the canvas');
    expect(shownCanvases(workspace)).to.deep.equal([{ manifestUrl: BOOK, canvasId: canvasId(5) }]);
  });

  it('reads data-iiif-content (§3.6) and opens each of several targets in a window of its own (§5.3)', async () => {
    const workspace = await mountWorkspace({ 'data-iiif-content': JSON.stringify(annotation([canvasTarget(2), canvasTarget(9)])) });
    await waitFor(() => shownCanvases(workspace).length === 2, 'two windows');
    expect(shownCanvases(workspace)).to.deep.equal([
      { manifestUrl: BOOK, canvasId: canvasId(2) },
      { manifestUrl: BOOK, canvasId: canvasId(9) },
    ]);
  });

  it('opens both targets of an Annotation given by reference, the first in the window that loaded it', async () => {
    const workspace = await mountWorkspace();
    workspace.open(contentState('two-targets'));
    await waitFor(() => shownCanvases(workspace).length === 2 && shownCanvases(workspace)[0].canvasId === canvasId(3), 'both targets');
    expect(shownCanvases(workspace)).to.deep.equal([
      { manifestUrl: BOOK, canvasId: canvasId(3) },
      { manifestUrl: BOOK, canvasId: canvasId(7) },
    ]);
  });

  it('opens a Range at its first canvas', async () => {
    const { url, rangeId } = await bookWithRanges();
    const workspace = await mountWorkspace();
    workspace.open(JSON.stringify({ id: rangeId, type: 'Range', partOf: [{ id: url, type: 'Manifest' }] }));
    await waitFor(() => shownCanvases(workspace)[0]?.canvasId === canvasId(7), 'the first canvas of the range');
  });

  it('opens a canvas asked for at a point in time, and says that the time cannot be played', async () => {
    const workspace = await mountWorkspace();
    const point = { type: 'SpecificResource', source: canvasTarget(5), selector: { type: 'PointSelector', t: 14.5 } };
    const id = workspace.open(encodeContentState(annotation(point)));
    await waitFor(() => shownCanvases(workspace)[0]?.canvasId === canvasId(5), 'the canvas');
    const tile = workspace.shadowRoot!.querySelector(`.tile[data-window-id="${id}"]`)!;
    await waitFor(() => deepQuery(tile, '[role="status"]')?.textContent?.includes('point in time'), 'the notice about the time');
  });

  it('words that notice in the reader\'s language, even when the content state opens before its catalog has loaded', async () => {
    const point = { type: 'SpecificResource', source: canvasTarget(5), selector: { type: 'PointSelector', t: 3 } };
    const workspace = await mountWorkspace({ language: 'zh-CN', 'iiif-content': encodeContentState(annotation(point)) });
    const tile = await waitFor(() => workspace.shadowRoot!.querySelector('.tile'), 'the window');
    await waitFor(() => deepQueryAll(tile, '[role="status"]').some((status) => status.textContent?.includes('时间点')), 'the notice in Chinese');
  });

  it('opens text pasted anywhere but in a text field (§3.3)', async () => {
    const workspace = await mountWorkspace();
    paste(workspace.shadowRoot!.querySelector('input[name="resource"]')!, BOOK);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownCanvases(workspace)).to.have.length(0);
    paste(workspace.shadowRoot!.querySelector('.workspace')!, JSON.stringify(canvasTarget(6)));
    await waitFor(() => shownCanvases(workspace)[0]?.canvasId === canvasId(6), 'the pasted canvas');
  });

  it('gives up on a content state that leads back to itself, in the window and as vellum-workspace-error', async () => {
    const workspace = await mountWorkspace();
    const reported = new Promise<{ kind: string; message: string }>((resolve) => workspace.addEventListener('vellum-workspace-error', (event) => resolve(event.detail)));
    workspace.open(contentState('loop-a'));
    const { message } = await reported;
    expect(message).to.contain('leads back to itself');
    expect(shownCanvases(workspace)).to.have.length(1);
  });
});

describe('<vellum-viewer> given a content state URI', () => {
  afterEach(unmountAll);

  it('shows the canvas and region the Annotation names', async () => {
    const viewer = mountViewer({ manifest: contentState('canvas-region') });
    await waitFor(() => viewer.loadedManifest?.id === BOOK && viewer.canvasIndex === 7, 'the eighth canvas');
    await waitFor(() => shows(viewer.store.state.windows[windowOf(viewer).windowId].viewport, region), 'the annotated region in view');
  });
});
