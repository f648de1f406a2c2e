import { css } from 'lit';

export const layersPanelStyles = css`
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
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0.5em;
    border: 1px solid var(--vellum-border, #d6d3cc);
    border-radius: 0.375em;
  }
  legend {
    font-weight: 600;
  }
  input[type='range'] {
    width: 100%;
    margin: 0;
    accent-color: var(--vellum-accent, #2457c5);
  }
  button {
    display: inline-grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    border: 0;
    border-radius: 0.375em;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
  }
`;
