/**
 * UI strings in French and English. The element's language is its nearest `lang` attribute
 * (`LanguageController`); anything that is not French falls back to English.
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

const strings: Record<string, Strings> = { fr, en };

/** The UI language used for a page language: "fr" for any French, else "en". */
export function uiLanguage(lang: string): 'fr' | 'en' {
  return /^fr\b/i.test(lang) ? 'fr' : 'en';
}

/** Strings for a page language. */
export function stringsFor(lang: string): Strings {
  return strings[uiLanguage(lang)];
}
