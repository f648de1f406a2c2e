import { css } from 'lit';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const adjustmentsPanelStyles = [
  sidePanelStyles,
  css`
  .share {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .slider {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125em 0.5em;
  }
  .slider input {
    grid-column: 1 / -1;
    width: 100%;
    margin: 0;
    accent-color: ${token('accent')};
  }
  output {
    font-variant-numeric: tabular-nums;
  }
  .orientation {
    display: flex;
    gap: 0.25em;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0 0.5em;
    border: 1px solid ${token('border')};
    border-radius: 0.375em;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  header button,
  .orientation button {
    padding: 0;
    border: 0;
  }
  button:hover {
    background: ${token('accent-background')};
  }
  button[aria-pressed='true'] {
    color: ${token('accent')};
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: 1px;
  }
  .reset {
    align-self: start;
  }
`,
];
