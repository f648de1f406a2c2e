/** What a custom-elements manifest leaves undescribed: one line per public element or element feature. */

const FEATURES = [
  ['attributes', 'attribute'],
  ['members', 'property'],
  ['events', 'event'],
  ['slots', 'slot'],
  ['cssParts', 'CSS part'],
  ['cssProperties', 'CSS custom property'],
];

const described = (item) => Boolean(item.description?.trim() || item.summary?.trim());
const isPublicProperty = (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';

/** @param {{ modules: { path: string, declarations?: object[] }[] }} manifest */
export function undocumented(manifest) {
  const gaps = new Set();
  for (const module of manifest.modules) {
    for (const element of module.declarations ?? []) {
      if (!element.customElement || !element.tagName) continue;
      if (!described(element)) gaps.add(`${module.path} <${element.tagName}>`);
      for (const [key, label] of FEATURES) {
        for (const item of element[key] ?? []) {
          if (described(item) || (key === 'members' && !isPublicProperty(item))) continue;
          const where = item.inheritedFrom ? `${item.inheritedFrom.module} ${item.inheritedFrom.name}` : `${module.path} <${element.tagName}>`;
          gaps.add(`${where}: ${label} ${item.name ?? `of type ${item.type?.text}`}`);
        }
      }
    }
  }
  return [...gaps];
}
