/** OpenSeadragon ships only a UMD build; give it an ES default export under the dev server. */
export function umdDefaultExportPlugin() {
  return {
    name: 'umd-default-export',
    transform(context) {
      if (context.path.includes('/openseadragon/build/openseadragon/openseadragon.js')) {
        return { body: `${context.body}\nexport default globalThis.OpenSeadragon;\n` };
      }
    },
  };
}
