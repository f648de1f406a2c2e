import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const exportMenuStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  h4 {
    margin: 0.25em 0 0;
    font-size: 1em;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 1.75em;
    color: ${token('accent')};
  }
  a svg {
    width: 1em;
    height: 1em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  select,
  input {
    font: inherit;
    min-width: 0;
  }
  input {
    width: 100%;
    box-sizing: border-box;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.25em;
    padding: 0 0.625em;
    border: 1px solid ${token('border')};
    border-radius: 0.375em;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
  .notice {
    margin: 0;
    padding: 0.5em;
    border-radius: 0.375em;
    background: color-mix(in srgb, ${token('error-color')} 10%, transparent);
    color: ${token('error-color')};
  }
  .hint,
  .status {
    margin: 0;
    font-size: 0.875em;
  }
  .status:empty {
    display: none;
  }
`;
