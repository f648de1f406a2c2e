/// <reference types="mocha" />
import OpenSeadragon from 'openseadragon';
import { actions, createWindow, DEFAULT_ADJUSTMENTS, Store, type Adjustments } from '@vellum/state';
import { AdjustmentFilter } from '../src/filters.js';
import { Slot } from '../src/slot.js';
import { makeContainer, pageCanvas, removeContainers, settled } from '../src/test-helpers.js';

const PAGE = { name: 'page-01', width: 1600, height: 2200 };
const INPUTS = 40;
const FRAMES = 90;

const CSS_ONLY: Adjustments = { ...DEFAULT_ADJUSTMENTS, brightness: 120, contrast: 160, saturation: 80, grayscale: 50, invert: 100 };
const PIXEL_WORK: Adjustments = { ...DEFAULT_ADJUSTMENTS, contrast: 160, gamma: 0.7, sharpness: 40 };

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the frame that follows the current task has been produced (a task queued from rAF runs after paint). */
const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function openSlot(): Promise<{ slot: Slot; viewer: OpenSeadragon.Viewer; container: HTMLElement }> {
  const container = makeContainer(800, 800);
  const slot = new Slot(container, { drawer: 'canvas' });
  await slot.show(pageCanvas(PAGE.name, PAGE.width, PAGE.height));
  await settled(slot);
  return { slot, viewer: OpenSeadragon.getViewer(container)!, container };
}

/** Time until every visible tile carries new gamma and sharpness and is drawn (the slot's export waits for the same). */
async function pixelWorkLatency(slot: Slot): Promise<number> {
  const start = performance.now();
  slot.setAdjustments(PIXEL_WORK);
  await slot.exportView();
  const elapsed = performance.now() - start;
  slot.setAdjustments(DEFAULT_ADJUSTMENTS);
  await slot.exportView();
  return elapsed;
}

/** Slider input → store → slot, as the adjustments panel does it; timed to the next painted frame. */
async function inputToPaint(slot: Slot): Promise<number[]> {
  const store = new Store();
  store.dispatch(actions.addWindow(createWindow('w')));
  store.select((state) => state.windows.w.adjustments, (adjustments) => slot.setAdjustments(adjustments));
  const slider = Object.assign(document.createElement('input'), { type: 'range', min: '0', max: '200' });
  slider.addEventListener('input', () => store.dispatch(actions.setAdjustment('w', 'brightness', Number(slider.value))));
  document.body.append(slider);
  const times: number[] = [];
  for (let i = 0; i < INPUTS; i++) {
    await frame();
    const start = performance.now();
    slider.value = String(50 + (i % 2) * 100);
    slider.dispatchEvent(new Event('input'));
    times.push((await painted()) - start);
  }
  slider.remove();
  return times;
}

/** Pans a little every frame so every frame redraws every visible tile; times the drawer's work and the frame interval. */
async function panFrames(viewer: OpenSeadragon.Viewer): Promise<{ draw: number[]; interval: number[] }> {
  const drawer = viewer.drawer as unknown as { draw(...args: unknown[]): void };
  const original = drawer.draw;
  const draw: number[] = [];
  drawer.draw = function (...args: unknown[]) {
    const start = performance.now();
    original.apply(this, args);
    draw.push(performance.now() - start);
  };
  const interval: number[] = [];
  let last = await frame();
  for (let i = 0; i < FRAMES; i++) {
    viewer.viewport.panBy(new OpenSeadragon.Point(i % 2 ? 3 : -3, 0), true);
    const now = await frame();
    interval.push(now - last);
    last = now;
  }
  drawer.draw = original;
  return { draw, interval };
}

describe('adjustments benchmark', function () {
  this.timeout(120000);

  it('prints slider-input-to-paint time and tile-draw cost with and without adjustments', async () => {
    const { slot, viewer, container } = await openSlot();
    const latency = await inputToPaint(slot);
    console.log(`slider input -> next painted frame: median ${ms(median(latency))}, p95 ${ms(p95(latency))} (${INPUTS} inputs, canvas drawer, 800 x 800)`);

    const cases: Array<[string, () => void]> = [
      ['none', () => slot.setAdjustments(DEFAULT_ADJUSTMENTS)],
      ['css', () => slot.setAdjustments(CSS_ONLY)],
      ['gamma+sharpness per tile', () => slot.setAdjustments(PIXEL_WORK)],
      ['gamma+sharpness as SVG filter (no-CORS fallback)', () => {
        slot.setAdjustments(DEFAULT_ADJUSTMENTS);
        drawn.style.filter = new AdjustmentFilter(container).filterFor(PIXEL_WORK, true);
      }],
    ];
    const drawn = container.querySelector('canvas')!;
    const results: Record<string, { draw: number; interval: number }> = {};
    await panFrames(viewer);
    for (const [name, apply] of cases) {
      apply();
      await slot.exportView();
      const { draw, interval } = await panFrames(viewer);
      results[name] = { draw: median(draw), interval: median(interval) };
      console.log(`${name}: drawer.draw median ${ms(median(draw))} p95 ${ms(p95(draw))}; frame interval median ${ms(median(interval))} p95 ${ms(p95(interval))}`);
    }
    for (const [name] of cases.slice(1)) {
      const ratio = (key: 'draw' | 'interval') => (results[name][key] / results.none[key]).toFixed(2);
      console.log(`${name} / none: drawer.draw ${ratio('draw')}x, frame interval ${ratio('interval')}x`);
    }
    drawn.style.filter = '';
    console.log(`gamma+sharpness change -> every visible tile re-processed and drawn: ${ms(await pixelWorkLatency(slot))}`);
    slot.destroy();
    removeContainers();
  });
});
