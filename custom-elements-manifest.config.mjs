/**
 * Lit's internal reactive state (`state: true` in `static properties`) is
 * neither an attribute nor public API: leave it out of the manifest.
 */
function dropInternalState() {
  const stateByClass = new Map();
  return {
    name: 'dn-widgets:drop-internal-state',
    analyzePhase({ts, node}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const isState = (options) =>
        ts.isObjectLiteralExpression(options) &&
        options.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
      const state = properties.initializer.properties
        .filter((property) => ts.isPropertyAssignment(property) && isState(property.initializer))
        .map((property) => property.name.getText());
      stateByClass.set(node.name.getText(), new Set(state));
    },
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const state = stateByClass.get(declaration.name);
          if (!state) continue;
          declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName));
          declaration.members = declaration.members?.filter((member) => !state.has(member.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropInternalState()],
};
