// The port `npm start` and `npm run dev` listen on: PORT (default 8000), or the next free one
// when it is busy, saying so.
import { createServer } from 'node:net';

const free = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

export async function choosePort(wanted = Number(process.env.PORT || 8000)) {
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  for (let port = wanted; port < wanted + 50 && port <= 65535; port++) {
    if (await free(port)) {
      if (port !== wanted) console.log(`Port ${wanted} is busy: using ${port} instead (set PORT to choose another).`);
      return port;
    }
  }
  throw new Error(`Ports ${wanted}–${wanted + 49} are all busy: set PORT to a free port.`);
}
