/** The search terms of a query: its words, and each phrase in double quotes as one term. */
export function termsOf(query: string): string[] {
  return [...query.matchAll(/"([^"]*\S[^"]*)"|(\S+)/g)].map(([, phrase, word]) => phrase?.trim().replace(/\s+/g, ' ') ?? word);
}

const escaped = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CONTEXT_LENGTH = 40;

/** Where `term` first occurs in `text` (case aside), with the text before and after it. */
export function quoteOf(text: string, term: string): { prefix: string; exact: string; suffix: string } | undefined {
  const found = new RegExp(escaped(term), 'iu').exec(text);
  if (!found) return undefined;
  const start = found.index;
  const end = start + found[0].length;
  return { prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), exact: found[0], suffix: text.slice(end, end + CONTEXT_LENGTH) };
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** How many characters after the typed ones a term of an unspaced script (Chinese, Japanese…) suggests. */
const UNSPACED_LOOKAHEAD = 2;

/** The words of a text: split at spaces, punctuation kept inside a word (o'brien, snake_case) but not around it; unspaced scripts split at punctuation too. */
function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .split(/\s+/)
    .flatMap((token) => (UNSPACED_SCRIPT.test(token) ? token.split(/\p{P}+/u) : [token.replace(/^\p{P}+|\p{P}+$/gu, '')]))
    .filter(Boolean);
}

/**
 * Completions of `prefix` in `texts` found at least `min` times, most frequent first. Words of spaced scripts complete to the
 * whole word; in scripts written without spaces, to the typed characters and the next two.
 */
export function completionsOf(texts: readonly string[], prefix: string, limit: number, min = 1): { term: string; count: number }[] {
  const typed = prefix.toLocaleLowerCase();
  const counts = new Map<string, number>();
  const count = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (UNSPACED_SCRIPT.test(word)) {
        for (let at = word.indexOf(typed); at >= 0; at = word.indexOf(typed, at + 1)) count(word.slice(at, at + typed.length + UNSPACED_LOOKAHEAD));
      } else if (word.startsWith(typed)) {
        count(word);
      }
    }
  }
  return [...counts]
    .map(([term, total]) => ({ term, count: total }))
    .filter(({ count }) => count >= min)
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}
