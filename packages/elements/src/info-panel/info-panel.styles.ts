import { css } from 'lit';

export const infoPanelStyles = css`
  :host {
    display: block;
    overflow: auto;
    padding: 0.75rem 1rem;
    background: var(--vellum-panel-background, var(--vellum-background, #fff));
    color: var(--vellum-color, #1f1f1f);
    font-size: 0.875rem;
    line-height: 1.45;
  }
  header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .label {
    margin: 0;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  dl {
    margin: 0;
  }
  dt {
    margin-top: 0.75rem;
    font-weight: 600;
  }
  dd {
    margin: 0.125rem 0 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--vellum-accent, #2457c5);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rights {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .logo {
    display: block;
    max-width: 10rem;
    max-height: 4rem;
    margin-top: 0.25rem;
  }
  .value img {
    max-width: 100%;
  }
  button {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 0;
    border-radius: 0.25rem;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
`;
