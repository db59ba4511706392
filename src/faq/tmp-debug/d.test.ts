describe('d', () => { it(`TT=${'trustedTypes' in window} BM=${'onbeforematch' in document.body} ${navigator.userAgent.slice(-40)}`, () => {}); });
