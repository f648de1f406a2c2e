import { css } from 'lit';
import { iconButtonLook } from '../styles/icon-button.styles.js';
import { token } from '../styles/tokens.js';

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
    ${iconButtonLook}
  }
  [part='button']:hover,
  [part='button'][aria-expanded='true'] {
    background: ${token('accent-background')};
  }
  [part='menu'] {
    position: absolute;
    top: 100%;
    inset-inline-end: 0;
    z-index: 3;
    display: flex;
    flex-direction: column;
    min-width: 12em;
    padding: 0.25em 0;
    border-radius: 0.375em;
    background: ${token('background')};
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
    color: ${token('accent')};
  }
  [part='item']:hover,
  [part='item']:focus-visible {
    background: ${token('accent-background')};
    /* Invisible, except in forced colours, where the background above is not shown. */
    outline: 2px solid transparent;
    outline-offset: -2px;
  }
  [part='button']:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
`;
