import type { Action } from './actions.js';
import { createInitialState, type VellumState } from './model.js';
import { reduce } from './reducer.js';
import { deserialize, serialize } from './serialize.js';

export type Listener = (state: VellumState, previous: VellumState) => void;
export type Selector<T> = (state: VellumState) => T;
export type Unsubscribe = () => void;

export class Store {
  #state: VellumState;
  readonly #listeners = new Set<Listener>();

  constructor(initial: VellumState = createInitialState()) {
    this.#state = initial;
  }

  get state(): VellumState {
    return this.#state;
  }

  dispatch(action: Action): void {
    const previous = this.#state;
    const next = reduce(previous, action);
    if (next === previous) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next, previous);
  }

  subscribe(listener: Listener): Unsubscribe {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` only when the selected value changes (by identity). */
  select<T>(selector: Selector<T>, listener: (value: T, previous: T) => void): Unsubscribe {
    let current = selector(this.#state);
    return this.subscribe((state) => {
      const next = selector(state);
      if (Object.is(next, current)) return;
      const previous = current;
      current = next;
      listener(next, previous);
    });
  }

  serialize(): string {
    return serialize(this.#state);
  }

  /** Replaces the whole state from JSON; throws a StateError and keeps the current state when it is invalid. */
  load(json: string): void {
    this.dispatch({ type: 'state/replace', state: deserialize(json) });
  }
}
