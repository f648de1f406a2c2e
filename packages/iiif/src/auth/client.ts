import { languageMapOf } from '../descriptive.js';
import { asObject, asString, isObject } from '../json.js';
import { linkUrl, SERVICE_SCHEMES } from '../link-url.js';
import type { AuthAccess, AuthProbe, LanguageMap } from '../model.js';

/** What a probe said: 200 when the resource may be shown, else why not and what may be shown instead. */
export interface ProbeResult {
  status: number;
  heading?: LanguageMap;
  note?: LanguageMap;
  /** A degraded version that may be shown meanwhile (its id). */
  substitute?: string;
  /** Where the resource is for this user, when elsewhere. */
  location?: string;
}

/** Why access could not be had: the login window was blocked or closed unused, or the token service refused. */
export class AuthError extends Error {
  constructor(
    readonly reason: 'blocked' | 'token' | 'timeout',
    readonly heading?: LanguageMap,
    readonly note?: LanguageMap,
  ) {
    super(`IIIF access failed: ${reason}`);
    this.name = 'AuthError';
  }
}

const TOKEN_TIMEOUT_MS = 15_000;
const WINDOW_POLL_MS = 300;
/** A token is renewed this long before it expires. */
const RENEW_MARGIN_MS = 30_000;

/** Tokens by token service, in memory only: they never reach a URL, the state, an export or the console. */
const tokens = new Map<string, { token: string; expires: number }>();
/** Fires `change` when a token is gained or dropped, so every window asks its probes again. */
export const authChanges = new EventTarget();

function setToken(service: string, token: { token: string; expires: number } | undefined) {
  if (token) tokens.set(service, token);
  else tokens.delete(service);
  authChanges.dispatchEvent(new Event('change'));
}

function resourceId(value: unknown): string | undefined {
  const resource = Array.isArray(value) ? value[0] : value;
  return linkUrl(typeof resource === 'string' ? resource : asString(asObject(resource)?.id), SERVICE_SCHEMES);
}

/** Gets a token from a token service through a hidden frame and `postMessage`; only its origin, with our messageId, counts. */
export function fetchToken(access: AuthAccess): Promise<void> {
  const messageId = crypto.randomUUID();
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'IIIF access token';
  const url = new URL(access.tokenService);
  url.searchParams.set('messageId', messageId);
  url.searchParams.set('origin', location.origin);
  return new Promise<void>((resolve, reject) => {
    const done = (settle: () => void) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      settle();
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.origin !== url.origin || !isObject(data) || data.messageId !== messageId) return;
      // Authentication 1.0 messages carry no type: a token has `accessToken`, a refusal `error`.
      const granted = data.type === 'AuthAccessToken2' || (data.type === undefined && data.error === undefined);
      if (granted && typeof data.accessToken === 'string') {
        const lifetime = typeof data.expiresIn === 'number' && data.expiresIn > 0 ? data.expiresIn * 1000 : Infinity;
        setToken(access.tokenService, { token: data.accessToken, expires: Date.now() + lifetime });
        done(resolve);
      } else {
        const heading = data.heading ?? data.error;
        done(() => reject(new AuthError('token', languageMapOf(heading), languageMapOf(data.note ?? data.description))));
      }
    };
    const timer = setTimeout(() => done(() => reject(new AuthError('timeout'))), TOKEN_TIMEOUT_MS);
    window.addEventListener('message', onMessage);
    frame.src = url.href;
    document.body.append(frame);
  });
}

/** A token of one of the probe's access services, renewed silently when it is about to expire. */
async function tokenFor(probe: AuthProbe): Promise<string | undefined> {
  for (const access of probe.access) {
    const held = tokens.get(access.tokenService);
    if (!held) continue;
    if (held.expires - Date.now() > RENEW_MARGIN_MS) return held.token;
    tokens.delete(access.tokenService);
    if (await fetchToken(access).then(() => true, () => false)) return tokens.get(access.tokenService)?.token;
  }
  return undefined;
}

/** The info.json of each Authentication 1.0 probe met, and the token service whose token it takes. */
const infoTokenServices = new Map<string, string[]>();

/** The header an info.json request carries: the Bearer token of its Authentication 1.0 service, when one is held. */
export function infoRequestHeaders(url: string): Record<string, string> {
  const token = (infoTokenServices.get(url) ?? []).map((service) => tokens.get(service)).find(Boolean);
  return token ? { Authorization: `Bearer ${token.token}` } : {};
}

/**
 * Asks whether the resource may be shown, with the token held for it: an AuthProbeService2 answers with a probe
 * result, an Authentication 1.0 info.json with its HTTP status. A failed request counts as status 0.
 */
export async function probe(service: AuthProbe, signal?: AbortSignal): Promise<ProbeResult> {
  const token = await tokenFor(service);
  try {
    const response = await fetch(service.id, { signal, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (service.version === 1) {
      infoTokenServices.set(service.id, service.access.map((access) => access.tokenService));
      return { status: response.status };
    }
    const json: unknown = await response.json();
    if (!isObject(json)) return { status: 0 };
    const status = typeof json.status === 'number' ? json.status : response.status;
    const substitute = resourceId(json.substitute);
    const location = resourceId(json.location);
    return {
      status,
      ...(json.heading !== undefined ? { heading: languageMapOf(json.heading) } : {}),
      ...(json.note !== undefined ? { note: languageMapOf(json.note) } : {}),
      ...(substitute ? { substitute } : {}),
      ...(location ? { location } : {}),
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: 0 };
  }
}

function untilClosed(opened: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!opened.closed) return;
      clearInterval(timer);
      resolve();
    }, WINDOW_POLL_MS);
  });
}

/**
 * Goes through an access service: opens its page in a new window (`active`, from the user's click, and `kiosk`) and
 * waits until it closes, or opens nothing (`external`); then gets a token. Rejects with AuthError.
 */
export async function requestAccess(access: AuthAccess): Promise<void> {
  if (access.profile !== 'external') {
    const page = new URL(access.id);
    page.searchParams.set('origin', location.origin);
    const opened = window.open(page.href, '_blank');
    if (!opened) throw new AuthError('blocked');
    await untilClosed(opened);
  }
  await fetchToken(access);
}

/** Drops the token of an access service and opens its logout service, when it has one. */
export function logout(access: AuthAccess): void {
  if (access.logout) window.open(access.logout.id, '_blank');
  setToken(access.tokenService, undefined);
}

/** Whether a token is held for one of the probe's access services. */
export function holdsToken(service: AuthProbe): boolean {
  return service.access.some((access) => tokens.has(access.tokenService));
}
