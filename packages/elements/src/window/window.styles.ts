import { css } from 'lit';

export const windowStyles = css`
  :host {
    display: block;
    height: 100%;
    min-height: 0;
    container-type: inline-size;
    font-family: var(--vellum-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--vellum-color, #1f1f1f);
    background: var(--vellum-background, #fff);
  }
  .window {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  header[part='header'],
  nav {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem 0.5rem;
    background: var(--vellum-surface, #f2f1ee);
  }
  .title {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: 1rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .body {
    position: relative;
    flex: 1;
    min-height: 0;
    display: flex;
  }
  .stage {
    position: relative;
    flex: 1;
    min-width: 0;
  }
  vellum-deep-zoom {
    position: absolute;
    inset: 0;
  }
  vellum-info-panel {
    flex: 0 0 min(22rem, 40%);
    border-left: 1px solid var(--vellum-border, #d6d3cc);
  }
  .toolbar {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .toolbar button {
    background: var(--vellum-control-background, rgb(255 255 255 / 0.9));
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  }
  nav {
    justify-content: space-between;
  }
  .where {
    display: flex;
    flex: 1;
    min-width: 0;
    justify-content: center;
    gap: 0.5rem;
    font-size: 0.875rem;
  }
  .canvas-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  button {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: 0.375rem;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--vellum-accent, #2457c5) 12%, transparent);
  }
  button[aria-pressed='true'] {
    color: var(--vellum-accent, #2457c5);
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--vellum-accent, #2457c5);
    outline-offset: 1px;
  }
  .help {
    position: absolute;
    top: 2.75rem;
    right: 0.5rem;
    z-index: 2;
    max-width: min(22rem, calc(100% - 1rem));
    padding: 0.5rem 0.75rem;
    border-radius: 0.375rem;
    background: var(--vellum-background, #fff);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    font-size: 0.8125rem;
  }
  .help header {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .help h3 {
    margin: 0;
    font-size: 0.9375rem;
  }
  .help dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  .help dd {
    margin: 0;
  }
  kbd {
    padding: 0 0.25rem;
    border: 1px solid var(--vellum-border, #d6d3cc);
    border-radius: 0.25rem;
    font-family: inherit;
    font-size: 0.75rem;
  }
  .message {
    display: grid;
    place-content: center;
    gap: 0.5rem;
    height: 100%;
    padding: 1rem;
    text-align: center;
  }
  .error {
    color: var(--vellum-error-color, #8a1c13);
  }
  .skeleton {
    width: min(12rem, 60vw);
    height: 8rem;
    margin: auto;
    border-radius: 0.375rem;
    background: linear-gradient(90deg, #e6e3dc, #f2f1ee, #e6e3dc);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @container (max-width: 600px) {
    vellum-info-panel {
      position: absolute;
      inset: 0;
      z-index: 1;
      border-left: 0;
    }
  }
  @container (max-width: 420px) {
    .canvas-label {
      display: none;
    }
    .toolbar {
      top: 0.25rem;
      right: 0.25rem;
    }
    button {
      width: 2rem;
      height: 2rem;
    }
  }
`;
