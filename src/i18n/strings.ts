/**
 * UI strings: French and English built in, and any language a site adds with `registerStrings`
 * (which may also override built-in strings, key by key). The element's language is its nearest
 * `lang` attribute (`LanguageController`); a language without strings falls back to English.
 */
const fr = {
  errorTitle: 'Ce contenu ne peut pas être affiché.',
  loading: 'Chargement…',
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  searchQuestions: 'Rechercher dans les questions',
  results: (n: number, total: number) => (n === 0 ? 'Aucun résultat' : n === 1 ? `1 résultat sur ${total}` : `${n} résultats sur ${total}`),
  noResults: 'Aucune question ne correspond à votre recherche.',
  copyLink: 'Copier le lien vers cette question',
  linkCopied: 'Lien copié',
  copyFailed: 'Copie impossible : sélectionnez l’adresse dans la barre du navigateur',
  filterRows: 'Filtrer les lignes',
  rows: (n: number, total: number) => `${n} ligne${n > 1 ? 's' : ''} sur ${total}`,
  noRows: 'Aucune ligne ne correspond au filtre.',
  tableRegion: 'Tableau',
  sorted: (column: string, direction: 'ascending' | 'descending' | 'none') =>
    direction === 'none' ? `Ordre d’origine rétabli` : `Trié par ${column}, ordre ${direction === 'ascending' ? 'croissant' : 'décroissant'}`,
  progress: (done: number, total: number) => `${done} sur ${total} cochée${done > 1 ? 's' : ''}`,
  progressLabel: 'Progression',
  complete: 'Tout est fait !',
  reset: 'Réinitialiser',
  undo: 'Annuler',
  resetDone: 'Cases décochées.',
  required: 'Cochez toutes les cases.',
  showMore: 'Lire la suite',
  showLess: 'Réduire',
  toc: 'Sommaire',
};

export type Strings = typeof fr;

const en: Strings = {
  errorTitle: 'This content cannot be displayed.',
  loading: 'Loading…',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  searchQuestions: 'Search the questions',
  results: (n, total) => (n === 0 ? 'No results' : n === 1 ? `1 result of ${total}` : `${n} results of ${total}`),
  noResults: 'No question matches your search.',
  copyLink: 'Copy the link to this question',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: select the address in the browser bar',
  filterRows: 'Filter rows',
  rows: (n, total) => `${n} of ${total} row${total > 1 ? 's' : ''}`,
  noRows: 'No row matches the filter.',
  tableRegion: 'Table',
  sorted: (column, direction) => (direction === 'none' ? 'Original order restored' : `Sorted by ${column}, ${direction}`),
  progress: (done, total) => `${done} of ${total} checked`,
  progressLabel: 'Progress',
  complete: 'All done!',
  reset: 'Reset',
  undo: 'Undo',
  resetDone: 'Checks cleared.',
  required: 'Check every item.',
  showMore: 'Show more',
  showLess: 'Show less',
  toc: 'Contents',
};

const builtIn = new Map<string, Strings>([
  ['fr', fr],
  ['en', en],
]);
const registered = new Map<string, Partial<Strings>>();
const resolved = new Map<string, Strings>();
const listeners = new Set<() => void>();

/** A language tag as compared here: `fr_FR` and `FR-fr` are `fr-fr`. */
function normalize(lang: string): string {
  return lang.trim().replace(/_/g, '-').toLowerCase();
}

const known = (tag: string) => builtIn.has(tag) || registered.has(tag);

/**
 * The UI language used for a page language: the exact tag if it has strings, else its primary
 * subtag (`fr-CA`, `fr_FR` → `fr`), else `en`.
 */
export function uiLanguage(lang: string): string {
  const tag = normalize(lang);
  if (known(tag)) return tag;
  const primary = tag.split('-')[0];
  return known(primary) ? primary : 'en';
}

/** Strings for a page language; each key missing from a registered set comes from French or English. */
export function stringsFor(lang: string): Strings {
  const ui = uiLanguage(lang);
  let result = resolved.get(ui);
  if (!result) {
    const primary = ui.split('-')[0];
    result = { ...(builtIn.get(ui) ?? builtIn.get(primary) ?? en), ...(ui !== primary ? registered.get(primary) : undefined), ...registered.get(ui) } as Strings;
    resolved.set(ui, result);
  }
  return result;
}

/**
 * Adds a UI language, or overrides strings of one (`registerStrings('fr', { reset: 'Tout
 * décocher' })`). Keys left out fall back to the built-in French (for `fr-*`) or English; calling
 * again for the same language replaces the previous set. Elements already on the page update.
 */
export function registerStrings(lang: string, strings: Partial<Strings>): void {
  const tag = normalize(lang);
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag)) throw new TypeError(`registerStrings: "${lang}" is not a language tag such as "de" or "pt-BR"`);
  registered.set(tag, { ...strings });
  resolved.clear();
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after each `registerStrings`. */
export function onStringsChange(listener: () => void): void {
  listeners.add(listener);
}
