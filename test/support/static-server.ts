import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const types: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder, plus pages given as strings, on a free loopback port. */
export async function serveStatic(root: string, pages: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(root, path);
    if (path in pages) {
      response.writeHead(200, { 'content-type': types['.html'] }).end(pages[path]);
    } else if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } else {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
