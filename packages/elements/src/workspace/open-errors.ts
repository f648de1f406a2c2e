import { html, nothing, type ReactiveControllerHost } from 'lit';
import { isInputError, type InputErrorKind } from '@vellum/iiif';
import { iconButton } from '../controls/icon-button.js';
import { VellumWorkspaceErrorEvent } from '../events/events.js';
import type { Localizer } from '../i18n/index.js';
import { icons } from '../icons/icons.js';

/** What reporting failed opens needs of a workspace. */
export interface OpenErrorsHost extends ReactiveControllerHost, EventTarget {
  readonly localizer: Localizer;
}

/** Why the last thing given to a workspace could not be opened: fired as vellum-workspace-error and shown until dismissed or a new open. */
export class OpenErrors {
  #kind?: InputErrorKind | 'unknown';

  constructor(private readonly host: OpenErrorsHost) {}

  report(error: unknown): void {
    const kind = isInputError(error) ? error.kind : 'unknown';
    this.#show(kind);
    this.host.dispatchEvent(new VellumWorkspaceErrorEvent(kind, error instanceof Error ? error.message : String(error)));
  }

  dismiss(): void {
    this.#show(undefined);
  }

  #show(kind: InputErrorKind | 'unknown' | undefined) {
    if (kind === this.#kind) return;
    this.#kind = kind;
    this.host.requestUpdate();
  }

  render() {
    if (!this.#kind) return nothing;
    const { msg } = this.host.localizer;
    return html`<div class="error" part="error" role="alert">
      <span>${msg(`input.${this.#kind === 'unknown' ? 'not-iiif' : this.#kind}`)}</span>
      ${iconButton(msg('workspace.dismiss'), icons.close, () => this.dismiss())}
    </div>`;
  }
}
