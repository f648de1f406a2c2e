import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const mediumViewStyles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    height: 100%;
    background: ${token('canvas-background')};
  }
  .stage {
    position: absolute;
    inset: 0;
    container-type: size;
    display: grid;
    place-items: center;
  }
  vellum-medium-image {
    width: min(100cqw, 100cqh * var(--_ratio));
    aspect-ratio: var(--_ratio);
  }
  [part~='message'] {
    color: ${token('canvas-color')};
  }
  @media print {
    :host {
      overflow: visible;
      background: none;
    }
    .stage {
      position: static;
      width: 100%;
      height: 100vh;
      break-inside: avoid;
    }
  }
`;
