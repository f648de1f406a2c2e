/** Medians and spreads of the runs, written as {name}.md (ratios to Vellum), .json and .svg (the main figures). */
import { mkdir, writeFile } from 'node:fs/promises';
import { VIEWERS } from './viewers.mjs';

const KIB = 1024;

const METRICS = [
  { key: 'firstTileMs', label: 'First tile', unit: 'ms', scale: 1, chart: true },
  { key: 'settledMs', label: 'Settled', unit: 'ms', scale: 1, chart: true },
  { key: 'jsRawBytes', label: 'JS raw', unit: 'KiB', scale: KIB },
  { key: 'jsGzipBytes', label: 'JS gzip', unit: 'KiB', scale: KIB, chart: true },
  { key: 'heapBytes', label: 'Heap after GC', unit: 'MiB', scale: KIB * KIB, chart: true },
  { key: 'domNodes', label: 'DOM elements', unit: '', scale: 1 },
  { key: 'longTaskMs', label: 'Long tasks', unit: 'ms', scale: 1 },
];

const COLOURS = { vellum: '#8c2d19', mirador: '#3f51b5', uv: '#2e7d32', tify: '#f9a825', triiiceratops: '#6a1b9a', openseadragon: '#757575' };

function median(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function spread(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  return sorted.length ? { median: median(sorted), min: sorted[0], max: sorted.at(-1), n: sorted.length } : null;
}

const unique = (lists) => [...new Set(lists.flat())];

function summarise(runs) {
  const loaded = runs.filter((run) => !run.failure);
  return {
    runs: runs.length,
    failures: unique(runs.map((run) => (run.failure ? [run.failure] : []))),
    metrics: Object.fromEntries(METRICS.map(({ key }) => [key, spread(loaded.map((run) => run[key]))])),
    drawPaths: unique(loaded.map((run) => run.drawPaths)),
    offMachine: unique(runs.map((run) => run.offMachine)),
    notFound: unique(runs.map((run) => run.notFound)),
    pageErrors: unique(runs.map((run) => run.pageErrors)),
  };
}

const number = (value, digits) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const digitsFor = (scale) => (scale === 1 ? 0 : 1);

function cell(metric, stats, reference) {
  if (!stats) return 'n/a';
  const { scale, unit } = metric;
  const show = (value) => number(value / scale, digitsFor(scale));
  const range = stats.min === stats.max ? '' : ` (${show(stats.min)}–${show(stats.max)})`;
  const ratio = reference ? ` **×${number(stats.median / reference.median, 2)}**` : '';
  return `${show(stats.median)}${unit ? ` ${unit}` : ''}${range}${ratio}`;
}

function scenarioNote(scenario) {
  if (scenario.windows === 1) return `Manifest \`/fixtures/manifests/${scenario.manifest}.json\`; OpenSeadragon opens its first canvas's info.json.`;
  return (
    `${scenario.windows} views of \`/fixtures/manifests/${scenario.manifest}.json\` on one page. Mirador: ${scenario.windows} windows in its workspace. ` +
    `Vellum: ${scenario.windows} separate \`<vellum-viewer>\` elements in a CSS grid, since Vellum's workspace is not built yet. ` +
    `OpenSeadragon: ${scenario.windows} bare viewers. The other viewers have no multi-window mode.`
  );
}

function table(scenario, results) {
  const reference = results.vellum?.metrics;
  const rows = scenario.viewers.map((viewer) => {
    const { metrics } = results[viewer];
    const cells = METRICS.map((metric) => cell(metric, metrics[metric.key], viewer === 'vellum' ? null : reference?.[metric.key]));
    return `| ${VIEWERS[viewer].label} | ${cells.join(' | ')} |`;
  });
  return [
    `## ${scenario.label}`,
    '',
    scenarioNote(scenario),
    '',
    `| Viewer | ${METRICS.map((metric) => metric.label).join(' | ')} |`,
    `|---|${METRICS.map(() => '---:').join('|')}|`,
    ...rows,
  ].join('\n');
}

function observations(scenarios) {
  const lines = [];
  for (const scenario of scenarios) {
    for (const viewer of scenario.viewers) {
      const result = scenario.results[viewer];
      const where = `${scenario.label}, ${VIEWERS[viewer].label}`;
      if (result.failures.length) lines.push(`- ${where}: ${result.runs - (result.metrics.firstTileMs?.n ?? 0)} of ${result.runs} runs failed (${result.failures.join('; ')})`);
      if (result.offMachine.length) lines.push(`- ${where}: blocked off-machine requests: ${result.offMachine.join(', ')}`);
      if (result.pageErrors.length) lines.push(`- ${where}: uncaught errors: ${result.pageErrors.slice(0, 3).join('; ')}`);
    }
  }
  const drawers = Object.keys(VIEWERS)
    .map((viewer) => [viewer, unique(scenarios.map((scenario) => scenario.results[viewer]?.drawPaths ?? []))])
    .filter(([, paths]) => paths.length)
    .map(([viewer, paths]) => `${VIEWERS[viewer].label}: ${paths.join(' + ')}`);
  lines.push(`- Where tile pixels went (2d: canvas drawImage, webgl: textures): ${drawers.join('; ')}.`);
  if (!lines.some((line) => line.includes('off-machine'))) lines.push('- No viewer tried to reach another host.');
  return lines.join('\n');
}

function markdownReport({ environment, scenarios }) {
  return [
    '# Vellum against the IIIF viewers people use today',
    '',
    `${environment.date.slice(0, 10)}: Debian Chromium ${environment.chromium} headless (--disable-gpu, so WebGL is software), ` +
      `Node ${environment.node}, ${environment.cpus} CPUs, ${environment.iterations} iteration(s) with the viewers interleaved run by run ` +
      `(${environment.minutes} min). Each cell: median (min–max) over the runs, then **×ratio** to Vellum's median. Lower is better everywhere. ` +
      'How each figure is taken: [test/bench/README.md](../README.md).',
    '',
    ...scenarios.flatMap((scenario) => [table(scenario, scenario.results), '']),
    '## Notes',
    '',
    observations(scenarios),
    '',
  ].join('\n');
}

function chart(scenarios) {
  const metrics = METRICS.filter((metric) => metric.chart);
  const [labelWidth, barWidth, valueWidth, rowHeight, titleHeight] = [128, 120, 62, 15, 22];
  const panelWidth = labelWidth + barWidth + valueWidth;
  const panelHeight = titleHeight + Object.keys(VIEWERS).length * rowHeight + 10;
  const width = metrics.length * panelWidth + 20;
  const height = 36 + scenarios.length * panelHeight;
  const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const parts = [`<text x="10" y="22" font-size="15" font-weight="bold">Vellum benchmark: medians (lower is better)</text>`];
  scenarios.forEach((scenario, row) => {
    metrics.forEach((metric, column) => {
      const x = 10 + column * panelWidth;
      const y = 36 + row * panelHeight;
      const stats = scenario.viewers.map((viewer) => [viewer, scenario.results[viewer].metrics[metric.key]]);
      const largest = Math.max(...stats.map(([, value]) => value?.median ?? 0)) || 1;
      parts.push(`<text x="${x}" y="${y + 14}" font-size="12" font-weight="bold">${escape(`${scenario.label}: ${metric.label} (${metric.unit})`)}</text>`);
      stats.forEach(([viewer, value], index) => {
        const top = y + titleHeight + index * rowHeight;
        const length = value ? Math.max(1, (value.median / largest) * barWidth) : 0;
        const shown = value ? number(value.median / metric.scale, digitsFor(metric.scale)) : 'n/a';
        parts.push(
          `<text x="${x + labelWidth - 6}" y="${top + 10}" font-size="11" text-anchor="end">${escape(VIEWERS[viewer].label)}</text>`,
          `<rect x="${x + labelWidth}" y="${top + 1}" width="${length.toFixed(1)}" height="${rowHeight - 4}" fill="${COLOURS[viewer]}"/>`,
          `<text x="${x + labelWidth + length + 4}" y="${top + 10}" font-size="10">${shown}</text>`,
        );
      });
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

/** Writes {name}.md, .json and .svg into `directory` (a URL); returns the markdown and the scenario/viewer pairs that never loaded. */
export async function writeReport({ directory, name, runs, scenarios, environment }) {
  const summarised = scenarios.map((scenario) => ({
    ...scenario,
    results: Object.fromEntries(scenario.viewers.map((viewer) => [viewer, summarise(runs.filter((run) => run.scenario === scenario.id && run.viewer === viewer))])),
  }));
  const markdown = markdownReport({ environment, scenarios: summarised });
  await mkdir(directory, { recursive: true });
  await writeFile(new URL(`${name}.md`, directory), markdown);
  await writeFile(new URL(`${name}.json`, directory), `${JSON.stringify({ environment, scenarios: summarised, runs }, null, 1)}\n`);
  await writeFile(new URL(`${name}.svg`, directory), chart(summarised));
  const failedToLoad = summarised.flatMap((scenario) =>
    scenario.viewers.filter((viewer) => !scenario.results[viewer].metrics.firstTileMs).map((viewer) => `${scenario.id}/${viewer}`),
  );
  return { markdown, failedToLoad };
}
