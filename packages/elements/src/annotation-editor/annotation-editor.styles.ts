import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const annotationEditorStyles = css`
  :host {
    display: block;
    pointer-events: none;
    font-size: 0.875em;
  }
  [part='toolbar'],
  [part='form'] {
    pointer-events: auto;
    position: absolute;
    background: ${token('panel-background')};
    color: ${token('color')};
    border: 1px solid ${token('border')};
    border-radius: 0.375em;
    box-shadow: 0 0.125em 0.5em #0003;
  }
  [part='toolbar'] {
    top: 0.5em;
    left: 50%;
    translate: -50% 0;
    width: max-content;
    max-width: calc(100% - 1em);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    padding: 0.25em;
  }
  button {
    font: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid transparent;
    border-radius: 0.25em;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-color: currentColor;
    background: ${token('accent-background')};
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  :focus-visible {
    outline: 0.125em solid ${token('accent')};
    outline-offset: 0.0625em;
  }
  [part='status'] {
    min-width: 5em;
    padding-inline: 0.5em;
  }
  [part='form'] {
    top: 3.5em;
    inset-inline-end: 0.5em;
    width: min(18em, 80%);
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
  }
  label {
    display: grid;
    gap: 0.25em;
  }
  textarea,
  input[type='text'],
  input[type='number'] {
    font: inherit;
    padding: 0.25em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    border: none;
    padding: 0;
  }
  .region {
    display: grid;
    grid-template-columns: 1fr 1fr;
  }
  .region input {
    width: 100%;
    box-sizing: border-box;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--_swatch);
    vertical-align: middle;
  }
  .actions {
    display: flex;
    justify-content: space-between;
  }
  [part='error'] {
    pointer-events: auto;
    position: absolute;
    top: 0.5em;
    left: 50%;
    translate: -50% 0;
    background: ${token('panel-background')};
    padding: 0.25em 0.5em;
  }
`;
