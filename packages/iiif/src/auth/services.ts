import { languageMapOf } from '../descriptive.js';
import { serviceBaseId } from '../image-source.js';
import { asObjects, asString, idOf, typeOf, type JsonObject } from '../json.js';
import { linkUrl, SERVICE_SCHEMES } from '../link-url.js';
import type { AuthAccess, AuthProbe, LanguageMap } from '../model.js';

const PROFILES = ['active', 'kiosk', 'external'] as const;
/** Authentication 1.0's profiles, as the 2.0 ones they behave like (a clickthrough is a login page without a form). */
const PROFILES_1: Record<string, AuthAccess['profile']> = { login: 'active', clickthrough: 'active', kiosk: 'kiosk', external: 'external' };
const PROFILE_1 = /^https?:\/\/iiif\.io\/api\/auth\/1\/(login|clickthrough|kiosk|external|token|logout)$/;

const serviceUrl = (service: JsonObject) => linkUrl(idOf(service), SERVICE_SCHEMES);
const ofType = (services: unknown, type: string) => asObjects(services).filter((service) => typeOf(service) === type);

function optionalMap(value: unknown): LanguageMap | undefined {
  const map = value === undefined ? undefined : languageMapOf(value);
  return map && Object.keys(map).length ? map : undefined;
}

function labels(service: JsonObject, keys: readonly string[]): Record<string, LanguageMap> {
  return Object.fromEntries(keys.flatMap((key) => {
    const map = optionalMap(service[key]);
    return map ? [[key, map]] : [];
  }));
}

function accessOf(service: JsonObject): AuthAccess[] {
  const id = serviceUrl(service);
  const profile = PROFILES.find((name) => name === asString(service.profile));
  const tokenService = ofType(service.service, 'AuthAccessTokenService2').map(serviceUrl).find(Boolean);
  if (!id || !profile || !tokenService) return [];
  const logoutService = ofType(service.service, 'AuthLogoutService2')[0];
  const logoutId = logoutService && serviceUrl(logoutService);
  return [{
    id,
    profile,
    tokenService,
    ...labels(service, ['label', 'heading', 'note', 'confirmLabel']),
    ...(logoutId ? { logout: { id: logoutId, ...labels(logoutService, ['label']) } } : {}),
  }];
}

const profile1 = (service: JsonObject) => PROFILE_1.exec(asString(service.profile) ?? '')?.[1];

/** An Authentication 1.0 access service (`header`, `description` and `failure…` named as in 2.0), with its token and logout. */
function access1Of(service: JsonObject): { access: AuthAccess; failure: Record<string, LanguageMap> } | undefined {
  const id = serviceUrl(service);
  const profile = PROFILES_1[profile1(service) ?? ''];
  const inner = asObjects(service.service);
  const tokenService = inner.filter((item) => profile1(item) === 'token').map(serviceUrl).find(Boolean);
  if (!id || !profile || !tokenService) return undefined;
  const logoutService = inner.find((item) => profile1(item) === 'logout');
  const logoutId = logoutService && serviceUrl(logoutService);
  const named = labels(service, ['label', 'header', 'description', 'confirmLabel', 'failureHeader', 'failureDescription']);
  const access: AuthAccess = {
    id,
    profile,
    tokenService,
    ...(named.label ? { label: named.label } : {}),
    ...(named.header ? { heading: named.header } : {}),
    ...(named.description ? { note: named.description } : {}),
    ...(named.confirmLabel ? { confirmLabel: named.confirmLabel } : {}),
    ...(logoutId ? { logout: { id: logoutId, ...labels(logoutService, ['label']) } } : {}),
  };
  const failure = { ...(named.failureHeader ? { errorHeading: named.failureHeader } : {}), ...(named.failureDescription ? { errorNote: named.failureDescription } : {}) };
  return { access, failure };
}

/** Authentication 1.0 on an image service: its info.json is the probe. */
function probe1Of(imageService: JsonObject): AuthProbe | undefined {
  const id = serviceUrl(imageService);
  const found = asObjects(imageService.service).flatMap((service) => access1Of(service) ?? []);
  if (!id || !found.length) return undefined;
  return { version: 1, id: `${serviceBaseId(id)}/info.json`, access: found.map(({ access }) => access), ...found[0].failure };
}

/**
 * The first usable probe of a resource: an AuthProbeService2 among its services or those of its image services, else
 * the info.json of an image service that lists Authentication 1.0 services.
 */
export function authProbeOf(resource: JsonObject): AuthProbe | undefined {
  const services = asObjects(resource.service);
  const probes = [...ofType(services, 'AuthProbeService2'), ...services.flatMap((service) => ofType(service.service, 'AuthProbeService2'))];
  for (const probe of probes) {
    const id = serviceUrl(probe);
    const access = ofType(probe.service, 'AuthAccessService2').flatMap(accessOf);
    if (id && access.length) return { version: 2, id, access, ...labels(probe, ['errorHeading', 'errorNote']) };
  }
  return services.map(probe1Of).find(Boolean);
}
