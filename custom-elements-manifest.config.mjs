// Custom Elements Manifest analyzer configuration: every element also lists the global tokens
// documented on its base class (the analyzer inherits members and attributes, not CSS properties).
export default {
  litelement: true,
  plugins: [
    {
      name: 'souverain-inherit-css-properties',
      packageLinkPhase({ customElementsManifest }) {
        const decls = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
        const base = decls.find((d) => d.name === 'SovElement');
        if (!base?.cssProperties) return;
        for (const d of decls) {
          if (!d.customElement || d.superclass?.name !== 'SovElement') continue;
          const own = new Set((d.cssProperties ?? []).map((p) => p.name));
          d.cssProperties = [...(d.cssProperties ?? []), ...base.cssProperties.filter((p) => !own.has(p.name))];
        }
      },
    },
  ],
};
