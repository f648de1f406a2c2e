import { expect } from '@esm-bundle/chai';
import { clipToCanvas, contentStateOf, encodeContentState, parseXywh } from '@vellum/iiif';
import { actions, type MosaicSplit } from '@vellum/state';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../define.js';
import { deepQuery, deepQueryAll, fixture, waitFor } from '../testing/viewer-harness.js';
import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import type { VellumWorkspace } from './workspace.js';

const BOOK = fixture('manifests/book.json');
const SINGLE = fixture('manifests/single.json');
const canvasId = (n: number) => fixture(`manifests/book/canvas/${n}`);
const mounted: VellumWorkspace[] = [];

async function mountWorkspace(attributes: Record<string, string> = {}): Promise<VellumWorkspace> {
  const workspace = document.createElement('vellum-workspace');
  for (const [name, value] of Object.entries(attributes)) workspace.setAttribute(name, value);
  workspace.style.cssText = '--vellum-height: 700px; width: 1000px; display: block';
  document.body.append(workspace);
  mounted.push(workspace);
  await workspace.updateComplete;
  return workspace;
}

const shadow = (workspace: VellumWorkspace) => workspace.shadowRoot!;
const tiles = (workspace: VellumWorkspace) => [...shadow(workspace).querySelectorAll<HTMLElement>('.tile')];
const tile = (workspace: VellumWorkspace, windowId: string) => shadow(workspace).querySelector<HTMLElement>(`.tile[data-window-id="${windowId}"]`)!;
const alertText = (workspace: VellumWorkspace) => shadow(workspace).querySelector('[role="alert"]')?.textContent?.trim() ?? '';

function drop(target: Element, entries: Record<string, string>, files: File[] = []) {
  const dataTransfer = new DataTransfer();
  for (const [type, value] of Object.entries(entries)) dataTransfer.setData(type, value);
  for (const file of files) dataTransfer.items.add(file);
  target.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
  target.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
}

const titleOf = (workspace: VellumWorkspace, windowId: string) =>
  waitFor(() => {
    const host = tile(workspace, windowId);
    const text = (host && deepQuery(host, '[part="title"]')?.textContent) ?? '';
    return !/^Window \d+$/.test(text) && text;
  }, `title of ${windowId}`);

async function settledZoom(workspace: VellumWorkspace, windowId: string): Promise<VellumDeepZoom> {
  return waitFor(() => {
    const host = tile(workspace, windowId);
    const zoom = host && deepQuery<VellumDeepZoom>(host, 'vellum-deep-zoom');
    return zoom?.getAttribute('status') === 'settled' && zoom;
  }, `settled deep zoom in ${windowId}`, 15_000);
}

describe('<vellum-workspace>', () => {
  afterEach(() => mounted.splice(0).forEach((workspace) => workspace.remove()));

  for (const [name, path, kind] of [
    ['a server error', 'status/500', 'http'],
    ['text that is not JSON', 'bad/not-json.json', 'not-json'],
  ] as const) {
    it(`reports an iiif-content that names ${name} as vellum-workspace-error, and its window says why`, async () => {
      const workspace = document.createElement('vellum-workspace');
      workspace.setAttribute('iiif-content', fixture(path));
      const reported = new Promise<{ kind: string }>((resolve) => workspace.addEventListener('vellum-workspace-error', (event) => resolve(event.detail)));
      document.body.append(workspace);
      mounted.push(workspace);
      expect((await reported).kind).to.equal(kind);
      await waitFor(() => deepQuery(tile(workspace, 'window-1'), '[role="alert"]'), "the window's error");
    });
  }

  it('explains how to add something when empty', async () => {
    const workspace = await mountWorkspace();
    expect(shadow(workspace).querySelector('[part="empty"]')?.textContent).to.match(/drop a IIIF icon/);
    expect(shadow(workspace).querySelector('input[name="resource"]')).to.exist;
  });

  it('opens a typed URL in a window titled with the manifest label, and remembers it as recent', async () => {
    localStorage.removeItem('vellum-workspace-recent');
    const workspace = await mountWorkspace();
    const input = shadow(workspace).querySelector<HTMLInputElement>('input[name="resource"]')!;
    input.value = BOOK;
    shadow(workspace).querySelector('form')!.requestSubmit();
    await waitFor(() => tiles(workspace).length === 1, 'a window');
    expect(await titleOf(workspace, 'window-1')).to.equal('The Vellum Test Book');
    await workspace.updateComplete;
    expect(shadow(workspace).querySelector('[part="recent"]')?.textContent).to.contain('The Vellum Test Book');
  });

  it('opens a catalog item given by attribute', async () => {
    const workspace = await mountWorkspace({ catalog: JSON.stringify([{ url: SINGLE, label: 'A single page' }]) });
    const button = [...shadow(workspace).querySelectorAll<HTMLButtonElement>('[part="catalog"] button')].find((b) => b.textContent === 'A single page')!;
    button.click();
    await waitFor(() => tiles(workspace).length === 1, 'a window');
    expect(workspace.store.state.windows['window-1'].manifestUrl).to.equal(SINGLE);
  });

  it('browses a collection typed in the add panel and opens the manifest picked from it', async () => {
    const workspace = await mountWorkspace();
    const input = shadow(workspace).querySelector<HTMLInputElement>('input[name="resource"]')!;
    input.value = fixture('collection.json');
    shadow(workspace).querySelector('form')!.requestSubmit();
    const items = await waitFor(() => {
      const browser = shadow(workspace).querySelector('vellum-collection-browser');
      const buttons = [...(browser?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="item"]') ?? [])];
      return buttons.length > 1 && buttons;
    }, 'the collection items');
    expect(tiles(workspace)).to.have.length(0);
    items.find((button) => button.querySelector('.label')?.textContent === 'The Vellum Test Book')!.click();
    await waitFor(() => tiles(workspace).length === 1, 'a window');
    expect(workspace.store.state.windows['window-1'].manifestUrl).to.equal(BOOK);
  });

  it('opens a dropped IIIF icon link in a new window at its canvas, and a drop on a window replaces it', async () => {
    const workspace = await mountWorkspace();
    const link = `https://library.example/view?manifest=${encodeURIComponent(BOOK)}&canvas=${encodeURIComponent(canvasId(3))}`;
    drop(shadow(workspace).querySelector('.workspace')!, { 'text/uri-list': link });
    await waitFor(() => tiles(workspace).length === 1, 'a window');
    expect(workspace.store.state.windows['window-1']).to.deep.include({ manifestUrl: BOOK, canvasId: canvasId(3) });
    await titleOf(workspace, 'window-1');

    drop(tile(workspace, 'window-1'), { 'text/plain': SINGLE });
    await waitFor(() => workspace.store.state.windows['window-1'].manifestUrl === SINGLE, 'the replaced manifest');
    expect(tiles(workspace)).to.have.length(1);
  });

  it('opens the iiif-content attribute at its canvas and region', async () => {
    const region = { x: 100, y: 200, width: 300, height: 400 };
    const state = encodeContentState(contentStateOf({ manifestUrl: BOOK, canvasId: canvasId(2), region }));
    const workspace = await mountWorkspace({ 'iiif-content': state });
    await waitFor(() => tiles(workspace).length === 1, 'a window');
    expect(workspace.store.state.windows['window-1']).to.deep.include({ manifestUrl: BOOK, canvasId: canvasId(2) });
    await titleOf(workspace, 'window-1');
    expect(alertText(workspace)).to.equal('');
  });

  it('explains bad drops and content state, and leaves the workspace as it was', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    await titleOf(workspace, 'window-1');
    const shown = () => {
      const { windows, layout } = workspace.store.state;
      return { layout, windows: Object.values(windows).map(({ id, manifestUrl, canvasId }) => ({ id, manifestUrl, canvasId })) };
    };
    const before = shown();

    drop(shadow(workspace).querySelector('.workspace')!, { 'text/plain': 'just some words' });
    await waitFor(() => alertText(workspace), 'an alert');
    expect(alertText(workspace)).to.contain('not a web address');

    drop(shadow(workspace).querySelector('.workspace')!, {}, [new File(['{"hello":1}'], 'data.json', { type: 'application/json' })]);
    await waitFor(() => alertText(workspace).includes('not a IIIF'), 'a not-IIIF alert');

    expect(() => workspace.open('%%%not-base64')).to.throw(/malformed/);

    const missing = encodeContentState(contentStateOf({ manifestUrl: BOOK, canvasId: `${BOOK}/no-such-canvas` }));
    workspace.open(missing);
    await waitFor(() => alertText(workspace).includes('not in its manifest'), 'a missing-canvas alert');
    await waitFor(() => tiles(workspace).length === 1, 'the failed window removed');
    expect(shown()).to.deep.equal(before);

    drop(tile(workspace, 'window-1'), { 'text/plain': encodeURI(`https://viewer.example/?iiif-content=${missing}`) });
    await waitFor(() => workspace.store.state.windows['window-1'].canvasId === canvasId(1) && alertText(workspace).includes('not in its manifest'), 'the replaced window restored');
    expect(shown()).to.deep.equal(before);
  });

  it('fetches a manifest shown in 4 windows once, and the info.json of their page once', async () => {
    performance.clearResourceTimings(); // every module the test server sent is an entry; the buffer keeps only 250
    const url = `${BOOK}?workspace=${Date.now()}`;
    const workspace = await mountWorkspace();
    for (let i = 0; i < 4; i++) workspace.open({ manifestUrl: url, canvasId: canvasId(13) });
    await Promise.all(['window-1', 'window-2', 'window-3', 'window-4'].map((id) => settledZoom(workspace, id)));
    const fetched = (name: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === name);
    expect(fetched(url)).to.have.length(1);
    expect(fetched(fixture('images/page-13/iiif3/info.json'))).to.have.length(1);
    expect(tiles(workspace)).to.have.length(4);
  });

  it('resizes a split from the keyboard, maximises and closes windows', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(SINGLE);
    await workspace.updateComplete;
    const separator = shadow(workspace).querySelector<HTMLElement>('[role="separator"]')!;
    separator.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await workspace.updateComplete;
    expect(separator.getAttribute('aria-valuenow')).to.equal('55');
    const firstWidth = tile(workspace, 'window-1').getBoundingClientRect().width;
    const secondWidth = tile(workspace, 'window-2').getBoundingClientRect().width;
    expect(firstWidth).to.be.greaterThan(secondWidth);

    tile(workspace, 'window-2').querySelector<HTMLButtonElement>('button[aria-label="Maximise window"]')!.click();
    await workspace.updateComplete;
    expect(tiles(workspace).map((t) => t.dataset.windowId)).to.deep.equal(['window-2']);
    tile(workspace, 'window-2').querySelector<HTMLButtonElement>('button[aria-label="Restore window"]')!.click();
    await workspace.updateComplete;
    expect(tiles(workspace)).to.have.length(2);
    tile(workspace, 'window-1').querySelector<HTMLButtonElement>('button[aria-label="Close window"]')!.click();
    await workspace.updateComplete;
    expect(tiles(workspace).map((t) => t.dataset.windowId)).to.deep.equal(['window-2']);
  });

  it('links two windows from their title bars; a pan in one moves the other to the same view', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(BOOK);
    const [first, second] = await Promise.all([settledZoom(workspace, 'window-1'), settledZoom(workspace, 'window-2')]);
    const linkButton = (id: string) => tile(workspace, id).querySelector<HTMLButtonElement>('button[aria-label="Link to sync group"]')!;
    linkButton('window-1').click();
    await workspace.updateComplete;
    linkButton('window-2').click();
    await workspace.updateComplete;
    expect(tiles(workspace).every((t) => t.classList.contains('linked'))).to.equal(true);
    expect(deepQueryAll(shadow(workspace), '[part="linked-badge"]')).to.have.length(2);

    const before = workspace.store.state.windows['window-2'].viewport!;
    first.panBy(0.25, 0.1);
    await waitFor(() => {
      const { windows } = workspace.store.state;
      const a = windows['window-1'].viewport;
      const b = windows['window-2'].viewport;
      return a && b && b.x !== before.x && Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.width - b.width) < 1e-6;
    }, 'matching viewports');
    expect(second.getAttribute('window-id')).to.equal('window-2');
    const shown = [first, second].map((zoom) => zoom.engineSlot!.viewport);
    for (const key of ['x', 'y', 'width'] as const) expect(shown[1][key]).to.be.closeTo(shown[0][key], 1e-6);

    const rotations = () => ['window-1', 'window-2'].map((id) => workspace.store.state.windows[id].rotation);
    workspace.store.dispatch(actions.rotateBy('window-1', 90));
    await waitFor(() => rotations().every((rotation) => rotation === 90), 'both windows turned by 90°');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rotations()).to.deep.equal([90, 90]);
    workspace.store.dispatch(actions.rotateBy('window-2', 90));
    await waitFor(() => rotations().every((rotation) => rotation === 180), 'both windows turned to 180°');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rotations()).to.deep.equal([180, 180]);
  });

  it('shares colour adjustments across linked windows once the panel is asked to', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(SINGLE);
    await Promise.all([settledZoom(workspace, 'window-1'), settledZoom(workspace, 'window-2')]);
    workspace.link(['window-1', 'window-2']);
    workspace.store.dispatch(actions.togglePanel('window-1', 'adjustments', true));
    const share = await waitFor(
      () => deepQuery(tile(workspace, 'window-1'), 'vellum-adjustments-panel')?.shadowRoot?.querySelector<HTMLInputElement>('[part="share"] input'),
      'the share switch',
    );
    share.click();
    workspace.store.dispatch(actions.applyPreset('window-1', 'negative'));
    const filterOf = (id: string) => deepQuery<HTMLCanvasElement>(tile(workspace, id), '[part~="surface"] canvas')!.style.filter;
    await waitFor(() => filterOf('window-2').includes('invert'), 'the linked window inverted');
    expect(filterOf('window-2')).to.equal(filterOf('window-1'));
  });

  it('drags a window view out as content state that another workspace opens at the same canvas and region', async () => {
    const source = await mountWorkspace();
    source.open({ manifestUrl: BOOK, canvasId: canvasId(4), region: { x: 10, y: 20, width: 800, height: 600 } });
    await titleOf(source, 'window-1');
    // The view shared is the one on screen, which the store has once the region is fitted to the window.
    await waitFor(() => deepQuery(tile(source, 'window-1'), 'vellum-deep-zoom')?.getAttribute('status') === 'settled', 'the region on screen');
    const dataTransfer = new DataTransfer();
    tile(source, 'window-1').querySelector('.grip')!.dispatchEvent(new DragEvent('dragstart', { dataTransfer, bubbles: true, composed: true }));
    expect(dataTransfer.getData('text/uri-list')).to.contain('iiif-content=');
    expect(JSON.parse(dataTransfer.getData('text/plain')).target.partOf[0].id).to.equal(BOOK);

    const target = await mountWorkspace();
    target.shadowRoot!.querySelector('.workspace')!.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await waitFor(() => target.store.state.windows['window-1'], 'the dropped window');
    const dropped = target.store.state.windows['window-1'];
    const shown = source.store.state.windows['window-1'];
    expect(dropped).to.deep.include({ manifestUrl: BOOK, canvasId: canvasId(4) });
    const canvas = tile(source, 'window-1').querySelector('vellum-window')!.manifest!.canvases[3];
    const onCanvas = clipToCanvas(shown.viewport!, canvas)!;
    expect(shown.viewport!.x, 'the view shared is letterboxed').to.be.below(0);
    const shared = parseXywh((JSON.parse(dataTransfer.getData('text/plain')).target.id as string).split('#')[1], canvas)!;
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(shared[key], `the shared ${key}, on the canvas`).to.be.closeTo(onCanvas[key], 1);
  });

  it('resizes a split by dragging its separator with the mouse', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(SINGLE);
    await workspace.updateComplete;
    const separator = shadow(workspace).querySelector('[role="separator"]')!;
    const box = separator.getBoundingClientRect();
    const split = separator.parentElement!.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 200, y] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    const ratio = (workspace.store.state.layout.mosaic as MosaicSplit).ratio;
    expect(ratio).to.be.closeTo((x - 200 - split.left) / split.width, 0.01);
    expect(separator.getAttribute('aria-valuenow')).to.equal(String(Math.round(ratio * 100)));
  });

  it('moves a window by dragging its title bar to a side of another window', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(SINGLE);
    workspace.open(BOOK);
    await workspace.updateComplete;
    expect(workspace.store.state.layout.windowIds).to.deep.equal(['window-1', 'window-3', 'window-2']);
    const dataTransfer = new DataTransfer();
    tile(workspace, 'window-1').querySelector('.grip')!.dispatchEvent(new DragEvent('dragstart', { dataTransfer, bubbles: true, composed: true }));
    const box = tile(workspace, 'window-2').getBoundingClientRect();
    tile(workspace, 'window-2').dispatchEvent(
      new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true, clientX: box.right - 5, clientY: box.top + box.height / 2 }),
    );
    await workspace.updateComplete;
    expect(workspace.store.state.layout.windowIds).to.deep.equal(['window-3', 'window-2', 'window-1']);
    expect(Object.values(workspace.store.state.windows).map((window) => window.manifestUrl)).to.deep.equal([BOOK, SINGLE, BOOK]);
  });

  it('moves a window past its neighbour with the arrow keys on its drag handle, keeping the focus there', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(SINGLE);
    await workspace.updateComplete;
    expect(workspace.store.state.layout.windowIds).to.deep.equal(['window-1', 'window-2']);
    tile(workspace, 'window-1').querySelector<HTMLElement>('.grip')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => workspace.store.state.layout.windowIds[0] === 'window-2', 'the windows swapped');
    expect(shadow(workspace).activeElement).to.equal(tile(workspace, 'window-1').querySelector('.grip'));
    expect(tile(workspace, 'window-1').querySelector('[role="status"]')!.textContent).to.equal('Window moved');
    await sendKeys({ press: 'ArrowRight' });
    await workspace.updateComplete;
    expect(workspace.store.state.layout.windowIds, 'nothing lies further right').to.deep.equal(['window-2', 'window-1']);
  });

  it('opens a share menu from the title bar that the keyboard can walk and close', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    await workspace.updateComplete;
    const share = tile(workspace, 'window-1').querySelector<HTMLButtonElement>('button[aria-label="Share this view"]')!;
    share.click();
    const items = await waitFor(() => {
      const found = [...tile(workspace, 'window-1').querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
      return found.length === 2 && shadow(workspace).activeElement === found[0] && found;
    }, 'the menu with its first item focused');
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(['Copy a link to this view', 'Copy this view as content-state JSON']);
    expect(share.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(workspace).activeElement).to.equal(items[1]);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !tile(workspace, 'window-1').querySelector('[role="menu"]'), 'the menu closed');
    expect(shadow(workspace).activeElement).to.equal(share);
  });

  it('keeps the workspace in the page URL with url-sync, and opens it from there', async () => {
    const first = await mountWorkspace({ 'url-sync': '' });
    first.open(BOOK);
    first.open(SINGLE);
    await waitFor(() => location.hash.includes('vellum-workspace='), 'the workspace in the URL');
    const layout = first.store.state.layout;
    first.remove();
    const second = await mountWorkspace({ 'url-sync': '' });
    expect(second.store.state.layout).to.deep.equal(layout);
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  it('keeps a persisted workspace across a reload', async () => {
    localStorage.removeItem('workspace-test');
    const first = await mountWorkspace({ persist: 'workspace-test' });
    first.open(BOOK);
    first.open(SINGLE);
    first.store.dispatch(actions.setSplitRatio([], 0.3));
    const saved = first.store.state;
    await waitFor(() => localStorage.getItem('workspace-test')?.includes('window-2'), 'the saved workspace');
    first.remove();
    const second = await mountWorkspace({ persist: 'workspace-test' });
    expect(second.store.state.layout).to.deep.equal(saved.layout);
    expect(Object.keys(second.store.state.windows)).to.deep.equal(['window-1', 'window-2']);
    expect(second.open(BOOK)).to.equal('window-3');
    localStorage.removeItem('workspace-test');
  });

  it('exports and imports an equal workspace, and refuses a future version untouched', async () => {
    const workspace = await mountWorkspace();
    workspace.open(BOOK);
    workspace.open(SINGLE);
    workspace.link(['window-1', 'window-2']);
    const json = workspace.exportState();
    const copy = await mountWorkspace();
    copy.importState(json);
    expect(copy.store.state).to.deep.equal(workspace.store.state);
    const before = copy.store.state;
    expect(() => copy.importState(JSON.stringify({ ...JSON.parse(json), version: 7 }))).to.throw(/version 7/);
    expect(copy.store.state).to.equal(before);
  });
});
