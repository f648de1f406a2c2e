import { css } from 'lit';

export const collectionBrowserStyles = css`
  :host {
    /* Nothing the page sets reaches past here, as in the window. */
    all: initial;
    display: block;
    overflow: auto;
    font-family: var(--vellum-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--vellum-font-size, 16px);
    line-height: 1.4;
    color: var(--vellum-color, #1f1f1f);
    background: var(--vellum-background, #fff);
  }
  :host([hidden]) {
    display: none;
  }
  .browser {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    max-width: 48em;
    margin: 0 auto;
    padding: 1em;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    font-size: 0.875em;
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol li + li::before {
    content: '/';
    padding: 0 0.5em;
    color: color-mix(in srgb, currentColor 70%, transparent);
  }
  ol li[aria-current] {
    font-weight: 600;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
  }
  p {
    margin: 0;
  }
  .error {
    color: var(--vellum-error-color, #8a1c13);
  }
  ul {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part~='up'],
  [part~='crumb'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--vellum-border, #d6d3cc);
    border-radius: 0.375em;
    background: var(--vellum-surface, #f4f2ee);
  }
  [part~='crumb'] {
    border: 0;
    background: transparent;
    text-decoration: underline;
  }
  [part~='item'] {
    display: grid;
    grid-template-columns: 3.5em 1fr auto;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--vellum-border, #d6d3cc);
    border-radius: 0.5em;
    background: var(--vellum-surface, #f4f2ee);
    text-align: start;
  }
  [part~='item']:hover {
    border-color: var(--vellum-accent, #2457c5);
  }
  [part~='item'][aria-busy='true'] {
    opacity: 0.6;
  }
  button:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 2px;
  }
  img,
  .icon {
    width: 3.5em;
    height: 3.5em;
    object-fit: contain;
  }
  .icon {
    display: grid;
    place-items: center;
    border-radius: 0.375em;
    background: var(--vellum-canvas-background, #e8e5de);
    color: var(--vellum-accent, #2457c5);
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .kind {
    font-size: 0.8125em;
    color: color-mix(in srgb, currentColor 70%, transparent);
  }
`;
