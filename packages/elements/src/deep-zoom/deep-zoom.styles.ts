import { css } from 'lit';
import { token } from '../styles/tokens.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

export const deepZoomStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    position: relative;
    display: block;
    min-height: 0;
    background: ${token('canvas-background')};
    color: ${token('canvas-color')};
    --_annotation-color: ${token('annotation-color')};
    --_annotation-highlight: ${token('annotation-highlight')};
  }
  /* The image is laid out as the book reads, whatever the direction of the chrome. */
  .surface {
    direction: ltr;
    position: absolute;
    inset: 0;
    /* @vellum/annotations draws in here and reads these two tokens as they are, having no defaults of its own. */
    --vellum-annotation-color: var(--_annotation-color);
    --vellum-annotation-highlight: var(--_annotation-highlight);
  }
  .surface:focus-visible {
    outline: 3px solid ${token('accent')};
    outline-offset: -3px;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1em;
    text-align: center;
    pointer-events: none;
  }
  .spinner {
    width: 2.5em;
    height: 2.5em;
    border: 3px solid color-mix(in srgb, currentColor 30%, transparent);
    border-top-color: ${token('accent')};
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  .error,
  .message {
    max-width: 28em;
    padding: 0.75em 1em;
    border-radius: 0.375em;
  }
  .error {
    background: ${token('error-background')};
    color: ${token('error-color')};
  }
  .message {
    background: ${token('surface')};
    color: ${token('color')};
  }
  .notice {
    position: absolute;
    inset-inline: 0.5em;
    bottom: 0.5em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: fit-content;
    max-width: calc(100% - 1em);
    padding: 0.375em 0.5em;
    border-radius: 0.375em;
    background: ${token('notice-background')};
    color: ${token('notice-color')};
    font-size: 0.8125em;
  }
  .notice button {
    display: inline-grid;
    place-items: center;
    padding: 0.125em;
    border: 0;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
`,
];
