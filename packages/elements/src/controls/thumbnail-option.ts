import { html } from 'lit';

export interface ThumbnailOption {
  /** The element id, which the listbox names as its active descendant. */
  id: string;
  label: string;
  ariaLabel: string;
  src?: string;
  current: boolean;
  active: boolean;
  /** Where the option sits in its virtual track. */
  style: string;
  lazy?: boolean;
  onClick: () => void;
}

/** One thumbnail of a virtualised listbox (the thumbnail strip, the portfolio grid): its picture over its label. */
export function thumbnailOption(option: ThumbnailOption) {
  const { current } = option;
  return html`<div
    id=${option.id}
    role="option"
    part=${current ? 'item current' : 'item'}
    class=${option.active ? 'active' : ''}
    aria-selected=${current ? 'true' : 'false'}
    aria-label=${option.ariaLabel}
    style=${option.style}
    @click=${option.onClick}
  >
    <span class="frame">${option.src ? html`<img src=${option.src} alt="" loading=${option.lazy ? 'lazy' : 'eager'} decoding="async" />` : ''}</span>
    <span class="label" aria-hidden="true">${option.label}</span>
  </div>`;
}
