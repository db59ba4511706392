/**
 * `hidden=${hiddenUntilFound(closed)}`: hides collapsed content with `hidden="until-found"`
 * where the browser supports it, so that find in page still searches it and fires
 * `beforematch` before revealing a match; elsewhere with plain `hidden`. Shown content has no
 * `hidden` attribute at all.
 */
import { isServer, nothing } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * True where `hidden="until-found"` and `beforematch` exist. The server writes `until-found`
 * (browsers without it read any value of `hidden` as hidden), so hydration finds it in place.
 */
export const untilFoundSupported = isServer || (typeof document !== 'undefined' && 'onbeforematch' in document.documentElement); // <body> may not exist yet (async script in <head>)

class HiddenUntilFound extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'hidden') throw new Error('hiddenUntilFound() binds the hidden attribute');
  }

  render(hidden: boolean) {
    return hidden ? (untilFoundSupported ? 'until-found' : '') : nothing;
  }
}

export const hiddenUntilFound = directive(HiddenUntilFound);
