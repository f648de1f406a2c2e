import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { token } from '../styles/tokens.js';

export const viewerStyles = css`
  :host {
    display: block;
    position: relative;
    height: ${token('height')};
    min-width: 0;
    overflow: hidden;
    border: ${token('border-width')} solid ${token('border')};
    box-sizing: border-box;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:fullscreen) {
    height: 100%;
    border: 0;
  }
  vellum-window {
    height: 100%;
  }

  vellum-collection-browser,
  .loading {
    position: absolute;
    inset: 0;
  }
  .loading {
    display: grid;
    place-items: center;
    margin: 0;
    font-family: ${token('font')};
    font-size: ${token('font-size')};
    color: ${token('color')};
    background: ${token('background')};
  }
  .collection-controls {
    display: flex;
    align-items: center;
    gap: 0.25em;
    min-width: 0;
  }
  .collection-controls button {
    ${iconButtonLook}
  }
  .collection-controls button:hover {
    background: ${token('accent-background')};
  }
  .collection-controls select {
    max-width: 12em;
    font: inherit;
    font-size: 0.875em;
  }
  .collection-controls :focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
`;
