/** Old or macro-language codes read as the code a catalog or a language map is more likely to use. */
const ALIASES: Record<string, string> = { no: 'nb', iw: 'he', in: 'id', ji: 'yi' };

interface Subtags {
  tag: string;
  language: string;
  /** As written in the tag itself, if at all. */
  script?: string;
  region?: string;
  /** As Intl fills them in: `zh-TW` is written in Hant, `zh` is zh-Hans-CN. */
  likelyScript?: string;
  likelyRegion?: string;
}

function subtagsOf(tag: string): Subtags | undefined {
  try {
    const locale = new Intl.Locale(tag);
    const language = ALIASES[locale.language] ?? locale.language;
    const likely = new Intl.Locale(language, { script: locale.script, region: locale.region }).maximize();
    return { tag, language, script: locale.script, region: locale.region, likelyScript: likely.script, likelyRegion: likely.region };
  } catch {
    return undefined;
  }
}

/**
 * How well `key` serves a reader of `wanted`, from 6 (the same tag) down to 1 (the bare language in another
 * script), or 0 when it does not: the same language in the same script, preferring the same region. `zh-Hant-TW`
 * is served by `zh-TW`, then `zh-Hant`, then `zh-HK`, then `zh`; never by `zh-Hans` or `zh-CN`.
 */
function fit(wanted: Subtags, key: Subtags): number {
  if (key.tag.toLowerCase() === wanted.tag.toLowerCase()) return 6;
  if (key.language !== wanted.language) return 0;
  if (key.likelyScript !== wanted.likelyScript) return key.script || key.region ? 0 : 1;
  if (key.region && key.region === wanted.likelyRegion) return 5;
  return key.likelyRegion === wanted.likelyRegion ? 4 : 3;
}

/** The key of `available` that best serves a reader of `wanted` (BCP 47 tags), if any. */
export function closestLanguage(wanted: string, available: readonly string[]): string | undefined {
  const reader = subtagsOf(wanted);
  let best: { key: string; score: number } | undefined;
  for (const key of available) {
    const subtags = subtagsOf(key);
    const score = reader && subtags ? fit(reader, subtags) : key.toLowerCase() === wanted.toLowerCase() ? 6 : 0;
    if (score > (best?.score ?? 0)) best = { key, score };
  }
  return best?.key;
}

/** The key of `available` that serves the first of the reader's languages, in their order, that any key serves. */
export function matchLanguage(available: readonly string[], languages: readonly string[]): string | undefined {
  for (const language of languages) {
    const key = closestLanguage(language, available);
    if (key) return key;
  }
  return undefined;
}
