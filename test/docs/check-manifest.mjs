/**
 * `pnpm lint` runs this: it analyzes every package whose package.json lists `customElements` (in memory; `pnpm build`
 * writes the file) and fails when a public element, attribute, property, event, slot, CSS part or custom property
 * has no description.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { undocumented } from './undocumented.mjs';

const packages = new URL('../../packages/', import.meta.url);
const config = fileURLToPath(new URL('../../custom-elements-manifest.config.mjs', import.meta.url));

const elementPackages = readdirSync(packages).filter((name) => {
  const { customElements } = JSON.parse(readFileSync(new URL(`${name}/package.json`, packages), 'utf8'));
  return Boolean(customElements);
});

const gaps = [];
for (const name of elementPackages) {
  const cwd = fileURLToPath(new URL(name, packages));
  const manifest = await cli({ argv: ['analyze', '--config', config], cwd, noWrite: true });
  gaps.push(...undocumented(manifest).map((gap) => `packages/${name}/${gap}`));
}
for (const gap of gaps) console.error(`${gap} has no description`);
if (gaps.length > 0) {
  console.error(`${gaps.length} undocumented in the custom-elements manifest: describe them in the JSDoc.`);
  process.exitCode = 1;
}
