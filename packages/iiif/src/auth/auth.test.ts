import { expect } from '@esm-bundle/chai';
import type { AuthAccess, AuthProbe } from '../model.js';
import { fetchToken, holdsToken } from './client.js';
import { authProbeOf } from './services.js';

const en = (text: string) => ({ en: [text] });

function imageWithProbe(probe: object) {
  return { id: 'https://images.example/a/full/max/0/default.jpg', type: 'Image', service: [{ id: 'https://images.example/a', type: 'ImageService3', service: [probe] }] };
}

const access = (id: string, extra: object = {}) => ({
  id,
  type: 'AuthAccessService2',
  profile: 'active',
  label: en('Log in'),
  service: [{ id: `${id}/token`, type: 'AuthAccessTokenService2' }, { id: `${id}/logout`, type: 'AuthLogoutService2', label: en('Log out') }],
  ...extra,
});

/** The hidden frame fetchToken opens, and the messageId its address carries. */
async function tokenFrame(): Promise<{ frame: HTMLIFrameElement; messageId: string }> {
  for (let i = 0; i < 50; i++) {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="IIIF access token"]');
    if (frame) return { frame, messageId: new URL(frame.src).searchParams.get('messageId')! };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no token frame');
}

describe('IIIF Authorization Flow 2.0', () => {
  it('reads a probe on an image service, with its access, token and logout services', () => {
    const probe = authProbeOf(imageWithProbe({ id: 'https://auth.example/probe', type: 'AuthProbeService2', errorHeading: en('No'), service: [access('https://auth.example/login', { heading: en('Please log in'), confirmLabel: en('Go') })] }));
    expect(probe).to.deep.equal({
      version: 2,
      id: 'https://auth.example/probe',
      errorHeading: en('No'),
      access: [{
        id: 'https://auth.example/login',
        profile: 'active',
        tokenService: 'https://auth.example/login/token',
        label: en('Log in'),
        heading: en('Please log in'),
        confirmLabel: en('Go'),
        logout: { id: 'https://auth.example/login/logout', label: en('Log out') },
      }],
    });
  });

  it('ignores probes and access services it cannot use: another scheme, an unknown profile, no token service', () => {
    expect(authProbeOf(imageWithProbe({ id: 'javascript:alert(1)', type: 'AuthProbeService2', service: [access('https://auth.example/login')] }))).to.equal(undefined);
    expect(authProbeOf(imageWithProbe({ id: 'https://auth.example/probe', type: 'AuthProbeService2', service: [access('https://auth.example/login', { profile: 'clickthrough' })] }))).to.equal(undefined);
    expect(authProbeOf(imageWithProbe({ id: 'https://auth.example/probe', type: 'AuthProbeService2', service: [access('https://auth.example/login', { service: [] })] }))).to.equal(undefined);
    expect(authProbeOf({ id: 'https://images.example/b.jpg', type: 'Image' })).to.equal(undefined);
  });

  it('reads Authentication 1.0 services on an image service, with its info.json as the probe', () => {
    const login = {
      '@id': 'https://auth.example/login',
      profile: 'http://iiif.io/api/auth/1/clickthrough',
      label: 'Terms',
      header: 'Please accept',
      description: 'Read the terms.',
      confirmLabel: 'Accept',
      failureHeader: 'Not accepted',
      service: [{ '@id': 'https://auth.example/token', profile: 'http://iiif.io/api/auth/1/token' }],
    };
    const probe = authProbeOf({ id: 'https://images.example/a/full/max/0/default.jpg', type: 'Image', service: [{ '@id': 'https://images.example/a/', '@type': 'ImageService2', service: [login] }] });
    expect(probe).to.deep.equal({
      version: 1,
      id: 'https://images.example/a/info.json',
      errorHeading: { none: ['Not accepted'] },
      access: [{
        id: 'https://auth.example/login',
        profile: 'active',
        tokenService: 'https://auth.example/token',
        label: { none: ['Terms'] },
        heading: { none: ['Please accept'] },
        note: { none: ['Read the terms.'] },
        confirmLabel: { none: ['Accept'] },
      }],
    });
  });

  it('takes a token only from the token service\'s origin and for its own messageId', async () => {
    const service: AuthAccess = { id: `${location.origin}/login`, profile: 'external', tokenService: `${location.origin}/fixtures/status/404` };
    const probe: AuthProbe = { version: 2, id: `${location.origin}/probe`, access: [service] };
    const pending = fetchToken(service);
    const { messageId } = await tokenFrame();
    window.postMessage({ type: 'AuthAccessToken2', accessToken: 'wrong-id', messageId: 'another' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(holdsToken(probe), 'a message for another request').to.equal(false);
    window.postMessage({ type: 'AuthAccessToken2', accessToken: 'right', expiresIn: 60, messageId }, '*');
    await pending;
    expect(holdsToken(probe)).to.equal(true);
  });

  it('ignores a message with the right messageId from another origin', async () => {
    const service: AuthAccess = { id: 'http://127.0.0.1:9/login', profile: 'external', tokenService: 'http://127.0.0.1:9/token' };
    const probe: AuthProbe = { version: 2, id: 'http://127.0.0.1:9/probe', access: [service] };
    const pending = fetchToken(service).catch(() => undefined);
    const { frame, messageId } = await tokenFrame();
    window.postMessage({ type: 'AuthAccessToken2', accessToken: 'forged', expiresIn: 60, messageId }, '*');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(holdsToken(probe)).to.equal(false);
    frame.remove();
    void pending;
  });
});
