import type { ReactiveControllerHost } from 'lit';
import { targetsOfInput, type ResourceTarget } from '@vellum/iiif';
import { actions, createWindow, type Store } from '@vellum/state';
import type { VellumContentStateEvent } from '../events/events.js';
import type { MessageKey } from '../i18n/index.js';
import { OpenChecks } from './open-checks.js';
import type { OpenErrors } from './open-errors.js';

/** What opening resources needs of a workspace. */
export interface OpeningHost extends ReactiveControllerHost {
  readonly store: Store;
}

/** Targets, or a way to read them that may fail (an InputError) or wait (a drop's files). */
export type ReadTargets = () => ResourceTarget[] | Promise<ResourceTarget[]>;

function isTextField(target: EventTarget | undefined): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * How a workspace opens what it is given (a URL, a content state, a drop, a paste): each target in a window of its
 * own, its panels closed so that the image has the room, the first in place of a window when one is named. A window
 * whose URL turns out to be a content state is redirected to its targets; windows opened that way open no further
 * ones, so that content states naming each other cannot multiply windows.
 */
export class Opening {
  readonly #checks: OpenChecks;
  readonly #redirected = new Set<string>();
  #nextId = 1;

  constructor(
    private readonly host: OpeningHost,
    private readonly errors: Pick<OpenErrors, 'report' | 'dismiss'>,
    private readonly announce: (windowId: string, message: MessageKey) => void,
  ) {
    this.#checks = new OpenChecks(host, (error) => errors.report(error));
  }

  get checks(): OpenChecks {
    return this.#checks;
  }

  /** Opens the targets, the first in place of `windowId` when it is given. Returns the windows' ids. */
  open(targets: readonly ResourceTarget[], windowId?: string): string[] {
    return targets.map((target, index) => this.#openOne(target, index === 0 ? windowId : undefined));
  }

  /** Opens what `read` gives; what cannot be read or opened is reported, never thrown. */
  tryOpen(read: ReadTargets, windowId?: string): void {
    Promise.resolve()
      .then(read)
      .then((targets) => this.open(targets, windowId))
      .catch((error: unknown) => this.errors.report(error));
  }

  /** A window's URL was a content state: the window shows its first target, and new windows the others. */
  onContentState(windowId: string, event: VellumContentStateEvent): void {
    event.preventDefault();
    const [first, ...others] = event.detail.targets;
    this.#openOne(first, windowId);
    if (this.#redirected.has(windowId)) return;
    for (const target of others) this.#redirected.add(this.#openOne(target));
  }

  /** Text pasted anywhere in the workspace but a text field opens as a URL or content state (Content State §3.3). */
  onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain').trim();
    if (!text || isTextField(event.composedPath()[0])) return;
    event.preventDefault();
    this.tryOpen(() => targetsOfInput(text));
  }

  /** New window ids continue after those of a restored workspace. */
  continueAfter(windowIds: readonly string[]): void {
    this.#nextId = Math.max(this.#nextId, ...windowIds.map((id) => Number(/(\d+)$/.exec(id)?.[1] ?? 0) + 1));
  }

  #openOne(target: ResourceTarget, windowId?: string): string {
    const { store } = this.host;
    const previous = windowId ? store.state.windows[windowId] : undefined;
    const id = previous ? previous.id : `window-${this.#nextId++}`;
    const viewport = target.region ?? null;
    if (previous) {
      store.dispatch(actions.setManifest(id, target.manifestUrl));
      if (target.canvasId) store.dispatch(actions.setCanvas(id, target.canvasId));
      if (viewport) store.dispatch(actions.setViewport(id, viewport));
    } else {
      store.dispatch(actions.addWindow(createWindow(id, { manifestUrl: target.manifestUrl, canvasId: target.canvasId ?? null, viewport, panels: [] })));
    }
    store.dispatch(actions.focusWindow(id));
    this.#checks.expect(id, target, previous);
    this.errors.dismiss();
    if (target.time !== undefined) this.announce(id, 'workspace.timeIgnored');
    return id;
  }
}
