import { decodeContentState, type ResourceTarget } from './content-state.js';
import { targetsOfText } from './drop.js';

/** Typed input: a URL, content-state JSON or a link opens as it is; anything else is read as base64url content state. */
export function targetsOfInput(text: string): ResourceTarget[] {
  const trimmed = text.trim();
  return /^(https?:|\{)/i.test(trimmed) ? targetsOfText(trimmed) : decodeContentState(trimmed);
}
