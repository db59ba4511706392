/**
 * Lit's hydration of server-rendered markup (`@lit-labs/ssr-client`). Its own module so that it is
 * loaded only when an element finds a declarative shadow root from the server: `dist/souverain.js`
 * fetches it as a separate chunk, the one-file `dist/elements/*.js` carry it inline.
 */
export { hydrate } from '@lit-labs/ssr-client';
