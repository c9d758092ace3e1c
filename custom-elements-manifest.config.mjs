/** Private reactive state (Lit `state: true`) is not an attribute: leave it out of the manifest. */
function dropPrivateAttributes() {
  return {
    name: 'dn-widgets:drop-private-attributes',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
          }
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
  plugins: [dropPrivateAttributes()],
};
