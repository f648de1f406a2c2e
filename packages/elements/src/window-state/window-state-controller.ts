import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Action, Store, Unsubscribe, VellumState, WindowState } from '@vellum/state';
import { localizerContext, storeContext } from '../context/contexts.js';
import { Localizer } from '../i18n/index.js';

/** An element that shows one window of the store, named by its `window-id`. */
export type WindowStateHost = ReactiveControllerHost & HTMLElement & { windowId: string };

/** One part of the store that a host renders from, for its window. */
export type WindowSelector = (state: VellumState, windowId: string) => unknown;

export const windowOf = (state: VellumState, windowId: string): WindowState | undefined => state.windows[windowId];

/** The windows of the store in order: a window's number among them names its landmarks. */
export const windowIdsOf = (state: VellumState): readonly string[] => state.layout.windowIds;

export interface WindowStateOptions {
  /** The parts of the store the host renders from: it updates when one of them changes. The window's state by default. */
  watch?: readonly WindowSelector[];
  /** Runs when the window's state changes, before the host updates. */
  onChange?: (window: WindowState | undefined, previous: WindowState | undefined) => void;
}

/**
 * What every element bound to one store window needs: the store and the localizer from context, the window's
 * state, and an update whenever what the element renders from changes, from connection to disconnection.
 */
export class WindowStateController implements ReactiveController {
  readonly #host: WindowStateHost;
  readonly #store: ContextConsumer<typeof storeContext, WindowStateHost>;
  readonly #localizer: ContextConsumer<typeof localizerContext, WindowStateHost>;
  readonly #defaultLocalizer = new Localizer();
  readonly #watch: readonly WindowSelector[];
  readonly #onChange?: WindowStateOptions['onChange'];
  #unsubscribes: Unsubscribe[] = [];

  constructor(host: WindowStateHost, { watch = [windowOf], onChange }: WindowStateOptions = {}) {
    this.#host = host;
    this.#store = new ContextConsumer(host, { context: storeContext });
    this.#localizer = new ContextConsumer(host, { context: localizerContext, subscribe: true });
    this.#watch = watch;
    this.#onChange = onChange;
    host.addController(this);
  }

  get store(): Store | undefined {
    return this.#store.value;
  }

  get localizer(): Localizer {
    return this.#localizer.value ?? this.#defaultLocalizer;
  }

  /** The host's window as the store has it now. */
  get window(): WindowState | undefined {
    return this.store && windowOf(this.store.state, this.#host.windowId);
  }

  /**
   * A landmark's name, told apart from the same landmark of the store's other windows ("Contents (Window 2)"), so
   * that a reader moving by landmarks knows which window each belongs to. Hosts with landmarks watch `windowIdsOf`.
   */
  landmark(name: string): string {
    const windowIds = this.store?.state.layout.windowIds ?? [];
    const index = windowIds.indexOf(this.#host.windowId);
    if (windowIds.length < 2 || index < 0) return name;
    const { msg } = this.localizer;
    return msg('window.landmark', { landmark: name, window: msg('workspace.window', { index: index + 1 }) });
  }

  /** Dispatches to the store, if there is one; bound, so it can be passed on. */
  readonly dispatch = (action: Action) => this.store?.dispatch(action);

  hostConnected() {
    const store = this.store;
    if (!store) return;
    const follow = <T>(select: (state: VellumState, windowId: string) => T, listener: (value: T, previous: T) => void) =>
      store.select((state) => select(state, this.#host.windowId), listener);
    const update = () => this.#host.requestUpdate();
    this.#unsubscribes = [...(this.#onChange ? [follow(windowOf, this.#onChange)] : []), ...this.#watch.map((select) => follow(select, update))];
  }

  hostDisconnected() {
    for (const unsubscribe of this.#unsubscribes) unsubscribe();
    this.#unsubscribes = [];
  }
}
