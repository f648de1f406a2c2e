import type OpenSeadragon from 'openseadragon';
import type { DrawerKind } from './drawer-policy.js';

/** Readers who ask their system for less motion see every zoom, pan and page turn at once, with no fading tiles. */
function motionOptions(): OpenSeadragon.Options {
  const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return reduced ? { animationTime: 0, blendTime: 0, gestureSettingsTouch: { flickEnabled: false } } : {};
}

/** How a slot's OpenSeadragon viewer is set up: the slot's own controls, keys and CORS decisions replace its defaults. */
export function viewerOptions(element: HTMLElement, drawer: DrawerKind, showNavigator: boolean): OpenSeadragon.Options {
  return {
    element,
    drawer: drawer === 'webgl' ? ['webgl', 'canvas'] : 'canvas',
    showNavigationControl: false,
    showNavigator,
    navigatorDrawer: 'canvas',
    keyboardNavEnabled: false,
    // The surface around the slot takes the focus and the keys; a second, nameless tab stop inside it would be a trap.
    tabIndex: -1,
    // Many image servers (iipsrv among them) send no CORS headers on images: each image asks for CORS only when its server allows it.
    crossOriginPolicy: false,
    visibilityRatio: 0.2,
    ...motionOptions(),
  };
}
