import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR } from './paths';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  /** Absolute URL of a file under tests/fixtures, e.g. url('idntimes-nato-seed.html'). */
  url(fixturePath: string): string;
  close(): Promise<void>;
}

/** Serves tests/fixtures read-only on 127.0.0.1 at a random port; anything else is a 404 (after `?delay=<ms>`, if given). */
export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    const address = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(address.pathname);
    // `?delay=<ms>` answers late, as a slow photo host does: what the reader does meanwhile can be tested.
    const delay = Math.min(Number(address.searchParams.get('delay')) || 0, 10_000);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep) || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (fixturePath) => `${origin}/${fixturePath.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
