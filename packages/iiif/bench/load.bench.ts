/// <reference types="mocha" />
import { loadResource } from '../src/load.js';
import { vaultReady } from '../src/vault-fill.js';

/** Presentation 3 manifests of 1, 2,000 and 10,000 canvases, and the last in Presentation 2 for comparison. */
const MANIFESTS = ['many-1', 'many-2000', 'many-10000', 'many-10000.v2'];
const RUNS = 4;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (ms: number) => `${ms.toFixed(1)} ms`;

/** Mean time of JSON.parse(text), repeated for at least 100 ms so tiny documents still give a figure. */
function timeParse(text: string): number {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 100 || runs < 3) {
    JSON.parse(text);
    runs++;
  }
  return (performance.now() - start) / runs;
}

/** Milliseconds from the end of the manifest's download (its resource timing) to its view model, and the manifest's id. */
async function timeLoad(url: string): Promise<{ ms: number; id: string }> {
  const loaded = await loadResource(url);
  const done = performance.now();
  const download = performance.getEntriesByName(url, 'resource')[0] as PerformanceResourceTiming | undefined;
  if (!download || loaded.type !== 'Manifest') throw new Error(`no resource timing or no manifest for ${url}`);
  return { ms: done - download.responseEnd, id: loaded.manifest.id };
}

/** How long `work` takes, and the longest main-thread task (50 ms or more) that started meanwhile, or 0. */
async function timeWithLongestTask(work: () => Promise<unknown>): Promise<{ ms: number; longestTask: number }> {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 0));
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  return { ms, longestTask: Math.max(0, ...tasks.filter((task) => task.startTime >= start).map((task) => task.duration)) };
}

describe('load benchmark', function () {
  this.timeout(300000);

  it('prints the time from fetch completion to view model, against JSON.parse of the same text', async () => {
    for (const name of MANIFESTS) {
      const id = `${location.origin}/fixtures/manifests/${name}.json`;
      const text = await (await fetch(id)).text();
      const first = await timeLoad(`${id}?run=0`);
      const vaultFill = await timeWithLongestTask(() => vaultReady(first.id));
      const loads = [first.ms];
      for (let run = 1; run < RUNS; run++) loads.push((await timeLoad(`${id}?run=${run}`)).ms);
      const parse = timeParse(text);
      const warm = median(loads.slice(1));
      console.log(
        `${name.padEnd(13)} (${(text.length / 1e6).toFixed(1)} MB): ` +
          `load first ${format(loads[0])}, then median ${format(warm)}; JSON.parse ${format(parse)}; ` +
          `load / JSON.parse: first ${(loads[0] / parse).toFixed(1)}x, then ${(warm / parse).toFixed(1)}x; ` +
          `vault filled in idle time ${format(vaultFill.ms)} later, longest task meanwhile ${format(vaultFill.longestTask)}`,
      );
    }
  });
});
