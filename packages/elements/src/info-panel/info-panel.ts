import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { getText, pickThumbnail, type Agent, type LabelValue, type LinkedResource, type ViewerManifest } from '@vellum/iiif';
import { actions } from '@vellum/state';
import { icons } from '../icons/icons.js';
import { WindowStateController } from '../window-state/window-state-controller.js';
import { iiifValues } from './iiif-value.js';
import { infoPanelStyles } from './info-panel.styles.js';
import { describeRights } from './rights.js';

/**
 * @summary The descriptive information of a manifest: label, summary, metadata, attribution, rights, provider, links.
 *
 * @csspart heading - The panel title.
 * @csspart close - The close button.
 * @csspart label - The manifest label.
 * @csspart metadata - The definition list of metadata.
 * @csspart rights - The rights link.
 *
 * @cssprop --vellum-accent - Links and focus rings.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-panel-background - Panel background.
 */
export class VellumInfoPanel extends LitElement {
  static override styles = infoPanelStyles;

  /** It renders the manifest, not the window's state. */
  readonly #windowState = new WindowStateController(this, { watch: [] });

  /** The window whose panel this is; closing updates it in the store. */
  @property({ attribute: 'window-id' }) windowId = '';

  /** The manifest described. */
  @property({ attribute: false }) manifest?: ViewerManifest;

  #close() {
    this.#windowState.dispatch(actions.togglePanel(this.windowId, 'info', false));
  }

  #text(map: LabelValue['label']) {
    return getText(map, this.#windowState.localizer.languages);
  }

  #entry(label: string, content: unknown) {
    return content === nothing ? nothing : html`<dt>${label}</dt><dd>${content}</dd>`;
  }

  #links(resources: LinkedResource[], withIcon = false) {
    if (resources.length === 0) return nothing;
    return html`<ul>
      ${resources.map(
        (resource) =>
          html`<li>
            <a href=${resource.id} target="_blank" rel="noopener noreferrer"
              >${withIcon ? icons.download : nothing}${this.#text(resource.label ?? {}) || resource.id}</a
            >${resource.format ? html` <small>(${resource.format})</small>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  #rights(url: string | undefined) {
    if (!url) return nothing;
    const { kind, name } = describeRights(url);
    const { msg } = this.#windowState.localizer;
    const icon =
      kind === 'creative-commons'
        ? html`<span role="img" aria-label=${msg('rights.creativeCommons')}>${icons.creativeCommons}</span>`
        : kind === 'rights-statement'
          ? html`<span role="img" aria-label=${msg('rights.rightsStatement')}>${icons.rightsStatement}</span>`
          : nothing;
    return html`<a part="rights" class="rights" href=${url} target="_blank" rel="noopener noreferrer license"
      >${icon}${name}</a
    >`;
  }

  #provider(agent: Agent) {
    const name = this.#text(agent.label);
    const logo = pickThumbnail({ thumbnail: agent.logo }, 320);
    return html`<div>
      ${agent.homepage.length > 0
        ? html`<a href=${agent.homepage[0].id} target="_blank" rel="noopener noreferrer">${name || agent.homepage[0].id}</a>`
        : name}
      ${logo ? html`<img class="logo" src=${logo} alt=${this.#windowState.localizer.msg('info.logo', { name })} />` : nothing}
    </div>`;
  }

  override render() {
    const manifest = this.manifest;
    if (!manifest) return nothing;
    const { msg, languages, uiLanguage } = this.#windowState.localizer;
    const required = manifest.requiredStatement;
    return html`
      <header>
        <h2 part="heading">${msg('info.title')}</h2>
        <button part="close" type="button" aria-label=${msg('info.close')} title=${msg('info.close')} @click=${this.#close}>
          ${icons.close}
        </button>
      </header>
      <p part="label" class="label">${this.#text(manifest.label) || msg('viewer.untitled')}</p>
      <dl part="metadata">
        ${this.#entry(msg('info.summary'), iiifValues(manifest.summary, languages))}
        ${manifest.navDate ? this.#entry(msg('info.navDate'), new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(manifest.navDate))) : nothing}
        ${manifest.metadata.map((item) => this.#entry(this.#text(item.label), iiifValues(item.value, languages)))}
        ${required ? this.#entry(this.#text(required.label), iiifValues(required.value, languages)) : nothing}
        ${this.#entry(msg('info.rights'), this.#rights(manifest.rights))}
        ${this.#entry(
          msg('info.provider'),
          manifest.provider.length > 0 ? manifest.provider.map((agent) => this.#provider(agent)) : nothing,
        )}
        ${this.#entry(msg('info.homepage'), this.#links(manifest.homepage))}
        ${this.#entry(msg('info.downloads'), this.#links(manifest.rendering, true))}
      </dl>
    `;
  }
}
