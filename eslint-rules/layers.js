import path from 'node:path';

/**
 * The layers of DESIGN.md: a package imports only the packages below it, and only through their declared entry points
 * (never another package's files); a file outside the packages (demo, stories, tests) uses only entry points; a
 * confined module (OpenSeadragon) is imported only by the package it is confined to.
 *
 * Options: `layers`, lowest first: `{ name, dir, exports }` (dir absolute, exports the keys of package.json `exports`);
 * `confined`: module name to the name of the one package that may import it.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports within the layers of DESIGN.md' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array', items: { type: 'object' } },
          confined: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      upward: '{{from}} must not import {{to}}, a layer above it ({{order}}).',
      entryPoint: "'{{source}}' is not an entry point of {{to}}; its package.json exports {{exports}}.",
      files: "Import {{to}} through its entry points, not its files ('{{source}}').",
      confined: "Only {{owner}} imports '{{name}}'.",
    },
  },
  create(context) {
    const { layers = [], confined = {} } = context.options[0] ?? {};
    const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
    const layerOf = (file) => layers.findIndex((layer) => inside(file, layer.dir));
    const filename = context.filename;
    const own = layerOf(filename);
    const order = layers.map((layer) => layer.name).join(' < ');

    function check(node, source) {
      if (typeof source !== 'string' || source.startsWith('/')) return;
      const report = (messageId, data) => context.report({ node, messageId, data: { source, ...data } });
      if (source.startsWith('.')) {
        const target = layerOf(path.resolve(path.dirname(filename), source));
        if (target !== -1 && target !== own) report('files', { to: layers[target].name });
        return;
      }
      const specifier = source.split('?')[0];
      const segments = specifier.split('/');
      const nameLength = specifier.startsWith('@') ? 2 : 1;
      const name = segments.slice(0, nameLength).join('/');
      if (name in confined && layers[own]?.name !== confined[name]) report('confined', { name, owner: confined[name] });
      const target = layers.findIndex((layer) => layer.name === name);
      if (target === -1) return;
      if (own !== -1 && target > own) report('upward', { from: layers[own].name, to: name, order });
      const entry = ['.', ...segments.slice(nameLength)].join('/');
      const { exports } = layers[target];
      if (!exports.includes(entry)) {
        report('entryPoint', { to: name, exports: exports.map((key) => `'${path.posix.join(name, key)}'`).join(', ') });
      }
    }

    const checkSource = (node) => check(node.source, node.source?.value);
    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: checkSource,
      TSImportType: (node) => check(node.argument, node.argument?.literal?.value),
    };
  },
};
