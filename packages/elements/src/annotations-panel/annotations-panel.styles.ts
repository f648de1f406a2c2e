import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const annotationsPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-height: 0;
    padding: 0.75em 1em;
    background: ${token('panel-background')};
    color: ${token('color')};
    font-size: 0.875em;
  }
  header,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.375em;
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
  .count {
    margin: 0;
    color: ${token('muted-color')};
  }
  .list {
    flex: 1;
    min-height: 6em;
    overflow: auto;
    position: relative;
  }
  .item {
    position: absolute;
    inset-inline: 0;
    height: 3em;
  }
  .row {
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: center;
    padding: 0 0.5em;
    border: 0;
    border-bottom: 1px solid ${token('border')};
    border-inline-start: 0.25em solid var(--_colour);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .row[aria-current='true'],
  .row:hover,
  .row:focus-visible {
    background: ${token('annotation-highlight-background')};
  }
  .row:focus-visible {
    outline: 2px solid ${token('accent')};
    outline-offset: -2px;
  }
  .text,
  .kind {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .kind {
    font-size: 0.8em;
    color: ${token('muted-color')};
  }
  .tag-colour {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .page {
    font-weight: bold;
  }
  .own {
    font-weight: bold;
    color: ${token('accent')};
  }
  .actions {
    display: flex;
    gap: 0.375em;
  }
  .bodies {
    max-height: 40%;
    overflow: auto;
    padding: 0.5em;
    border: 1px solid ${token('border')};
    border-radius: 0.25em;
    overflow-wrap: anywhere;
  }
  .bodies p,
  .bodies .html {
    margin: 0 0 0.375em;
  }
  .bodies img {
    display: block;
    max-width: 100%;
    max-height: 10em;
  }
  .sources form,
  .exchange {
    display: flex;
    gap: 0.375em;
    margin-top: 0.375em;
  }
  .sources input[type='url'] {
    flex: 1;
    min-width: 0;
  }
  .file {
    position: relative;
    padding: 0.125em 0.5em;
    border: 1px solid ${token('border')};
    border-radius: 0.25em;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 2px solid ${token('accent')};
  }
  .file input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .notice {
    margin: 0.375em 0 0;
  }
  .notice.error {
    color: ${token('error-color')};
  }
`;
