import { css } from 'lit';

export const adjustmentsPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    overflow: auto;
    padding: 0.75em 1em;
    background: var(--vellum-panel-background, var(--vellum-background, #fff));
    color: var(--vellum-color, #1f1f1f);
    font-size: 0.875em;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
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
    accent-color: var(--vellum-accent, #2457c5);
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
    border: 1px solid var(--vellum-border, #d6d3cc);
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
    background: color-mix(in srgb, var(--vellum-accent, #2457c5) 12%, transparent);
  }
  button[aria-pressed='true'] {
    color: var(--vellum-accent, #2457c5);
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
  .reset {
    align-self: start;
  }
`;
