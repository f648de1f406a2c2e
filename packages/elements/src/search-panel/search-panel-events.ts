import { VellumEvent } from '../events/vellum-event.js';

/** The user searched for `query` (an empty query clears the search). Bubbles out of the viewer, for the page to follow. */
export class VellumSearchEvent extends VellumEvent<{ query: string }> {
  static readonly type = 'vellum-search';
  constructor(query: string) {
    super(VellumSearchEvent.type, { query });
  }
}

/** What the user has typed so far in the search field, for the autocomplete. */
export class VellumSearchInputEvent extends VellumEvent<{ text: string }> {
  static readonly type = 'vellum-search-input';
  constructor(text: string) {
    super(VellumSearchInputEvent.type, { text });
  }
}

/** The user asked to see a result (its index among the results). */
export class VellumSearchShowEvent extends VellumEvent<{ index: number }> {
  static readonly type = 'vellum-search-show';
  constructor(index: number) {
    super(VellumSearchShowEvent.type, { index });
  }
}

/** The user asked for the next (1) or previous (-1) result. */
export class VellumSearchStepEvent extends VellumEvent<{ direction: 1 | -1 }> {
  static readonly type = 'vellum-search-step';
  constructor(direction: 1 | -1) {
    super(VellumSearchStepEvent.type, { direction });
  }
}

/** The user asked for the next page of results. */
export class VellumSearchMoreEvent extends VellumEvent {
  static readonly type = 'vellum-search-more';
  constructor() {
    super(VellumSearchMoreEvent.type, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vellum-search': VellumSearchEvent;
    'vellum-search-input': VellumSearchInputEvent;
    'vellum-search-show': VellumSearchShowEvent;
    'vellum-search-step': VellumSearchStepEvent;
    'vellum-search-more': VellumSearchMoreEvent;
  }
}
