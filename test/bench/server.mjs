/** One loopback server for the benchmark: viewer pages, each viewer's npm files, Vellum's drop-in bundle and the fixtures. */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestOrigin, resolveFixture } from '../fixtures/serve.mjs';
import { viewerPage } from './viewers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** URL prefix -> folder on disk. */
export const ROOTS = {
  '/vellum/': path.resolve(HERE, '../../packages/vellum/dist'),
  '/npm/': path.join(HERE, 'node_modules'),
};

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

async function staticFile(pathname) {
  const prefix = Object.keys(ROOTS).find((candidate) => pathname.startsWith(candidate));
  if (!prefix) return null;
  const root = ROOTS[prefix];
  const file = path.resolve(root, decodeURIComponent(pathname.slice(prefix.length)));
  if (!file.startsWith(root + path.sep) || !(await stat(file).catch(() => null))?.isFile()) return null;
  return { status: 200, headers: { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }, body: await readFile(file) };
}

async function answer(url, origin) {
  const fixture = await resolveFixture(url.pathname + url.search, origin);
  if (fixture) return fixture;
  const page = url.pathname.match(/^\/page\/([a-z]+)$/);
  if (page) {
    const html = viewerPage(page[1], Object.fromEntries(url.searchParams));
    if (html) return { status: 200, headers: { 'Content-Type': TYPES['.html'] }, body: html };
  }
  return (await staticFile(url.pathname)) ?? { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'not found' };
}

/** Starts the server on a free loopback port. */
export async function startServer() {
  const server = createServer(async (request, response) => {
    const origin = requestOrigin(request.headers);
    const { status, headers, body } = await answer(new URL(request.url ?? '/', origin), origin);
    response.writeHead(status, { 'Cache-Control': 'max-age=3600', ...headers }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
