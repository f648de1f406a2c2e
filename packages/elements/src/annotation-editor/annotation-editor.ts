import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { AnnotationStore, TagColours, W3CAnnotation } from '@vellum/annotations';
import type { AnnotoriousEditor, EditableFields, EditorTool, SaveStatus } from '@vellum/annotations/editor';
import type { Rect, ViewerCanvas } from '@vellum/iiif';
import type { VellumDeepZoom } from '../deep-zoom/deep-zoom.js';
import { localizerContext } from '../context/contexts.js';
import { VellumAnnotationStoreChangeEvent } from '../events/annotation-editor-events.js';
import { Localizer } from '../i18n/index.js';
import { annotationEditorStyles } from './annotation-editor.styles.js';

type EditorModule = typeof import('@vellum/annotations/editor');

/** Every editor of the page shares the browser's IndexedDB store unless it is given another. */
const browserStore = (): Promise<AnnotationStore> => import('@vellum/annotations').then((module) => module.browserAnnotationStore());

const isTextField = (target: EventTarget | null) => target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;

const regionFields = [
  ['x', 'edit.left'],
  ['y', 'edit.top'],
  ['width', 'edit.width'],
  ['height', 'edit.height'],
] as const;

/** The middle quarter of the view, kept on the canvas: where a rectangle added from the keyboard starts. */
function middleOfView(view: Rect, canvas: ViewerCanvas): Rect {
  const x = Math.max(0, view.x + view.width / 4);
  const y = Math.max(0, view.y + view.height / 4);
  const width = Math.min(view.width / 2, canvas.width - x);
  const height = Math.min(view.height / 2, canvas.height - y);
  return { x, y, width: Math.max(1, width), height: Math.max(1, height) };
}

/**
 * @summary Draws and edits annotations over a deep zoom's image (Annotorious, loaded on first use): a toolbar of
 * tools with undo and redo, and a form for the selected annotation's comment, tags and colour. Every change is
 * written to the store (IndexedDB by default) before "Saved" shows. Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo.
 *
 * @fires vellum-annotation-store-change - The user's stored annotations changed, or became readable when the editor opened.
 *
 * @csspart toolbar - The tools, undo, redo and the save status.
 * @csspart tool - Each tool button (aria-pressed on the current one).
 * @csspart status - The save status ("Saving…", "Saved").
 * @csspart form - The form of the selected annotation.
 * @csspart error - The message shown when editing cannot start.
 *
 * @cssprop --vellum-accent - Focus rings.
 * @cssprop --vellum-accent-background - Background of the pressed tool.
 * @cssprop --vellum-border - Border of the toolbar and the form.
 * @cssprop --vellum-color - Text colour of the toolbar and the form.
 * @cssprop --vellum-panel-background - Background of the toolbar and the form.
 */
export class VellumAnnotationEditor extends LitElement {
  static override styles = annotationEditorStyles;

  @consume({ context: localizerContext, subscribe: true })
  localizer = new Localizer();

  @state() private module?: EditorModule;
  @state() private editor?: AnnotoriousEditor;
  @state() private failed = false;
  /** Bumped on every change the editor reports, to render its state again. */
  @state() private revision = 0;

  #generation = 0;
  #tagColours: TagColours = {};
  #listenedDeepZoom?: VellumDeepZoom;
  /** The annotation the form edits: the last one selected, kept when a click on the form unselects it on the image. */
  @state() private editingId?: string;
  /** The rectangle just added from the keyboard, whose form says what to do next. */
  @state() private addedId?: string;
  /** Set when a rectangle is added from the keyboard: its first field takes the focus once the form is drawn. */
  #focusRegion = false;

  /** The window whose canvas is annotated. */
  @property({ attribute: 'window-id' }) windowId = '';
  /** The deep zoom whose image is edited. */
  @property({ attribute: false }) deepZoom?: VellumDeepZoom;
  /** The canvas whose annotations are edited. */
  @property({ attribute: false }) canvas?: ViewerCanvas;
  /** Where annotations are kept; the browser's IndexedDB store unless set before the editor connects. */
  @property({ attribute: false }) store?: AnnotationStore;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKey);
    void this.#attach();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKey);
    this.#listen(undefined);
    this.#detach();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('deepZoom')) this.#listen(this.deepZoom);
    if ((changed.has('deepZoom') || changed.has('canvas')) && this.isConnected && this.hasUpdated) void this.#attach();
  }

  override updated() {
    const firstField = this.#focusRegion ? this.renderRoot.querySelector<HTMLInputElement>('input[name="x"]') : null;
    if (!firstField) return;
    this.#focusRegion = false;
    firstField.focus();
  }

  readonly #onSlotChange = () => void this.#attach();

  readonly #onEditorChange = () => {
    const editor = this.editor;
    const selectedId = editor?.selected?.id;
    if (selectedId) this.editingId = selectedId;
    else if (!editor?.annotations.some((annotation) => annotation.id === this.editingId)) this.editingId = undefined;
    if (editor?.saveStatus === 'saved') this.#storeChanged();
    this.revision += 1;
  };

  /** Tells the window the store's annotations changed (or are now readable), so its panel lists them. */
  #storeChanged() {
    this.dispatchEvent(new VellumAnnotationStoreChangeEvent());
  }

  #listen(deepZoom: VellumDeepZoom | undefined) {
    this.#listenedDeepZoom?.removeEventListener('vellum-slot-change', this.#onSlotChange);
    this.#listenedDeepZoom = deepZoom;
    deepZoom?.addEventListener('vellum-slot-change', this.#onSlotChange);
  }

  async #attach() {
    const generation = ++this.#generation;
    this.#detach();
    const host = this.deepZoom?.engineSlot?.pluginHost;
    const canvas = this.canvas;
    if (!host?.imagePlacement() || !canvas) return;
    try {
      const [module, store] = await Promise.all([import('@vellum/annotations/editor'), this.store ? Promise.resolve(this.store) : browserStore()]);
      if (generation !== this.#generation) return;
      this.store = store;
      this.module = module;
      const editor = await module.AnnotoriousEditor.open(host, canvas.id, store, module.editorStyleSheet());
      if (generation !== this.#generation) return editor.destroy();
      editor.setTagColours(this.#tagColours);
      editor.addEventListener('change', this.#onEditorChange);
      this.editor = editor;
      this.failed = false;
      this.#storeChanged();
    } catch {
      if (generation === this.#generation) this.failed = true;
    }
  }

  #detach() {
    this.editor?.removeEventListener('change', this.#onEditorChange);
    this.editor?.destroy();
    this.editor = undefined;
  }

  readonly #onKey = (event: KeyboardEvent) => {
    const editor = this.editor;
    const key = event.key.toLowerCase();
    if (!editor || !(event.ctrlKey || event.metaKey) || isTextField(event.composedPath()[0])) return;
    if (key === 'z' && !event.shiftKey) editor.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') editor.redo();
    else return;
    event.preventDefault();
  };

  #save(event: SubmitEvent, id: string) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const colour = String(form.get('colour') ?? '');
    const fields: EditableFields = {
      comment: String(form.get('comment') ?? ''),
      tags: this.module!.parseTags(String(form.get('tags') ?? '')),
      ...(colour && { colour }),
    };
    const [x, y, width, height] = regionFields.map(([name]) => Number(form.get(name)));
    const region = form.has('x') && [x, y, width, height].every(Number.isFinite) ? { x, y, width: Math.max(1, width), height: Math.max(1, height) } : undefined;
    this.addedId = undefined;
    this.editor?.update(id, fields, region);
  }

  /** Adds a rectangle in the middle of the view and gives its form the focus, to be placed, sized and described from there. */
  #addRectangle() {
    const view = this.deepZoom?.engineSlot?.viewport;
    if (!this.editor || !view || !this.canvas) return;
    const id = this.editor.addRectangle(middleOfView(view, this.canvas));
    this.editingId = this.editor.selected?.id ?? id;
    this.addedId = this.editingId;
    this.#focusRegion = true;
  }

  /** Selects one of the user's annotations: it is highlighted on the image and the form edits it. */
  selectAnnotation(id: string) {
    this.editor?.select(id);
    this.editingId = id;
  }

  /** Draws the user's annotations without a colour of their own in the colour given to one of their tags. */
  setTagColours(colours: TagColours) {
    this.#tagColours = colours;
    this.editor?.setTagColours(colours);
  }

  /** Deletes one of the user's annotations; it can be undone like any edit. */
  deleteAnnotation(id: string) {
    this.editor?.delete(id);
  }

  #toolButton(tool: EditorTool | undefined, label: string) {
    const current = this.editor?.tool === tool;
    return html`<button type="button" part="tool" aria-pressed=${current ? 'true' : 'false'} @click=${() => this.editor?.setTool(tool)}>${label}</button>`;
  }

  #toolbar(editor: AnnotoriousEditor) {
    const { msg } = this.localizer;
    const status: SaveStatus = editor.saveStatus;
    return html`<div part="toolbar" role="toolbar" aria-label=${msg('edit.toolbar')}>
      ${this.#toolButton(undefined, msg('edit.select'))}
      ${this.module!.editorTools.map((tool) => this.#toolButton(tool, msg(`edit.tool.${tool}`)))}
      <button type="button" @click=${() => this.#addRectangle()}>${msg('edit.addRectangle')}</button>
      <button type="button" ?disabled=${!editor.canUndo} @click=${() => editor.undo()}>${msg('edit.undo')}</button>
      <button type="button" ?disabled=${!editor.canRedo} @click=${() => editor.redo()}>${msg('edit.redo')}</button>
      <span part="status" role="status">${status === 'idle' ? '' : msg(`edit.status.${status}`)}</span>
    </div>`;
  }

  #form(selected: W3CAnnotation) {
    const { msg } = this.localizer;
    const { fieldsOf, palette } = this.module!;
    const fields = fieldsOf(selected);
    const region = this.module!.regionOf(selected);
    const step = this.canvas ? Math.max(1, Math.round(Math.max(this.canvas.width, this.canvas.height) / 100)) : 1;
    const swatch = (value: string, label: string) =>
      html`<label><input type="radio" name="colour" value=${value} .checked=${(fields.colour ?? '') === value} />
        ${value ? html`<span class="swatch" style="--_swatch: ${value}"></span>` : nothing}<span>${label}</span></label>`;
    return html`<form part="form" novalidate aria-label=${msg('edit.form')} @submit=${(event: SubmitEvent) => this.#save(event, selected.id)}>
      ${this.addedId === selected.id ? html`<p role="status">${msg('edit.rectangleAdded')}</p>` : nothing}
      ${region
        ? html`<fieldset class="region">
            <legend>${msg('edit.region')}</legend>
            ${regionFields.map(([name, label]) => html`<label>${msg(label)}<input type="number" name=${name} min="0" step=${step} .value=${String(region[name])} /></label>`)}
          </fieldset>`
        : nothing}
      <label>${msg('edit.comment')}<textarea name="comment" rows="3" .value=${fields.comment}></textarea></label>
      <label>${msg('edit.tags')}<input type="text" name="tags" .value=${fields.tags.join(', ')} placeholder=${msg('edit.tagsHint')} /></label>
      <fieldset>
        <legend>${msg('edit.colour')}</legend>
        ${swatch('', msg('edit.colourByTag'))} ${palette.map((colour, index) => swatch(colour, msg('edit.colourN', { n: index + 1 })))}
      </fieldset>
      <div class="actions">
        <button type="submit">${msg('edit.save')}</button>
        <button type="button" @click=${() => this.editor?.delete(selected.id)}>${msg('edit.delete')}</button>
      </div>
    </form>`;
  }

  override render() {
    if (this.failed) return html`<div part="error" role="alert">${this.localizer.msg('edit.unavailable')}</div>`;
    const editor = this.editor;
    if (!editor || !this.module) return nothing;
    const editing = editor.annotations.find((annotation) => annotation.id === this.editingId);
    return html`${this.#toolbar(editor)} ${editing ? keyed(editing.id, this.#form(editing)) : nothing}`;
  }
}
