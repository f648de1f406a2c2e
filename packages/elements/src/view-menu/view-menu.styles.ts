import { css } from 'lit';

export const viewMenuStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part='button'] {
    display: inline-grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    border: 0;
    border-radius: 0.375em;
    background: transparent;
  }
  [part='button']:hover,
  [part='button'][aria-expanded='true'] {
    background: color-mix(in srgb, var(--vellum-accent, #2457c5) 12%, transparent);
  }
  [part='menu'] {
    position: absolute;
    top: 100%;
    right: 0;
    z-index: 3;
    display: flex;
    flex-direction: column;
    min-width: 12em;
    padding: 0.25em 0;
    border-radius: 0.375em;
    background: var(--vellum-background, #fff);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    font-size: 0.875em;
  }
  [part='item'] {
    display: flex;
    gap: 0.5em;
    padding: 0.375em 0.75em;
    border: 0;
    background: transparent;
    text-align: start;
  }
  [part='item']::before {
    content: '';
    width: 1em;
  }
  [part='item'][aria-checked='true']::before {
    content: '✓';
    color: var(--vellum-accent, #2457c5);
  }
  [part='item']:hover,
  [part='item']:focus-visible {
    background: color-mix(in srgb, var(--vellum-accent, #2457c5) 12%, transparent);
    outline: none;
  }
  [part='button']:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
`;
