/** One suggested resource of a catalog. */
export interface CatalogItem {
  url: string;
  label: string;
}

/** A catalog given as a JSON array of URLs or `{ url, label }` objects, or as URLs separated by spaces; unusable entries are skipped. */
export function parseCatalog(value: string | null): CatalogItem[] {
  if (!value) return [];
  try {
    const items: unknown = JSON.parse(value);
    if (!Array.isArray(items)) return [];
    return items.flatMap((item) => {
      if (typeof item === 'string') return [{ url: item, label: item }];
      return typeof item?.url === 'string' ? [{ url: item.url, label: typeof item.label === 'string' ? item.label : item.url }] : [];
    });
  } catch {
    return value.split(/\s+/).filter(Boolean).map((url) => ({ url, label: url }));
  }
}
