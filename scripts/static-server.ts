import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Port to listen on; 0 (the default) takes a free one. */
  port?: number;
  /**
   * Pages may load nothing from other hosts: a Content-Security-Policy header stops the browser
   * before it sends any such request (for saved pages that point at CDNs and trackers).
   */
  localOnly?: boolean;
}

/** Serves `root` on 127.0.0.1; `/__blank.html` is an empty page. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const csp = options.localOnly
    ? { 'content-security-policy': "default-src 'self' 'unsafe-inline' data: blob:" }
    : {};
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path === '/__blank.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title></title>');
      return;
    }
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        ...csp,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    // Idle keep-alive connections too: a browser keeps them open, and close() would wait.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
