import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { actions, ADJUSTMENT_NAMES, ADJUSTMENT_RANGES, PRESET_NAMES, syncGroupOf, type AdjustmentName, type VellumState } from '@vellum/state';
import { iconButton } from '../controls/icon-button.js';
import { icons } from '../icons/icons.js';
import { WindowStateController, windowOf } from '../window-state/window-state-controller.js';
import { adjustmentsPanelStyles } from './adjustments-panel.styles.js';

const syncGroupOfWindow = (state: VellumState, windowId: string) => syncGroupOf(state.syncGroups, windowId);

/**
 * @summary The image adjustments of one window: colour sliders, presets, rotation and flip. It renders the
 * window's state and dispatches every change to the store, so only that window changes.
 *
 * @csspart heading - The panel title.
 * @csspart close - The close button.
 * @csspart share - The "same adjustments in linked windows" switch, shown when the window is linked.
 * @csspart presets - The group of preset buttons.
 * @csspart slider - Each labelled slider row.
 * @csspart value - The visible value of each slider.
 * @csspart reset - The reset button.
 *
 * @cssprop --vellum-accent - Sliders, the pressed preset and focus rings.
 * @cssprop --vellum-accent-background - Background of a button under the pointer.
 * @cssprop --vellum-border - Border of the buttons.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-panel-background - Panel background.
 */
export class VellumAdjustmentsPanel extends LitElement {
  static override styles = adjustmentsPanelStyles;

  readonly #windowState = new WindowStateController(this, { watch: [windowOf, syncGroupOfWindow] });

  /** The window whose image this panel adjusts. */
  @property({ attribute: 'window-id' }) windowId = '';

  #valueText(name: AdjustmentName | 'rotation', value: number): string {
    const { msg, uiLanguage } = this.#windowState.localizer;
    if (name === 'rotation') return msg('adjust.degrees', { value: Math.round(value) });
    if (name === 'gamma') return new Intl.NumberFormat(uiLanguage, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    return msg('adjust.percent', { value });
  }

  #slider(name: AdjustmentName | 'rotation', value: number, range: { min: number; max: number; step: number }, onInput: (value: number) => void) {
    const id = `adjust-${name}`;
    const text = this.#valueText(name, value);
    return html`<div part="slider" class="slider">
      <label for=${id}>${this.#windowState.localizer.msg(`adjust.${name}`)}</label>
      <output part="value" for=${id}>${text}</output>
      <input
        id=${id}
        type="range"
        min=${range.min}
        max=${range.max}
        step=${range.step}
        .value=${String(value)}
        aria-valuetext=${text}
        @input=${(event: Event) => onInput(Number((event.target as HTMLInputElement).value))}
      />
    </div>`;
  }

  #shareToggle() {
    const store = this.#windowState.store;
    const group = store && syncGroupOfWindow(store.state, this.windowId);
    if (!group) return nothing;
    return html`<label part="share" class="share">
      <input type="checkbox" .checked=${group.shareAdjustments}
        @change=${(event: Event) => this.#windowState.dispatch(actions.shareAdjustments(this.windowId, (event.target as HTMLInputElement).checked))} />
      ${this.#windowState.localizer.msg('adjust.shareWithGroup')}
    </label>`;
  }

  override render() {
    const window = this.#windowState.window;
    if (!window) return nothing;
    const { msg } = this.#windowState.localizer;
    const { dispatch } = this.#windowState;
    const { adjustments, rotation, flipped } = window;
    const id = this.windowId;
    return html`
      <header>
        <h2 part="heading">${msg('adjust.title')}</h2>
        <button part="close" type="button" aria-label=${msg('adjust.close')} title=${msg('adjust.close')}
          @click=${() => dispatch(actions.togglePanel(id, 'adjustments', false))}>${icons.close}</button>
      </header>
      ${this.#shareToggle()}
      <div part="presets" class="presets" role="group" aria-label=${msg('adjust.presets')}>
        ${PRESET_NAMES.map(
          (preset) => html`<button type="button" class="preset" @click=${() => dispatch(actions.applyPreset(id, preset))}>
            ${msg(`preset.${preset}`)}
          </button>`,
        )}
      </div>
      ${ADJUSTMENT_NAMES.map((name) =>
        this.#slider(name, adjustments[name], ADJUSTMENT_RANGES[name], (value) => dispatch(actions.setAdjustment(id, name, value))),
      )}
      <div class="orientation" role="group" aria-label=${msg('adjust.orientation')}>
        ${iconButton(msg('adjust.rotateLeft'), icons.rotateLeft, () => dispatch(actions.rotateBy(id, -90)))}
        ${iconButton(msg('adjust.rotateRight'), icons.rotate, () => dispatch(actions.rotateBy(id, 90)))}
        ${iconButton(msg('adjust.flip'), icons.flip, () => dispatch(actions.setFlipped(id, !flipped)), flipped)}
      </div>
      ${this.#slider('rotation', rotation, { min: 0, max: 359, step: 1 }, (value) => dispatch(actions.setRotation(id, value)))}
      <button part="reset" type="button" class="reset" @click=${() => dispatch(actions.resetAdjustments(id))}>
        ${icons.reset}<span>${msg('adjust.reset')}</span>
      </button>
    `;
  }
}
