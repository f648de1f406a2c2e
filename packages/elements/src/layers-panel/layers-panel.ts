import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { getText, type PaintedImage, type ViewerCanvas } from '@vellum/iiif';
import { actions } from '@vellum/state';
import { icons } from '../icons/icons.js';
import { WindowStateController } from '../window-state/window-state-controller.js';
import { NO_LAYER_SETTINGS, VellumLayersChangeEvent, type LayerSettings } from './layers.js';
import { layersPanelStyles } from './layers-panel.styles.js';

/**
 * @summary The layers of one canvas: for each painted image, its name, the options of a Choice (radio buttons) and
 * an opacity slider. It shows `settings` and fires the new settings on each change.
 *
 * @csspart heading - The panel title.
 * @csspart close - The close button.
 * @csspart layer - The group of one painted image.
 * @csspart option - Each option of a Choice.
 * @csspart opacity - The opacity slider of a layer.
 *
 * @cssprop --vellum-accent - Opacity sliders and focus rings.
 * @cssprop --vellum-border - Border of each choice's group.
 * @cssprop --vellum-color - Text colour.
 * @cssprop --vellum-panel-background - Panel background.
 *
 * @fires vellum-layers-change - When the user picks an option or moves a slider. detail: { settings }, the new LayerSettings (also `settings`).
 */
export class VellumLayersPanel extends LitElement {
  static override styles = layersPanelStyles;

  /** It renders its canvas and settings, not the window's state. */
  readonly #windowState = new WindowStateController(this, { watch: [] });

  /** The window whose panel this is; closing updates it in the store. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The canvas whose painted images are listed. */
  @property({ attribute: false }) canvas?: ViewerCanvas;
  /** The option chosen and the opacity of each painted image, by its index. */
  @property({ attribute: false }) settings: LayerSettings = NO_LAYER_SETTINGS;

  #change(settings: LayerSettings) {
    this.dispatchEvent(new VellumLayersChangeEvent(settings));
  }

  #name(image: PaintedImage, index: number): string {
    const { languages, msg } = this.#windowState.localizer;
    const chosen = image.choice?.options[this.settings.selected[index] ?? image.choice.selected];
    return getText(chosen?.label ?? image.label ?? {}, languages) || msg('layers.layer', { index: index + 1 });
  }

  #layer(image: PaintedImage, index: number) {
    const { msg, languages } = this.#windowState.localizer;
    const name = this.#name(image, index);
    const selected = this.settings.selected[index] ?? image.choice?.selected;
    const opacity = this.settings.opacity[index] ?? 1;
    const id = `opacity-${index}`;
    return html`<fieldset part="layer">
      <legend>${name}</legend>
      ${image.choice?.options.map(
        (option, optionIndex) => html`<label part="option">
          <input
            type="radio"
            name="choice-${index}"
            .checked=${optionIndex === selected}
            @change=${() => this.#change({ ...this.settings, selected: { ...this.settings.selected, [index]: optionIndex } })}
          />
          ${getText(option.label, languages) || msg('layers.layer', { index: optionIndex + 1 })}
        </label>`,
      ) ?? nothing}
      <label for=${id}>${msg('layers.opacity', { name })}</label>
      <input
        part="opacity"
        id=${id}
        type="range"
        min="0"
        max="100"
        .value=${String(Math.round(opacity * 100))}
        aria-valuetext=${`${Math.round(opacity * 100)}%`}
        @input=${(event: Event) =>
          this.#change({ ...this.settings, opacity: { ...this.settings.opacity, [index]: Number((event.target as HTMLInputElement).value) / 100 } })}
      />
    </fieldset>`;
  }

  override render() {
    const { msg } = this.#windowState.localizer;
    return html`<header>
        <h2 part="heading">${msg('layers.title')}</h2>
        <button part="close" type="button" aria-label=${msg('layers.close')} title=${msg('layers.close')}
          @click=${() => this.#windowState.dispatch(actions.togglePanel(this.windowId, 'layers', false))}>${icons.close}</button>
      </header>
      ${this.canvas?.images.map((image, index) => this.#layer(image, index))}`;
  }
}
