import { css } from 'lit';

export const mediumViewStyles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    height: 100%;
    background: var(--vellum-canvas-background, #3a3a3a);
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
    color: var(--vellum-canvas-color, #f2f1ee);
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
