import { expect, fixture, html } from '@open-wc/testing';
import '../checklist/sov-checklist.js';
import type { SovChecklist } from '../checklist/checklist.js';
import { registerStrings, stringsFor, uiLanguage } from './strings.js';
import { settled, shadow } from '../test-utils/helpers.js';

const block = { type: 'checklist', title: 'Liste', items: [{ text: 'Un' }, { text: 'Deux' }] };
const resetButton = (el: SovChecklist) => shadow(el).querySelector<HTMLElement>('.reset')!;

describe('UI strings', () => {
  it('takes language tags with "_" and in any case', () => {
    expect(uiLanguage('fr_FR')).to.equal('fr');
    expect(uiLanguage('FR-ca')).to.equal('fr');
    expect(uiLanguage(' Fr ')).to.equal('fr');
    expect(uiLanguage('EN_gb')).to.equal('en');
    expect(uiLanguage('de')).to.equal('en');
    expect(uiLanguage('')).to.equal('en');
    expect(stringsFor('fr_FR').reset).to.equal('Réinitialiser');
  });

  it('speaks French in an element under lang="fr_FR"', async () => {
    const el = await fixture<SovChecklist>(html`<sov-checklist lang="fr_FR" persist="none" .data=${block}></sov-checklist>`);
    await settled(el);
    expect(resetButton(el).textContent!.trim()).to.equal('Réinitialiser');
    expect(shadow(el).querySelector('[part~="controls"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('adds a language whose missing keys fall back to English, and updates elements already on the page', async () => {
    const el = await fixture<SovChecklist>(html`<sov-checklist lang="de-AT" persist="none" .data=${block}></sov-checklist>`);
    await settled(el);
    expect(resetButton(el).textContent!.trim()).to.equal('Reset');
    registerStrings('de', { reset: 'Zurücksetzen', progress: (done, total) => `${done} von ${total} erledigt` });
    await el.updateComplete;
    expect(resetButton(el).textContent!.trim()).to.equal('Zurücksetzen');
    expect(shadow(el).querySelector('[part~="controls"]')!.getAttribute('lang')).to.equal('de');
    expect(shadow(el).querySelector('progress')!.getAttribute('aria-valuetext')).to.equal('0 von 2 erledigt');
    expect(stringsFor('de').undo).to.equal('Undo');
    registerStrings('de', { reset: 'Neu beginnen' });
    await el.updateComplete;
    expect(resetButton(el).textContent!.trim()).to.equal('Neu beginnen');
  });

  it('overrides built-in strings key by key, the others kept', async () => {
    try {
      registerStrings('FR', { reset: 'Tout décocher' });
      expect(stringsFor('fr-BE').reset).to.equal('Tout décocher');
      expect(stringsFor('fr').undo).to.equal('Annuler');
      expect(stringsFor('en').reset).to.equal('Reset');
    } finally {
      registerStrings('fr', {});
    }
    expect(stringsFor('fr').reset).to.equal('Réinitialiser');
  });

  it('rejects a name that is not a language tag', () => {
    expect(() => registerStrings('français', {})).to.throw(TypeError, /language tag/);
  });
});
