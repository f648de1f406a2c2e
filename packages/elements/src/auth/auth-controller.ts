import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthAccess, AuthProbe, LanguageMap, ViewerCanvas } from '@vellum/iiif';
import type { ProbeResult } from '@vellum/iiif/auth';
import { infoJsonCache } from '@vellum/engine/info-cache';

type AuthModule = typeof import('@vellum/iiif/auth');

/** Why the last attempt at access failed, with what the token service said. */
export interface AuthFailure {
  reason: 'blocked' | 'token' | 'timeout';
  heading?: LanguageMap;
  note?: LanguageMap;
}

/** Why the pages on show cannot be shown yet: still asking, or refused (with what the probe and its access service say). */
export type AuthLock =
  | { state: 'probing' }
  | { state: 'denied'; probe: AuthProbe; result: ProbeResult; access: AuthAccess; pending: boolean; failure?: AuthFailure };

const probesOf = (pages: readonly ViewerCanvas[]) => [...new Map(pages.flatMap((page) => page.images.flatMap((image) => (image.auth ? [[image.auth.id, image.auth]] : []))))].map(([, probe]) => probe);

/**
 * IIIF Authorization Flow 2.0 (and Authentication 1.0) for a window: probes every restricted image of the pages on show before they are drawn
 * (@vellum/iiif/auth loads only then), holds the window's image back while a probe refuses, and goes through an
 * access service when the user asks (a kiosk or external one at once). Tokens are shared by every window of the page,
 * so a login in one opens the others; a token gained or dropped anywhere asks the probes again.
 */
export class AuthController implements ReactiveController {
  /** Counts the tokens gained and dropped: images loaded before (thumbnails) load again when it changes. */
  generation = 0;
  #module?: AuthModule;
  #results = new Map<string, ProbeResult | 'probing'>();
  #pending = new Set<string>();
  #failures = new Map<string, AuthFailure>();
  #tried = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.#module?.authChanges.removeEventListener('change', this.#onChange);
  }

  readonly #onChange = () => {
    this.#results.clear();
    this.generation += 1;
    this.host.requestUpdate();
  };

  async #loadModule(): Promise<AuthModule> {
    if (!this.#module) {
      this.#module = await import('@vellum/iiif/auth');
      this.#module.authChanges.addEventListener('change', this.#onChange);
      infoJsonCache.setRequestHeaders(this.#module.infoRequestHeaders);
    }
    return this.#module;
  }

  async #probe(probe: AuthProbe) {
    this.#results.set(probe.id, 'probing');
    const module = await this.#loadModule();
    const result = await module.probe(probe);
    this.#results.set(probe.id, result);
    this.host.requestUpdate();
    const automatic = probe.access.find((access) => access.profile !== 'active');
    if (result.status !== 200 && automatic && !this.#tried.has(automatic.id)) void this.requestAccess(probe, automatic);
  }

  /** What holds the pages back, if anything; asks the probes it has no answer from. */
  lockOf(pages: readonly ViewerCanvas[]): AuthLock | undefined {
    for (const probe of probesOf(pages)) {
      const result = this.#results.get(probe.id);
      if (result === undefined) void this.#probe(probe);
      if (result === undefined || result === 'probing') return { state: 'probing' };
      if (result.status === 200) continue;
      return { state: 'denied', probe, result, access: probe.access[0], pending: this.#pending.has(probe.id), failure: this.#failures.get(probe.id) };
    }
    return undefined;
  }

  /** The access services whose tokens let the pages on show through, to log out of. */
  logoutsOf(pages: readonly ViewerCanvas[]): AuthAccess[] {
    const module = this.#module;
    if (!module) return [];
    return probesOf(pages)
      .filter((probe) => module.holdsToken(probe))
      .flatMap((probe) => probe.access.filter((access) => access.logout).slice(0, 1));
  }

  /** Goes through an access service for a probe (from the user's click for `active`), then probes again. */
  async requestAccess(probe: AuthProbe, access: AuthAccess): Promise<void> {
    const module = await this.#loadModule();
    this.#tried.add(access.id);
    this.#pending.add(probe.id);
    this.#failures.delete(probe.id);
    this.host.requestUpdate();
    try {
      await module.requestAccess(access);
    } catch (error) {
      if (error instanceof module.AuthError) this.#failures.set(probe.id, { reason: error.reason, heading: error.heading, note: error.note });
    }
    this.#pending.delete(probe.id);
    this.#results.delete(probe.id);
    this.host.requestUpdate();
  }

  logout(access: AuthAccess) {
    this.#module?.logout(access);
  }
}
