// The theming page: switch presets, edit the main tokens live, and show the CSS to copy.
const form = document.getElementById('theme-form');
const preset = document.getElementById('preset');
const dsfrVars = document.getElementById('dsfr-vars');
const out = document.getElementById('css-out');

function update() {
  const data = new FormData(form);
  const name = data.get('preset');
  preset.href = `../themes/${name}.css`;
  dsfrVars.disabled = name !== 'dsfr';
  document.body.classList.toggle('page-dark', name === 'dark');
  const lines = [];
  for (const input of form.querySelectorAll('input[name^="--"]')) {
    if (!input.dataset.touched) continue;
    const value = input.value + (input.dataset.unit ?? '');
    document.documentElement.style.setProperty(input.name, value);
    lines.push(`  ${input.name}: ${value};`);
  }
  out.textContent = `/* preset: dist/themes/${name}.css */\n:root {\n${lines.join('\n')}\n}`;
}
form.addEventListener('input', (event) => {
  if (event.target.name?.startsWith('--')) event.target.dataset.touched = '1';
  update();
});
const requested = new URLSearchParams(location.search).get('preset');
if (requested) form.querySelector(`input[value="${CSS.escape(requested)}"]`)?.click();
update();
