import { html, nothing, type SVGTemplateResult } from 'lit';

/** An accessible icon button: the label is its name and its tooltip; `pressed` makes it a toggle. */
export function iconButton(label: string, icon: SVGTemplateResult, onClick: () => void, pressed?: boolean, disabled = false) {
  return html`<button
    part="button"
    type="button"
    aria-label=${label}
    title=${label}
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${icon}
  </button>`;
}
