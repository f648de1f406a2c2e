import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** The one password the login page accepts. */
export const PASSWORD = 'vellum';
const COOKIE = 'vellum-session';
/** The degraded image a refused probe offers, on the viewer's own server. */
export const SUBSTITUTE_PATH = '/fixtures/images/page-05/page.jpg';

export interface AuthServer {
  port: number;
  /** Every token handed out, so a test can look for them where they must not be. */
  issuedTokens: string[];
  stop(): Promise<void>;
}

const page = (body: string) => `<!doctype html><meta charset="utf-8"><title>Vellum test library</title>${body}`;

function sessionOf(request: IncomingMessage, sessions: Set<string>): string | undefined {
  const cookie = (request.headers.cookie ?? '').split(/;\s*/).find((part) => part.startsWith(`${COOKIE}=`));
  const session = cookie?.slice(COOKIE.length + 1);
  return session && sessions.has(session) ? session : undefined;
}

async function bodyOf(request: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return new URLSearchParams(text);
}

/**
 * A library's IIIF Authorization Flow 2.0 and Authentication 1.0 services, for nginx in front of iipimage-server (see
 * iip-server.ts): a login page (active access service) that sets a session cookie, token service pages of both
 * versions that post a token to their parent, a probe that answers 200 only with a live token, a logout, and the check
 * nginx asks before each image request (a session cookie or a live token).
 */
export async function startAuthServer(): Promise<AuthServer> {
  const sessions = new Set<string>();
  const tokens = new Map<string, string>();
  const issuedTokens: string[] = [];

  /** The token service's page, in the frame the viewer opens: it posts a token (or why not) to the viewer's origin. */
  const tokenPage = (request: IncomingMessage, response: ServerResponse, url: URL, version: 1 | 2) => {
    const session = sessionOf(request, sessions);
    const messageId = url.searchParams.get('messageId') ?? '';
    const origin = url.searchParams.get('origin') ?? '';
    let message: object;
    if (session) {
      const accessToken = randomUUID();
      tokens.set(accessToken, session);
      issuedTokens.push(accessToken);
      message = version === 2 ? { type: 'AuthAccessToken2', accessToken, expiresIn: 3600, messageId } : { accessToken, expiresIn: 3600, messageId };
    } else {
      message = version === 2
        ? { type: 'AuthAccessTokenError2', profile: 'missingAspect', heading: { en: ['Not logged in'] }, note: { en: ['Log in first.'] }, messageId }
        : { error: 'missingCredentials', description: 'Log in first.', messageId };
    }
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(page(`<script>window.parent.postMessage(${JSON.stringify(message)}, ${JSON.stringify(origin)})</script>`));
  };

  const handlers: Record<string, (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | void> = {
    '/auth/check': (request, response) => {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const bearer = tokens.has(token) && sessions.has(tokens.get(token)!);
      response.writeHead(sessionOf(request, sessions) || bearer ? 204 : 401).end();
    },
    '/auth/login': async (request, response) => {
      if (request.method === 'POST') {
        const form = await bodyOf(request);
        if (form.get('password') !== PASSWORD) {
          response.writeHead(403, { 'Content-Type': 'text/html' }).end(page('<p>Wrong password.</p>'));
          return;
        }
        const session = randomUUID();
        sessions.add(session);
        response.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': `${COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax` });
        response.end(page('<p>Logged in.</p><script>window.close()</script>'));
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(page(`<h1>Reading room login</h1>
        <form method="post"><label>Password <input name="password" type="password"></label><button>Log in</button></form>`));
    },
    '/auth/token': (request, response, url) => tokenPage(request, response, url, 2),
    '/auth/token1': (request, response, url) => tokenPage(request, response, url, 1),
    '/auth/logout': (request, response) => {
      const session = sessionOf(request, sessions);
      if (session) sessions.delete(session);
      for (const [token, owner] of tokens) if (owner === session) tokens.delete(token);
      response.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': `${COOKIE}=; Path=/; Max-Age=0` });
      response.end(page('<p>Logged out.</p><script>window.close()</script>'));
    },
  };

  const probe = (request: IncomingMessage, response: ServerResponse) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization' };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    const granted = tokens.has(token) && sessions.has(tokens.get(token)!);
    const result = granted
      ? { type: 'AuthProbeResult2', status: 200 }
      : {
          type: 'AuthProbeResult2',
          status: 401,
          heading: { en: ['Reading room only'] },
          note: { en: ['Log in with your library card to see this page.'] },
          substitute: [{ id: `${request.headers.origin}${SUBSTITUTE_PATH}`, type: 'Image' }],
        };
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ '@context': 'http://iiif.io/api/auth/2/context.json', ...result }));
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const handler = url.pathname.startsWith('/auth/probe/') ? probe : handlers[url.pathname];
    if (!handler) return void response.writeHead(404).end();
    void Promise.resolve(handler(request, response, url)).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, issuedTokens, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
