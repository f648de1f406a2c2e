export type RightsKind = 'creative-commons' | 'rights-statement' | 'other';

export interface RightsLink {
  kind: RightsKind;
  /** A short readable name such as "CC BY 4.0" or "InC 1.0". */
  name: string;
}

const creativeCommons = /^https?:\/\/creativecommons\.org\/(?:licenses|publicdomain)\/([a-z-]+)\/([\d.]+)/i;
const rightsStatement = /^https?:\/\/rightsstatements\.org\/(?:vocab|page)\/([\w-]+)\/([\d.]+)/i;

export function describeRights(url: string): RightsLink {
  const cc = creativeCommons.exec(url);
  if (cc) {
    const name = cc[1] === 'zero' ? 'CC0' : cc[1] === 'mark' ? 'Public Domain Mark' : `CC ${cc[1].toUpperCase()}`;
    return { kind: 'creative-commons', name: `${name} ${cc[2]}` };
  }
  const rs = rightsStatement.exec(url);
  if (rs) return { kind: 'rights-statement', name: `${rs[1]} ${rs[2]}` };
  return { kind: 'other', name: url };
}
