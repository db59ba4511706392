// The demo's language switch (French / English), remembered across pages. External file, so the
// strict-CSP intranet page runs it too.
const KEY = 'souverain-demo-lang';
const apply = (lang) => {
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
};
try {
  apply(localStorage.getItem(KEY) || 'fr');
} catch {
  apply('fr');
}
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-lang]');
  if (!button) return;
  apply(button.dataset.lang);
  try {
    localStorage.setItem(KEY, button.dataset.lang);
  } catch {
    /* storage unavailable: the switch still works for this page */
  }
});
