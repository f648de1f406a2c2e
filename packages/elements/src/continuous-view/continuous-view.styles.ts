import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const continuousViewStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 0;
    height: 100%;
    background: ${token('canvas-background')};
  }
  /* Pages are placed and scrolled as the book reads, whatever the direction of the chrome. */
  [part~='strip'] {
    direction: ltr;
    position: absolute;
    inset: 0;
    overflow: auto;
  }
  [part~='strip']:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: -2px;
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
    outline: 2px solid ${token('accent')};
  }
`;
