// `souverain/sanitize` with the real DOMPurify (on jsdom, as a Node CMS runs it) and the real
// sanitize-html: both forms of every element keep every documented attribute and the authored
// structure; the hostile inputs lose every script, event handler and unsafe URL. The presets'
// attribute lists are checked against custom-elements.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import sanitize from 'sanitize-html';
import { JSDOM } from 'jsdom';
import * as presets from 'souverain/sanitize';
import { documented, widgetCases, hostileCases, dangers, losses } from './cases.mjs';

const purify = createDOMPurify(new JSDOM('').window);
const hostile = await hostileCases();

test('presets: attribute lists equal custom-elements.json', () => {
  const fromManifest = Object.fromEntries(Object.entries(documented).map(([tag, attrs]) => [tag, attrs.map((a) => a.name).sort()]));
  assert.deepEqual(Object.fromEntries(Object.entries(presets.elementAttributes).map(([t, a]) => [t, [...a]])), fromManifest);
  const all = [...new Set(Object.values(fromManifest).flat())];
  assert.deepEqual([...presets.containerAttributes].sort(), ['data-sov', ...all.map((a) => `data-sov-${a}`)].sort());
  assert.deepEqual(presets.containerNames.sort(), Object.keys(fromManifest).map((t) => t.slice(4)).sort());
  for (const [tag, attrs] of Object.entries(fromManifest)) {
    for (const a of attrs) {
      assert.ok(presets.dompurify.CUSTOM_ELEMENT_HANDLING.attributeNameCheck(a, tag), `dompurify: ${tag}[${a}]`);
      assert.ok(presets.sanitizeHtml.allowedAttributes[tag].includes(a), `sanitize-html: ${tag}[${a}]`);
      assert.match(presets.tinymce.extended_valid_elements, new RegExp(`(^|,)${tag}\\[[^\\]]*\\b${a}\\b`), `tinymce: ${tag}[${a}]`);
      assert.ok(`data-sov-${a}` in presets.ckeditor5.htmlSupport.allow[0].attributes, `ckeditor5: div[data-sov-${a}]`);
    }
  }
  assert.ok(!presets.dompurify.CUSTOM_ELEMENT_HANDLING.attributeNameCheck('onclick', 'sov-faq'));
  assert.ok(!presets.dompurify.CUSTOM_ELEMENT_HANDLING.attributeNameCheck('sortable', 'sov-faq'), 'each element keeps only its own attributes');
});

test('docs: the Drupal allowed-tags list names every container attribute', () => {
  const drupal = readFileSync(new URL('../../docs/cms/drupal.md', import.meta.url), 'utf8');
  const line = drupal.split('\n').find((l) => l.startsWith('<div id data-sov '));
  assert.deepEqual(line.slice(5, -1).split(' ').slice(1).sort(), [...presets.containerAttributes].sort());
});

test('presets: sanitize-html preset extends the installed sanitize-html defaults', () => {
  for (const tag of sanitize.defaults.allowedTags) assert.ok(presets.sanitizeHtml.allowedTags.includes(tag), tag);
  for (const attr of sanitize.defaults.allowedSchemesAppliedToAttributes) assert.ok(presets.sanitizeHtml.allowedSchemesAppliedToAttributes.includes(attr), attr);
});

const filters = {
  DOMPurify: (html) => purify.sanitize(html, presets.dompurify),
  'sanitize-html': (html) => sanitize(html, presets.sanitizeHtml),
};

for (const [name, run] of Object.entries(filters)) {
  test(`${name} + preset: every element in both forms keeps its attributes and structure`, () => {
    const report = widgetCases().flatMap((w) => losses(run(w.html), w).map((l) => `${w.name}: ${l}`));
    assert.deepEqual(report, []);
  });

  test(`${name} + preset: no script, event handler or unsafe URL survives ${hostile.length} hostile inputs`, () => {
    const report = hostile.flatMap((h) => dangers(run(h)).map((d) => `${d}  <=  ${h.slice(0, 80)}`));
    assert.deepEqual(report, []);
  });
}

// Controls: without the presets, the same checks fail (so they can fail).
test('controls: DOMPurify defaults and a tag-only custom-element rule lose the widgets', () => {
  const faq = widgetCases().find((w) => w.name === '<sov-faq>');
  assert.ok(losses(purify.sanitize(faq.html), faq).includes('sov-faq removed'));
  const tagOnly = purify.sanitize(faq.html, { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^sov-/ } });
  assert.ok(losses(tagOnly, faq).includes('[content] removed'));
  const container = widgetCases().find((w) => w.form === 'container' && w.tag === 'sov-faq');
  assert.ok(losses(sanitize(container.html), container).includes('div[data-sov="faq"] removed'));
  assert.notDeepEqual(dangers('<a href="javascript:alert(1)" onclick="x">x</a><script></script>'), []);
});
