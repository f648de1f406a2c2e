import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const IIPSRV = '/usr/lib/iipimage-server/iipsrv.fcgi';

export interface ImageServer {
  /** Base URL of the Image API 2 endpoint: `${baseUrl}/${file}` is an image service id. */
  baseUrl: string;
  /** Folder served by the image server; put pyramidal TIFFs here. */
  imageDir: string;
  stop(): Promise<void>;
}

export interface ImageServerOptions {
  /** The port of an auth service (see auth-server.ts): nginx serves its pages under `/auth/` and asks it before every image request. */
  authPort?: number;
  /** Whether info.json needs the login too (Authentication 1.0); else it is open (Authorization Flow 2.0 asks a probe). */
  protectInfo?: boolean;
}

/** Starts Debian's iipimage-server (FastCGI) behind nginx on loopback, on free ports. */
export async function startImageServer(options: ImageServerOptions = {}): Promise<ImageServer> {
  const root = mkdtempSync(join(tmpdir(), 'vellum-iip-'));
  const imageDir = join(root, 'images');
  mkdirSync(imageDir);
  for (const dir of ['body', 'fastcgi', 'proxy', 'uwsgi', 'scgi']) mkdirSync(join(root, dir));
  const [httpPort, fcgiPort] = [await freePort(), await freePort()];
  writeFileSync(join(root, 'nginx.conf'), nginxConfig(root, httpPort, fcgiPort, options));

  const iipsrv = spawn(IIPSRV, ['--bind', `127.0.0.1:${fcgiPort}`], {
    env: { ...process.env, FILESYSTEM_PREFIX: `${imageDir}/`, URI_MAP: 'iiif=>IIIF', CORS: '*', LOGFILE: join(root, 'iipsrv.log'), VERBOSITY: '1' },
    stdio: 'ignore',
  });
  const nginx = spawn('nginx', ['-c', join(root, 'nginx.conf'), '-p', root], { stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${httpPort}/iiif`;
  await waitForHttp(`http://127.0.0.1:${httpPort}/health`);

  return {
    baseUrl,
    imageDir,
    async stop() {
      await Promise.all([terminate(nginx), terminate(iipsrv)]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function fastcgiTo(fcgiPort: number): string {
  return `fastcgi_pass 127.0.0.1:${fcgiPort};
      fastcgi_param PATH_INFO $fastcgi_script_name;
      fastcgi_param REQUEST_METHOD $request_method;
      fastcgi_param QUERY_STRING $query_string;
      fastcgi_param REQUEST_URI $request_uri;
      fastcgi_param SERVER_PROTOCOL $server_protocol;
      fastcgi_param SERVER_NAME $server_name;
      fastcgi_param SERVER_PORT $server_port;
      fastcgi_param HTTP_HOST $http_host;
      fastcgi_param HTTPS $https if_not_empty;`;
}

function authLocations(authPort: number, fcgiPort: number, protectInfo: boolean): string {
  const info = protectInfo
    ? `if ($request_method = OPTIONS) {
        add_header Access-Control-Allow-Origin "*";
        add_header Access-Control-Allow-Headers "Authorization";
        return 204;
      }
      auth_request /auth-check;`
    : '';
  return `
    location /auth/ { proxy_pass http://127.0.0.1:${authPort}; proxy_set_header Host $http_host; }
    location = /auth-check {
      internal;
      proxy_pass http://127.0.0.1:${authPort}/auth/check;
      proxy_pass_request_body off;
      proxy_set_header Content-Length "";
    }
    location ~ ^/iiif/.+/info\\.json$ {
      ${info}
      ${fastcgiTo(fcgiPort)}
    }`;
}

function nginxConfig(root: string, httpPort: number, fcgiPort: number, { authPort, protectInfo = false }: ImageServerOptions): string {
  return `
worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${root}/body;
  fastcgi_temp_path ${root}/fastcgi;
  proxy_temp_path ${root}/proxy;
  uwsgi_temp_path ${root}/uwsgi;
  scgi_temp_path ${root}/scgi;
  server {
    listen 127.0.0.1:${httpPort};
    location = /health { return 200 "ok"; }${authPort ? authLocations(authPort, fcgiPort, protectInfo) : ''}
    location /iiif/ {
      ${authPort ? 'auth_request /auth-check;' : ''}
      ${fastcgiTo(fcgiPort)}
    }
  }
}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
