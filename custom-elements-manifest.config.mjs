/**
 * The custom-elements manifest of an element package, from its JSDoc. `pnpm manifest` runs it in the folder of every
 * package whose package.json lists `customElements`; test/docs/check-manifest.mjs checks that everything is described.
 */

const classes = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.kind === 'class');

/**
 * The elements are registered in a loop over the `elements` map of `src/define.ts`, which the analyzer cannot follow:
 * each entry of the map becomes a custom-element definition, so that its class gets its tag.
 */
function tagsFromDefine() {
  let definitions;
  return {
    name: 'vellum-tags-from-define',
    initialize() {
      definitions = [];
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== 'src/define.ts' || !ts.isVariableDeclaration(node) || node.name.getText() !== 'elements') return;
      if (!node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
      for (const entry of node.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isIdentifier(entry.initializer)) continue;
        const definition = { kind: 'custom-element-definition', name: entry.name.text, declaration: { name: entry.initializer.text } };
        moduleDoc.exports.push(definition);
        definitions.push(definition);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of definitions) {
        const home = customElementsManifest.modules.find((module) => module.declarations?.some((item) => item.name === declaration.name));
        if (home) declaration.module = home.path;
      }
    },
  };
}

/** Fields filled from a `@consume`d context are the host's business, not the element's API. */
function withoutConsumedFields() {
  let consumed;
  return {
    name: 'vellum-without-consumed-fields',
    initialize() {
      consumed = new Set();
    },
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
        const fromContext = decorators.some(({ expression }) => ts.isCallExpression(expression) && expression.expression.getText() === 'consume');
        if (fromContext) consumed.add(`${node.name.text}.${member.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        declaration.members = declaration.members?.filter(
          (member) => !consumed.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`),
        );
      }
    },
  };
}

/**
 * The analyzer names an event found in `this.dispatchEvent(new VellumSomethingEvent(...))` after the constructor's
 * first argument. Name it from the event class's `static type` instead, and merge it with the `@fires` of that name.
 */
function eventNamesFromClasses() {
  return {
    name: 'vellum-event-names-from-classes',
    packageLinkPhase({ customElementsManifest }) {
      const all = classes(customElementsManifest);
      const typeOf = new Map();
      for (const declaration of all) {
        const type = declaration.members?.find((member) => member.static && member.name === 'type')?.default;
        if (type) typeOf.set(declaration.name, type.slice(1, -1));
      }
      for (const declaration of all) {
        if (!declaration.events) continue;
        const byName = new Map();
        for (const event of declaration.events) {
          const name = typeOf.get(event.type?.text) ?? event.name;
          byName.set(name, { ...byName.get(name), ...event, name });
        }
        declaration.events = [...byName.values()];
      }
    },
  };
}

/** An attribute described in the class's JSDoc (`@attr`) describes the property behind it too. */
function fieldsDescribedByAttributes() {
  return {
    name: 'vellum-fields-described-by-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of classes(customElementsManifest)) {
        for (const attribute of declaration.attributes ?? []) {
          const field = declaration.members?.find((member) => member.name === attribute.fieldName);
          if (field && !field.description && attribute.description) field.description = attribute.description;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/testing/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [tagsFromDefine(), withoutConsumedFields(), eventNamesFromClasses(), fieldsDescribedByAttributes()],
};
