import { html, nothing } from 'lit';
import { getText, type AuthAccess, type LanguageMap } from '@vellum/iiif';
import type { Localizer, MessageKey } from '../i18n/index.js';
import type { AuthLock } from './auth-controller.js';

const failureKeys: Record<string, MessageKey> = { blocked: 'auth.blocked', token: 'auth.refused', timeout: 'auth.timeout' };

/**
 * What a window shows in place of a restricted image: the substitute the probe offers, the access service's heading
 * and note, what the probe said, why the last attempt failed, and the button that opens the login; every text is the
 * service's, shown as text.
 */
export function authPrompt(localizer: Localizer, lock: AuthLock, login: () => void) {
  const { msg, languages } = localizer;
  if (lock.state === 'probing') return html`<p part="auth" class="auth" role="status">${msg('auth.checking')}</p>`;
  const text = (map?: LanguageMap) => (map ? getText(map, languages) : '');
  const { access, result, failure, probe } = lock;
  const heading = text(access.heading) || text(result.heading) || text(probe.errorHeading) || msg('auth.restricted');
  const probeHeading = access.heading ? text(result.heading) : '';
  const probeNote = text(result.note) || text(probe.errorNote);
  const failed = failure && [text(failure.heading), text(failure.note)].filter(Boolean).join(' ');
  const canLogin = access.profile === 'active';
  return html`<section part="auth" class="auth" role="alert">
    ${result.substitute ? html`<img part="auth-substitute" class="substitute" src=${result.substitute} alt=${heading} />` : nothing}
    <h3>${heading}</h3>
    ${access.note ? html`<p>${text(access.note)}</p>` : nothing}
    ${probeHeading || probeNote ? html`<p>${probeHeading ? html`<strong>${probeHeading}</strong> ` : nothing}${probeNote}</p>` : nothing}
    ${failure ? html`<p>${failed || msg(failureKeys[failure.reason])}</p>` : nothing}
    ${canLogin
      ? html`<button type="button" ?disabled=${lock.pending} @click=${login}>${text(access.confirmLabel) || text(access.label) || msg('auth.login')}</button>`
      : nothing}
    ${lock.pending ? html`<p role="status">${msg('auth.waiting')}</p>` : nothing}
  </section>`;
}

/** The buttons that log out of the access services whose tokens let the pages on show through. */
export function logoutButtons(localizer: Localizer, accesses: readonly AuthAccess[], logout: (access: AuthAccess) => void) {
  const { msg, languages } = localizer;
  return accesses.map(
    (access) => html`<button part="logout" class="logout" type="button" @click=${() => logout(access)}>
      ${(access.logout?.label && getText(access.logout.label, languages)) || msg('auth.logout')}
    </button>`,
  );
}
