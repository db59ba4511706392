// API tables generated from custom-elements.json for the element pages in docs/elements/.

export function declarations(manifest) {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const type = (t) => (t?.text ? `\`${cell(t.text)}\`` : '');

export function apiTables(manifest, tag) {
  const d = declarations(manifest).find((x) => x.tagName === tag);
  // The global tokens every element inherits are listed once, in docs/theming.md.
  const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.name === 'SovElement');
  const global = new Set((base?.cssProperties ?? []).map((p) => p.name));
  if (!d) return `_\`<${tag}>\` is not in custom-elements.json._`;
  const out = [];
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
  const attrs = d.attributes ?? [];
  if (fields.length) {
    out.push('| property | attribute | type | default | description |', '|---|---|---|---|---|');
    for (const f of fields) {
      const attr = attrs.find((a) => a.fieldName === f.name);
      out.push(`| \`${f.name}\` | ${attr ? `\`${attr.name}\`` : ''} | ${type(f.type)} | ${f.default ? `\`${cell(f.default)}\`` : ''} | ${cell(f.description)} |`);
    }
    out.push('');
  }
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && m.name !== 'render' && !m.name.startsWith('form'));
  if (methods.length) {
    out.push('| method | description |', '|---|---|');
    for (const m of methods) out.push(`| \`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\` | ${cell(m.description)} |`);
    out.push('');
  }
  if (d.events?.length) {
    out.push('| event | detail type | description |', '|---|---|---|');
    for (const e of d.events) out.push(`| \`${e.name}\` | ${type(e.type)} | ${cell(e.description)} |`);
    out.push('');
  }
  out.push('| slot | description |', '|---|---|');
  if (d.slots?.length) for (const s of d.slots) out.push(`| \`${s.name || '(default)'}\` | ${cell(s.description)} |`);
  else out.push('| — | No slots: content comes from the sources above; authored children are read, not slotted. |');
  out.push('');
  if (d.cssParts?.length) {
    out.push('| CSS part | description |', '|---|---|');
    for (const p of d.cssParts) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  const own = (d.cssProperties ?? []).filter((p) => !global.has(p.name));
  if (own.length) {
    out.push('| CSS custom property | default | description |', '|---|---|---|');
    for (const p of own) out.push(`| \`${p.name}\` | ${p.default ? `\`${cell(p.default)}\`` : ''} | ${cell(p.description)} |`);
  }
  return out.join('\n').trim();
}
