import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';

export const viewerStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--vellum-height, 600px);
    min-width: 0;
    overflow: hidden;
    border: var(--vellum-border-width, 1px) solid var(--vellum-border, #d6d3cc);
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
    font-family: var(--vellum-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--vellum-font-size, 16px);
    color: var(--vellum-color, #1f1f1f);
    background: var(--vellum-background, #fff);
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
    background: color-mix(in srgb, var(--vellum-accent, #2457c5) 12%, transparent);
  }
  .collection-controls select {
    max-width: 12em;
    font: inherit;
    font-size: 0.875em;
  }
  .collection-controls :focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
`;
