/** What every Vellum event shares: it bubbles, crosses shadow roots, and carries what happened in `detail`. */
export class VellumEvent<T = undefined> extends Event {
  readonly detail: T;

  constructor(type: string, detail: T, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}
