/** A small HTTP server on loopback for fixture and demo pages (never on another interface). */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export type Route = string | { body: string | Buffer; type?: string } | ((req: IncomingMessage, res: ServerResponse) => void);

export interface LoopbackServer {
  origin: string;
  /** Add or replace what a path answers. */
  route(pathname: string, route: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serveLoopback(routes: Record<string, Route> = {}, { staticDir }: { staticDir?: string } = {}): Promise<LoopbackServer> {
  const table = new Map(Object.entries(routes));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = table.get(url.pathname);
    if (typeof route === 'function') return route(req, res);
    if (route !== undefined) {
      const body = typeof route === 'string' ? route : route.body;
      const type = typeof route === 'string' ? TYPES['.html'] : (route.type ?? TYPES['.html']);
      res.writeHead(200, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-store' });
      return res.end(body);
    }
    if (staticDir) {
      const file = path.join(staticDir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
      if (file.startsWith(staticDir)) {
        readFile(file).then(
          (body) => {
            res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
            res.end(body);
          },
          () => {
            res.writeHead(404).end('not found');
          },
        );
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (pathname, route) => void table.set(pathname, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
