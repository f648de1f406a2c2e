import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = readdirSync(dist, { recursive: true })
  .filter((file) => String(file).endsWith('.js'))
  .map((file) => {
    const code = readFileSync(join(dist, String(file)));
    return { file: String(file), minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  })
  .sort((a, b) => (a.file === 'vellum.js' ? -1 : b.file === 'vellum.js' ? 1 : a.file.localeCompare(b.file)));

console.log('Bundle size (minified / gzipped):');
for (const row of rows) console.log(`  ${row.file.padEnd(32)} ${kib(row.minified).padStart(10)} ${kib(row.gzipped).padStart(10)}`);
const entry = rows.find((row) => row.file === 'vellum.js');
if (!entry) throw new Error('dist/vellum.js was not built');
console.log(`vellum.js entry: ${kib(entry.minified)} minified, ${kib(entry.gzipped)} gzipped`);
