import { css } from 'lit';

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
`;
