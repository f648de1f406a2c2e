import { languageMapOf } from '../descriptive.js';
import { asObjects, asString, idOf, typeOf, type JsonObject } from '../json.js';
import { linkUrl, SERVICE_SCHEMES } from '../link-url.js';
import type { AuthAccess, AuthProbe, LanguageMap } from '../model.js';

const PROFILES = ['active', 'kiosk', 'external'] as const;

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

/** The first usable AuthProbeService2 among a resource's services, or among those of its image services. */
export function authProbeOf(resource: JsonObject): AuthProbe | undefined {
  const services = asObjects(resource.service);
  const probes = [...ofType(services, 'AuthProbeService2'), ...services.flatMap((service) => ofType(service.service, 'AuthProbeService2'))];
  for (const probe of probes) {
    const id = serviceUrl(probe);
    const access = ofType(probe.service, 'AuthAccessService2').flatMap(accessOf);
    if (id && access.length) return { id, access, ...labels(probe, ['errorHeading', 'errorNote']) };
  }
  return undefined;
}
