// `npm run dev`: the demo served from the sources by @web/dev-server (esbuild transpiles the
// TypeScript on request), reloaded in the browser whenever a file changes. The demo pages load
// `../souverain.js`, which is mapped to src/all.ts; packs and themes are served from content/
// and themes/. No build and no CSP header (the reload script is inline): `npm start` serves the
// production build as shipped.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { choosePort } from './port.mjs';

const port = await choosePort();
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    watch: true,
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/') return ctx.redirect('/demo/');
        // A redirect, so the modules it imports resolve from src/.
        if (ctx.path === '/souverain.js') return ctx.redirect('/src/all.ts');
        return next();
      },
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Souverain demo (sources, reloads on edit): http://localhost:${port}/demo/  (Ctrl+C to stop)`);
process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
