/** Test helper: a Presentation 3 Collection served from a blob: URL, so that nesting needs no extra fixture file. */
export function servedCollection(label: string, items: { id: string; type: 'Manifest' | 'Collection'; label: string }[], behavior: string[] = []): string {
  const json = {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: `https://collections.example/${encodeURIComponent(label)}`,
    type: 'Collection',
    label: { en: [label] },
    behavior,
    items: items.map((item) => ({ ...item, label: { en: [item.label] } })),
  };
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}
