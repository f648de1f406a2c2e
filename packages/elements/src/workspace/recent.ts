import type { CatalogItem } from '@vellum/iiif';

const KEY = 'vellum-workspace-recent';
const LIMIT = 8;

/** A resource opened lately, kept in localStorage for every workspace of the site. */
export type RecentItem = CatalogItem;

export function readRecent(): RecentItem[] {
  try {
    const items: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(items) ? items.filter((item): item is RecentItem => typeof item?.url === 'string' && typeof item?.label === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts an item first in the recent list (blob URLs of dropped files are not kept: they die with the page). */
export function rememberRecent(item: RecentItem): RecentItem[] {
  const items = readRecent().filter((recent) => recent.url !== item.url);
  if (!item.url.startsWith('blob:')) items.unshift(item);
  const kept = items.slice(0, LIMIT);
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage may be full or denied; the list then lives for this page only.
  }
  return kept;
}
