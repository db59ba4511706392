// The demo's language switch (French / English), remembered across pages. External file, so the
// strict-CSP intranet page runs it too.
const KEY = 'souverain-demo-lang';
const title = document.querySelector('title');
if (title) title.dataset.fr = title.textContent;
// The page's own text is written in both languages (lang="fr" and lang="en" blocks, one shown by
// demo.css); the elements follow the page's lang attribute by themselves.
const apply = (lang) => {
  document.documentElement.lang = lang;
  if (title?.dataset[lang]) document.title = title.dataset[lang];
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
