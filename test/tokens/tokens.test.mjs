import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tokensFile = join(root, 'packages/elements/src/styles/tokens.ts');

/** Every TypeScript file under packages/<package>/src but the tokens file, with its text. */
const sources = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name, 'src'))
  .filter((src) => existsSync(src))
  .flatMap((src) => readdirSync(src, { recursive: true }).map((file) => join(src, file)))
  .filter((file) => file.endsWith('.ts') && file !== tokensFile)
  .map((file) => ({ file, name: relative(root, file), text: readFileSync(file, 'utf8') }));

const namesIn = (text, pattern) => [...text.matchAll(pattern)].map((match) => match[1]);
/** The tokens a file reads: through `token('name')` or `var(--vellum-name`. */
const readsOf = (text) => new Set([...namesIn(text, /token\('([a-z-]+)'\)/g), ...namesIn(text, /var\(--vellum-([a-z-]+)/g)]);

/** What an element's styles read: its own file's, and those of the style modules it imports, and theirs. */
function elementReads(file, text) {
  const imported = namesIn(text, /from '(\.{1,2}\/[^']+\.styles)\.js'/g).map((path) => join(dirname(file), `${path}.ts`));
  return new Set([...readsOf(text), ...imported.flatMap((path) => [...elementReads(path, readFileSync(path, 'utf8'))])]);
}

describe('tokens', () => {
  let tokens;
  before(async () => {
    ({ tokens } = (await runnerImport(tokensFile, { configFile: false, logLevel: 'silent' })).module);
  });

  it('names every --vellum-* property a source file uses', () => {
    const unknown = sources.flatMap(({ name, text }) => namesIn(text, /--vellum-([a-z0-9-]+)/g).filter((token) => !(token in tokens)).map((token) => `${name}: --vellum-${token}`));
    assert.deepEqual(unknown, []);
  });

  it('holds the only defaults: no source file writes a fallback for a --vellum-* property', () => {
    const fallbacks = sources.flatMap(({ name, text }) => [...text.matchAll(/var\(--vellum-[a-z0-9-]+\s*,[^;\n]*/g)].map((match) => `${name}: ${match[0]}`));
    assert.deepEqual(fallbacks, []);
  });

  it('has no token that nothing reads', () => {
    const read = new Set(sources.flatMap(({ text }) => [...readsOf(text)]));
    assert.deepEqual(Object.keys(tokens).filter((token) => !read.has(token)), []);
  });

  it("documents in each element's JSDoc exactly the tokens its styles read", () => {
    for (const { file, name, text } of sources.filter(({ text }) => text.includes('@summary'))) {
      const documented = namesIn(text, /@cssprop --vellum-([a-z-]+)/g).sort();
      assert.deepEqual(documented, [...elementReads(file, text)].sort(), name);
    }
  });

  it('has one README row per token, with its default and what it is', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `--vellum-'));
    const expected = Object.entries(tokens).map(([name, token]) => `| \`--vellum-${name}\` | \`${token.default}\` | ${token.doc} |`);
    assert.deepEqual(rows, expected);
  });
});
