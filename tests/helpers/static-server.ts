// A small static file server for a built site, on 127.0.0.1, as any static host would serve it:
// the site's files under `base`, directories answered by their index.html, 404.html otherwise.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The site's address, base included, with a trailing slash: http://127.0.0.1:PORT/base/ */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(outDir: string, base = '/'): Promise<StaticServer> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const root = path.resolve(outDir);
  // Files are kept once read, as a host's cache would: the site does not change while served.
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    let body = cache.get(file);
    if (!body) {
      body = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('Not found');
      cache.set(file, body);
    }
    return body;
  };
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file: string | undefined;
    if (pathname.startsWith(prefix)) {
      const relative = decodeURIComponent(pathname.slice(prefix.length));
      const candidate = path.resolve(root, relative);
      if (candidate.startsWith(root)) {
        const stat = fs.statSync(candidate, { throwIfNoEntry: false });
        if (stat?.isFile()) file = candidate;
        else if (stat?.isDirectory() && fs.existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    const body = read(file);
    response.writeHead(status, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
