import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_ADJUSTMENTS } from '@vellum/state';
import type { VellumViewer } from '../viewer/viewer.js';
import { buttonNamed, deepQuery, fixture, mountViewer, nextEvent, unmountAll, waitFor, windowOf } from '../testing/viewer-harness.js';

async function drawnBook(attributes: Record<string, string> = {}) {
  const viewer = mountViewer({ manifest: fixture('manifests/book.json'), ...attributes });
  await nextEvent(viewer, 'vellum-manifest-load');
  await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-deep-zoom')?.getAttribute('status') === 'settled', 'the page to be drawn', 15_000);
  return viewer;
}

const drawerFilter = (viewer: VellumViewer) => deepQuery<HTMLCanvasElement>(viewer.shadowRoot!, '[part~="surface"] canvas')!.style.filter;

const panelRoot = (viewer: VellumViewer) => deepQuery(viewer.shadowRoot!, 'vellum-adjustments-panel')!.shadowRoot!;

function slider(viewer: VellumViewer, name: string): HTMLInputElement {
  const label = [...panelRoot(viewer).querySelectorAll('label')].find((element) => element.textContent === name);
  if (!label) throw new Error(`no slider labelled ${name}`);
  return panelRoot(viewer).getElementById(label.htmlFor) as HTMLInputElement;
}

const valueShown = (input: HTMLInputElement) => (input.getRootNode() as ShadowRoot).querySelector(`output[for="${input.id}"]`)!.textContent;

async function openPanel(viewer: VellumViewer, name = 'Image adjustments') {
  buttonNamed(viewer, name).click();
  await windowOf(viewer).updateComplete;
  return waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-adjustments-panel')?.shadowRoot?.querySelector('input'), 'the panel');
}

describe('<vellum-adjustments-panel>', () => {
  afterEach(unmountAll);

  it('opens from the header as a labelled set of sliders with visible values', async () => {
    const viewer = await drawnBook();
    await openPanel(viewer);
    expect(buttonNamed(viewer, 'Image adjustments').getAttribute('aria-pressed')).to.equal('true');
    const names = ['Brightness', 'Contrast', 'Saturation', 'Grayscale', 'Invert', 'Gamma', 'Sharpness', 'Rotation'];
    for (const name of names) expect(slider(viewer, name).type, name).to.equal('range');
    expect(valueShown(slider(viewer, 'Brightness'))).to.equal('100%');
    expect(slider(viewer, 'Brightness').getAttribute('aria-valuetext')).to.equal('100%');
    expect(valueShown(slider(viewer, 'Gamma'))).to.equal('1.00');
    expect(viewer.store.state.windows.main.panels).to.include('adjustments');
  });

  it('steps with the keyboard, updates the store and the drawer filter of this window only', async () => {
    const viewer = await drawnBook();
    const other = await drawnBook();
    await openPanel(viewer);
    const brightness = slider(viewer, 'Brightness');
    brightness.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(viewer.store.state.windows.main.adjustments.brightness).to.equal(102);
    await waitFor(() => valueShown(brightness) === '102%', 'the value to show');
    expect(drawerFilter(viewer)).to.equal('brightness(102%)');
    await sendKeys({ press: 'End' });
    expect(viewer.store.state.windows.main.adjustments.brightness).to.equal(200);
    await sendKeys({ press: 'Home' });
    expect(viewer.store.state.windows.main.adjustments.brightness).to.equal(0);
    await sendKeys({ press: 'PageUp' });
    expect(viewer.store.state.windows.main.adjustments.brightness).to.be.greaterThan(1);
    expect(other.store.state.windows.main.adjustments).to.deep.equal(DEFAULT_ADJUSTMENTS);
    expect(drawerFilter(other)).to.equal('');
  });

  it('applies presets, rotates, flips and resets', async () => {
    const viewer = await drawnBook();
    await openPanel(viewer);
    buttonNamed(viewer, 'Rotate 90° anticlockwise').click();
    expect(viewer.store.state.windows.main.rotation).to.equal(270);
    const flip = buttonNamed(viewer, 'Flip horizontally');
    flip.click();
    await waitFor(() => flip.getAttribute('aria-pressed') === 'true', 'flip to show as pressed');
    const negative = [...panelRoot(viewer).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Negative')!;
    negative.click();
    await waitFor(() => drawerFilter(viewer) === 'grayscale(100%) invert(100%)', 'the negative filter');
    await waitFor(() => valueShown(slider(viewer, 'Invert')) === '100%', 'the invert value');
    await waitFor(() => valueShown(slider(viewer, 'Rotation')) === '270°', 'the rotation value');
    panelRoot(viewer).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    const { adjustments, rotation, flipped } = viewer.store.state.windows.main;
    expect({ adjustments, rotation, flipped }).to.deep.equal({ adjustments: DEFAULT_ADJUSTMENTS, rotation: 0, flipped: false });
    await waitFor(() => drawerFilter(viewer) === '', 'the filter to go');
  });

  it('speaks French', async () => {
    const viewer = await drawnBook({ language: 'fr' });
    await openPanel(viewer, "Réglages de l'image");
    expect(slider(viewer, 'Luminosité').value).to.equal('100');
    expect(valueShown(slider(viewer, 'Luminosité'))).to.equal('100 %');
    expect(buttonNamed(viewer, 'Retourner horizontalement')).to.not.equal(undefined);
  });
});

describe('<vellum-export-menu>', () => {
  afterEach(unmountAll);

  it('offers the view, the region at three resolutions, every full size and the Image API URL', async () => {
    const viewer = await drawnBook();
    buttonNamed(viewer, 'Export').click();
    const menu = await waitFor(() => deepQuery(viewer.shadowRoot!, 'vellum-export-menu'), 'the menu');
    const root = menu.shadowRoot!;
    await waitFor(() => root.querySelectorAll('option').length > 0, 'the resolutions');
    expect([...root.querySelectorAll('option')].map((option) => option.textContent)).to.deep.equal(['1,600 × 2,200 px', '800 × 1,100 px', '400 × 550 px']);
    expect([...root.querySelectorAll('li a')].map((link) => link.textContent!.trim())).to.deep.equal(['200 × 275 px', '400 × 550 px', '800 × 1,100 px', '1,600 × 2,200 px']);
    expect(root.querySelector<HTMLInputElement>('#image-url')!.value).to.equal(fixture('images/page-01/iiif3/full/max/0/default.jpg'));
    expect(root.textContent).to.contain('serves whole images only');
    expect(root.querySelector('[part="notice"]')).to.equal(null);
    const download = [...root.querySelectorAll('button')].find((button) => button.textContent!.includes('Download the view'))!;
    download.click();
    await waitFor(() => root.querySelector('[part="status"]')!.textContent === 'Download started.', 'the download');
  });
});
