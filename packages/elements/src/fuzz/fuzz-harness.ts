/** What the fuzz tests share: settings, mounting, settling, and running a case's steps with the checks after each. */
import '../define.js';
import { deepElements, mount as mountElement, mountedBoxes, unmountAll } from '../testing/viewer-harness.js';
import type { VellumViewer } from '../viewer/viewer.js';
import { FUZZ_SEED } from '../../../../test/fixtures/fuzz.mjs';
import { describeError, FuzzMonitor, sleep } from './fuzz-checks.js';

const PANEL_BUTTONS = ['Thumbnails', 'Information', 'Contents', 'Annotations', 'Layers', 'Export'];

/** The seed (`VELLUM_FUZZ_SEED`) and the one case to run (`VELLUM_FUZZ_CASE`, e.g. `manifest:12`) the server was started with. */
export async function fuzzSettings(): Promise<{ seed: number; only?: string }> {
  const response = await fetch('/fixtures/fuzz/settings.json').catch(() => undefined);
  const settings = response?.ok ? ((await response.json()) as { seed?: number; only?: string }) : {};
  return { seed: settings.seed ?? FUZZ_SEED, only: settings.only || undefined };
}

/** Whether a case is among those `only` names: every case, one kind (`info`), one case (`info:3`) or a range (`info:3-9`). */
function selected(only: string | undefined, kind: string, index: number): boolean {
  if (!only) return true;
  const [name, range] = only.split(':');
  const [from, to = from] = (range ?? '').split('-').map(Number);
  return name === kind && (range === undefined || (index >= from && index <= to));
}

/** How often each step ended how (`viewer manifest=URL → vellum-error`), to print with the run. */
const outcomes = new Map<string, number>();
/** Steps after which something was still loading when the wait ended. */
const stillLoading: string[] = [];
let stepName = '';
let stepLabel = '';

export function mount<K extends 'vellum-viewer' | 'vellum-workspace'>(tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  return mountElement(tag, attributes, 'width: 1000px; --vellum-height: 520px');
}

const isBusy = (element: Element) =>
  element.getAttribute('aria-busy') === 'true' ||
  element.matches('[part~="loading"]') ||
  (element.localName === 'vellum-deep-zoom' && ['loading', 'drawn'].includes(element.getAttribute('status') ?? ''));
const anythingBusy = () => mountedBoxes().some((box) => deepElements(box).some(isBusy));

/** Waits up to `timeoutMs` while anything mounted is loading (manifests, surfaces); true when it all ended. */
export async function quiet(timeoutMs = 2000): Promise<boolean> {
  const start = performance.now();
  await sleep(50);
  while (anythingBusy()) {
    if (performance.now() - start > timeoutMs) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Waits for the first of `types` on `target`, or for nothing to be loading any more, at most `timeoutMs`; then a
 * little more for the surfaces. Tallies how it ended: the event (with its kind), `quiet`, or `timeout` (still loading).
 */
export async function settle(target: EventTarget, types: string[], timeoutMs = 5000): Promise<string> {
  let fired: string | undefined;
  const on = (event: Event) => {
    const kind = (event as CustomEvent<{ kind?: string } | undefined>).detail?.kind;
    fired ??= kind ? `${event.type} (${kind})` : event.type;
  };
  for (const type of types) target.addEventListener(type, on);
  const start = performance.now();
  await sleep(50);
  while (!fired && anythingBusy() && performance.now() - start < timeoutMs) await sleep(50);
  for (const type of types) target.removeEventListener(type, on);
  const outcome = fired ?? (anythingBusy() ? 'timeout' : 'quiet');
  const key = `${stepName} → ${outcome}`;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  if (outcome === 'timeout') stillLoading.push(stepLabel);
  await quiet();
  return outcome;
}

/** Opens what a reader would open to see links: the information, contents, annotations and layers panels, and export. */
export async function openPanels(root: Element) {
  for (const name of PANEL_BUTTONS) {
    const button = deepElements(root.shadowRoot ?? root).find((element) => element.matches(`button[aria-label="${name}"]`)) as HTMLButtonElement | undefined;
    if (button && button.getAttribute('aria-pressed') !== 'true' && !button.disabled) button.click();
    await sleep(0);
  }
  await quiet(1000);
}

/** Chooses an entry of a collection browser, a manifest rather than a nested collection, if one is shown. */
function openCollectionItem(root: Element): boolean {
  const items = deepElements(root.shadowRoot ?? root).filter((element) => element.matches('[part~="item"]')) as HTMLElement[];
  const item = items.find((element) => element.matches('[part~="manifest"]')) ?? items[0];
  item?.click();
  return Boolean(item);
}

const VIEWER_EVENTS = ['vellum-manifest-load', 'vellum-collection-load', 'vellum-error'];
export const WORKSPACE_EVENTS = ['vellum-manifest-load', 'vellum-collection-load', 'vellum-workspace-error', 'vellum-error'];

/** Mounts a viewer, waits for it to settle, follows a collection into one of its entries, and opens its panels. */
export async function openInViewer(attributes: Record<string, string>, manifestJson?: object): Promise<VellumViewer> {
  const viewer = mount('vellum-viewer', attributes);
  if (manifestJson) viewer.manifestJson = manifestJson;
  const outcome = await settle(viewer, VIEWER_EVENTS);
  if (outcome === 'vellum-collection-load' && openCollectionItem(viewer)) await settle(viewer, VIEWER_EVENTS, 2000);
  await openPanels(viewer);
  return viewer;
}

export async function openInWorkspace(url: string) {
  const workspace = mount('vellum-workspace');
  await workspace.updateComplete;
  workspace.open(url);
  await settle(workspace, WORKSPACE_EVENTS);
  await openPanels(workspace);
}

const outcomeSummary = () =>
  [...[...outcomes].sort().map(([key, count]) => `${count} × ${key}`), ...stillLoading.map((label) => `still loading after the wait: ${label}`)].join('\n');

/** One step of a case: its name, and what it does. */
export type FuzzStep = [string, () => Promise<unknown>];

/** Runs the steps of one case, each on its own (what the last one mounted is removed first), checking after each, and fails with every problem found, each naming its step. */
async function runCase(monitor: FuzzMonitor, label: string, steps: FuzzStep[]) {
  const problems: string[] = [];
  for (const [name, step] of steps) {
    const where = `${label} ${name}`;
    [stepName, stepLabel] = [name, where];
    unmountAll();
    monitor.begin(where);
    try {
      await step();
    } catch (error) {
      problems.push(`${where}: threw ${describeError(error)}`);
    }
    problems.push(...(await monitor.check(where)));
  }
  monitor.begin(`${label} unmount`);
  unmountAll();
  await sleep(20);
  problems.push(...(await monitor.check(`${label} unmount`)));
  if (problems.length) throw new Error(`${problems.length} problem(s):\n${problems.join('\n')}`);
}

/** A suite of fuzz cases, with the monitor running throughout and how each step ended printed at the end. */
export function describeFuzz(title: string, register: (monitor: FuzzMonitor) => void) {
  describe(title, function () {
    this.timeout(60_000);
    const monitor = new FuzzMonitor();
    const started = performance.now();
    before(() => monitor.start());
    after(() => {
      monitor.stop();
      console.log(`${title} in ${Math.round((performance.now() - started) / 1000)} s:\n${outcomeSummary()}`);
    });
    register(monitor);
  });
}

/** One test per case of a kind (those `only` selects), each running the steps `stepsOf` gives for its index. */
export function itFuzz(monitor: FuzzMonitor, settings: { seed: number; only?: string }, kind: string, count: number, stepsOf: (index: number) => FuzzStep[]) {
  for (let index = 0; index < count; index++) {
    if (!selected(settings.only, kind, index)) continue;
    const label = `${kind} seed=${settings.seed} index=${index}`;
    it(label, () => runCase(monitor, `[${label}]`, stepsOf(index)));
  }
}
