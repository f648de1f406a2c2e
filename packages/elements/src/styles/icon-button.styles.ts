import { css } from 'lit';

/** The look of a square icon button in a bar, to put inside a rule for the buttons it applies to. */
export const iconButtonLook = css`
  display: inline-grid;
  place-items: center;
  flex: none;
  width: 2.25em;
  height: 2.25em;
  padding: 0;
  border: 0;
  border-radius: 0.375em;
  background: transparent;
  color: inherit;
  cursor: pointer;
`;
