import { css } from 'lit';

export const continuousViewStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 0;
    height: 100%;
    background: var(--vellum-canvas-background, #3a3a3a);
  }
  [part~='strip'] {
    position: absolute;
    inset: 0;
    overflow: auto;
    outline: none;
  }
  [part~='strip']:focus-visible {
    box-shadow: inset 0 0 0 2px var(--vellum-accent, #2457c5);
  }
  .track {
    position: relative;
  }
  [part~='item'] {
    position: absolute;
    contain: strict;
  }
  [part~='item'] vellum-medium-image {
    width: 100%;
    height: 100%;
  }
  [part~='current'] {
    outline: 2px solid var(--vellum-accent, #2457c5);
  }
`;
