// The one static server of the tests and tools: serves a built folder as a static host would
// (directory → index.html, a missing trailing slash redirected, 404.html for what is not there).
// Playwright's web server, the update and SCORM journeys and `npm run lighthouse` all use it.
//   node scripts/serve.ts [folder=dist] [--port 4322] [--host 127.0.0.1]
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, resolvePath } from '../src/server/static.ts';

export { CONTENT_TYPES, resolvePath };

/** A response the caller supplies for a URL path (e.g. a newer sw.js), or undefined to serve the folder. */
export type Override = (path: string) => { body: string | Buffer; type?: string } | undefined;

export interface StaticOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  /** URL prefix the folder is served under, e.g. `/lms/content`; other paths answer 404 unless overridden. */
  mount?: string;
  /** Maps a URL path to a path inside the folder (undefined: 404), for layouts a mount cannot say. */
  rewrite?: (path: string) => string | undefined;
  override?: Override;
}

export interface Running {
  /** Origin plus mount, without a trailing slash, e.g. `http://127.0.0.1:4322`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function serveStatic(folder: string, options: StaticOptions = {}): Promise<Running> {
  const root = resolve(folder);
  const mount = (options.mount ?? '').replace(/\/$/, '');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return res.writeHead(400).end('bad request');
    }
    const supplied = options.override?.(path);
    if (supplied) return res.writeHead(200, { 'content-type': supplied.type ?? CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(supplied.body);
    if (mount && !path.startsWith(`${mount}/`)) return res.writeHead(404).end('not found');
    path = path.slice(mount.length);
    if (options.rewrite) {
      const inside = options.rewrite(path);
      if (inside === undefined) return res.writeHead(404).end('not found');
      path = inside;
    }
    const { file, redirect } = resolvePath(root, path);
    if (redirect) return res.writeHead(301, { location: `${mount}${redirect}${url.search}` }).end();
    if (!file) {
      const notFound = join(root, '404.html');
      return res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! }).end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
      ok({ url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${mount}`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** A loopback port free right now, for a server a test or tool is about to start. */
export const freePort = () =>
  new Promise<number>((done) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Resolves once `url` answers (any status), or rejects after `ms`. */
export async function waitUntilServing(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms / 1000} s: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const port = Number(flag('--port') ?? 4322);
  const host = flag('--host') ?? '127.0.0.1';
  const folder = args[0] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(join(folder, 'index.html'))) {
    console.error(`${folder} has no index.html: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { url } = await serveStatic(folder, { port, host });
  console.log(`Serving ${folder} at ${url}/`);
}
