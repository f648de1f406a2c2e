import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewerManifest } from '@vellum/iiif';
import type { MessageKey } from '../i18n/index.js';

export type KeyCommand =
  | 'previous'
  | 'next'
  | 'first'
  | 'last'
  | 'pan-up'
  | 'pan-down'
  | 'pan-left'
  | 'pan-right'
  | 'zoom-in'
  | 'zoom-out'
  | 'home'
  | 'rotate'
  | 'fullscreen'
  | 'next-hit'
  | 'previous-hit';

const fixedKeys: Record<string, KeyCommand> = {
  PageUp: 'previous',
  PageDown: 'next',
  Home: 'first',
  End: 'last',
  ArrowUp: 'pan-up',
  ArrowDown: 'pan-down',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'home',
  r: 'rotate',
  R: 'rotate',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'next-hit',
  N: 'previous-hit',
};

/** Sliders, fields and menus keep their own keys (arrows, Home, End, PageUp, PageDown). */
const fromFormControl = (event: KeyboardEvent) => {
  const origin = event.composedPath()[0];
  return origin instanceof HTMLInputElement || origin instanceof HTMLSelectElement || origin instanceof HTMLTextAreaElement;
};

/**
 * The window command for a key press; none for keys typed into a form control. Left and right turn pages in reading order (so they swap for
 * right-to-left books); with Shift they pan instead.
 */
export function commandForKey(event: KeyboardEvent, rightToLeft: boolean): KeyCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || fromFormControl(event)) return undefined;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    const towardsLeft = event.key === 'ArrowLeft';
    if (event.shiftKey) return towardsLeft ? 'pan-left' : 'pan-right';
    return towardsLeft !== rightToLeft ? 'previous' : 'next';
  }
  return fixedKeys[event.key];
}

type KeyboardHost = ReactiveControllerHost & HTMLElement & { readonly manifest: ViewerManifest | undefined };

/** Runs the window command of each key pressed in its host while a manifest is on show. */
export class KeyboardController implements ReactiveController {
  readonly #host: KeyboardHost;
  readonly #run: (command: KeyCommand) => void;

  constructor(host: KeyboardHost, run: (command: KeyCommand) => void) {
    this.#host = host;
    this.#run = run;
    host.addController(this);
  }

  hostConnected() {
    this.#host.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected() {
    this.#host.removeEventListener('keydown', this.#onKeyDown);
  }

  readonly #onKeyDown = (event: KeyboardEvent) => {
    const manifest = this.#host.manifest;
    if (!manifest || event.defaultPrevented) return;
    const command = commandForKey(event, manifest.viewingDirection === 'right-to-left');
    if (!command) return;
    event.preventDefault();
    this.#run(command);
  };
}

/** The shortcut list shown in the help popup. */
export const shortcutHelp: { keys: string[]; description: MessageKey }[] = [
  { keys: ['←', '→', 'PageUp', 'PageDown'], description: 'help.navigate' },
  { keys: ['Home', 'End'], description: 'help.firstLast' },
  { keys: ['↑', '↓', 'Shift + ←', 'Shift + →'], description: 'help.pan' },
  { keys: ['+', '-'], description: 'help.zoom' },
  { keys: ['0'], description: 'help.reset' },
  { keys: ['R'], description: 'help.rotate' },
  { keys: ['F'], description: 'help.fullscreen' },
  { keys: ['N', 'Shift + N'], description: 'help.hits' },
];
