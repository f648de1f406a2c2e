import { css } from 'lit';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const searchPanelStyles = [
  sidePanelStyles,
  css`
  /* The results scroll, not the whole panel, so the field and the steps stay in view. */
  :host {
    overflow: hidden;
    min-height: 0;
  }
  form,
  .steps {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  input {
    flex: 1;
    min-width: 0;
    font: inherit;
  }
  .steps span {
    flex: 1;
    text-align: center;
    color: ${token('muted-color')};
  }
  .status {
    margin: 0;
    color: ${token('muted-color')};
  }
  .status.error {
    color: ${token('error-color')};
  }
  .status:empty {
    display: none;
  }
  .results {
    flex: 1;
    min-height: 6em;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results ol {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  h3 {
    margin: 0.5em 0 0.25em;
    font-size: 0.85em;
    color: ${token('muted-color')};
  }
  [part='hit'] {
    width: 100%;
    padding: 0.375em 0.5em;
    border: 0;
    border-bottom: 1px solid ${token('border')};
    border-inline-start: 0.25em solid transparent;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    /* The words around a hit read in their own direction, whatever the direction of the chrome. */
    unicode-bidi: plaintext;
  }
  [part='hit'][aria-current='true'] {
    border-inline-start-color: ${token('accent')};
    background: ${token('accent-background')};
  }
  [part='hit']:hover {
    background: ${token('accent-background')};
  }
  :focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: -2px;
  }
  mark {
    background: ${token('search-match-background')};
    color: inherit;
  }
`,
];
