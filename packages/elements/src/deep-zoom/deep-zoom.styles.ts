import { css } from 'lit';

export const deepZoomStyles = css`
  :host {
    position: relative;
    display: block;
    min-height: 0;
    background: var(--vellum-canvas-background, #2b2b2b);
    color: var(--vellum-canvas-color, #f4f4f4);
  }
  .surface {
    position: absolute;
    inset: 0;
    outline: none;
  }
  .surface:focus-visible {
    box-shadow: inset 0 0 0 3px var(--vellum-accent, #2457c5);
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
    border-top-color: var(--vellum-accent, #2457c5);
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
    background: var(--vellum-error-background, #fdecea);
    color: var(--vellum-error-color, #8a1c13);
  }
  .message {
    background: var(--vellum-surface, #f3f1ec);
    color: var(--vellum-color, #1f1f1f);
  }
  .notice {
    position: absolute;
    left: 0.5em;
    bottom: 0.5em;
    right: 0.5em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: fit-content;
    max-width: calc(100% - 1em);
    padding: 0.375em 0.5em;
    border-radius: 0.375em;
    background: var(--vellum-notice-background, #fff7d6);
    color: var(--vellum-notice-color, #4a3b00);
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
`;
