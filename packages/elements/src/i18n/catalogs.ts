import type { Catalog } from './en.js';

/**
 * The UI languages besides English (built in), by BCP 47 tag: each catalog loads, as a chunk of its own, when a
 * reader needs it. Adding a language is one file (a `Catalog`) and one line here.
 */
export const catalogLoaders: Record<string, () => Promise<Catalog>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
  cs: () => import('./cs.js').then((module) => module.cs),
  da: () => import('./da.js').then((module) => module.da),
  de: () => import('./de.js').then((module) => module.de),
  es: () => import('./es.js').then((module) => module.es),
  fa: () => import('./fa.js').then((module) => module.fa),
  fi: () => import('./fi.js').then((module) => module.fi),
  fr: () => import('./fr.js').then((module) => module.fr),
  he: () => import('./he.js').then((module) => module.he),
  hi: () => import('./hi.js').then((module) => module.hi),
  it: () => import('./it.js').then((module) => module.it),
  ja: () => import('./ja.js').then((module) => module.ja),
  ko: () => import('./ko.js').then((module) => module.ko),
  nb: () => import('./nb.js').then((module) => module.nb),
  nl: () => import('./nl.js').then((module) => module.nl),
  pl: () => import('./pl.js').then((module) => module.pl),
  'pt-BR': () => import('./pt-BR.js').then((module) => module.ptBR),
  ru: () => import('./ru.js').then((module) => module.ru),
  sv: () => import('./sv.js').then((module) => module.sv),
  tr: () => import('./tr.js').then((module) => module.tr),
  uk: () => import('./uk.js').then((module) => module.uk),
  'zh-CN': () => import('./zh-CN.js').then((module) => module.zhCN),
  'zh-TW': () => import('./zh-TW.js').then((module) => module.zhTW),
};
