/**
 * `pnpm bench [--iterations N] [--viewers a,b] [--scenarios x,y] [--write]`, `pnpm bench:smoke` (one iteration).
 * Installs this folder's own dependencies on first use, then runs every viewer on every scenario, interleaved run by run.
 * The report goes to test/results/bench/ (ignored); `--write` puts it in test/bench/results/, the committed figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureFixtures, resolveFixture } from '../fixtures/serve.mjs';
import { measure } from './measure.mjs';
import { writeReport } from './report.mjs';
import { ROOTS, startServer } from './server.mjs';
import { VIEWERS } from './viewers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPOSITORY = path.resolve(HERE, '../..');
/** The flags of test/playwright.config.ts. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const SCENARIOS = [
  { id: 'single', label: '1 canvas', manifest: 'single', windows: 1 },
  { id: 'many-2000', label: '2,000 canvases', manifest: 'many-2000', windows: 1 },
  { id: 'windows-4', label: '4 windows', manifest: 'book', windows: 4 },
  { id: 'windows-16', label: '16 windows', manifest: 'book', windows: 16 },
];

const { values: options } = parseArgs({
  options: {
    iterations: { type: 'string', default: '5' },
    smoke: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    viewers: { type: 'string', default: Object.keys(VIEWERS).join(',') },
    scenarios: { type: 'string', default: SCENARIOS.map((scenario) => scenario.id).join(',') },
  },
});
const iterations = options.smoke ? 1 : Number(options.iterations);
const viewerNames = options.viewers.split(',').filter((name) => name in VIEWERS);
const scenarios = SCENARIOS.filter((scenario) => options.scenarios.split(',').includes(scenario.id));

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function installed() {
  const { dependencies } = JSON.parse(readFileSync(path.join(HERE, 'package.json'), 'utf8'));
  return Object.entries(dependencies).every(([name, version]) => {
    const manifest = path.join(HERE, 'node_modules', name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
  });
}

function prepare() {
  if (!installed()) {
    const started = performance.now();
    console.log('Installing the viewers into test/bench/node_modules (first run only)...');
    execFileSync('npm', ['ci', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: HERE, stdio: 'inherit' });
    const size = execFileSync('du', ['-sh', 'node_modules'], { cwd: HERE, encoding: 'utf8' }).split('\t')[0];
    console.log(`Installed in ${seconds(started)}, ${size} on disk.`);
  }
  if (!existsSync(path.join(ROOTS['/vellum/'], 'vellum.js'))) execFileSync('pnpm', ['build'], { cwd: REPOSITORY, stdio: 'inherit' });
}

/** The first canvas's image service, for the bare OpenSeadragon floor. */
async function firstInfo(origin, manifest) {
  const { body } = await resolveFixture(`/fixtures/manifests/${manifest}.json`, origin);
  return `${JSON.parse(body).items[0].items[0].items[0].body.service[0].id}/info.json`;
}

async function pageUrl(origin, viewer, scenario) {
  const query = new URLSearchParams({
    manifest: `${origin}/fixtures/manifests/${scenario.manifest}.json`,
    info: await firstInfo(origin, scenario.manifest),
    windows: String(scenario.windows),
  });
  return `${origin}/page/${viewer}?${query}`;
}

const viewersFor = (scenario) => viewerNames.filter((name) => scenario.windows === 1 || VIEWERS[name].multiWindow);
const rotate = (list, by) => list.map((_, index) => list[(index + by) % list.length]);

prepare();
await ensureFixtures();
const { chromium } = await import('playwright-core');
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const environment = { iterations, chromium: browser.version(), node: process.version, cpus: cpus().length, date: new Date().toISOString() };
const started = performance.now();
const runs = [];
try {
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (const scenario of scenarios) {
      for (const viewer of rotate(viewersFor(scenario), iteration)) {
        const url = await pageUrl(server.origin, viewer, scenario);
        const run = await measure(browser, { origin: server.origin, url, quietMs: 1000, timeoutMs: 45_000 });
        runs.push({ iteration, scenario: scenario.id, viewer, ...run });
        const outcome = run.failure ?? `first tile ${Math.round(run.firstTileMs)} ms, settled ${run.settledMs === null ? '-' : Math.round(run.settledMs)} ms`;
        console.log(`[${iteration + 1}/${iterations}] ${scenario.id} ${viewer}: ${outcome}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const { markdown, failedToLoad } = await writeReport({
  directory: new URL(options.write ? 'results/' : '../results/bench/', import.meta.url),
  name: options.smoke ? 'smoke' : 'latest',
  runs,
  scenarios: scenarios.map((scenario) => ({ ...scenario, viewers: viewersFor(scenario) })),
  environment: { ...environment, minutes: Math.round((performance.now() - started) / 6000) / 10 },
});
console.log(`\n${markdown}`);
if (failedToLoad.length > 0) {
  console.error(`Failed to load at all: ${failedToLoad.join(', ')}`);
  process.exitCode = 1;
}
