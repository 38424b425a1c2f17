// How the built site is served, shared by the tests' static server (scripts/serve.ts) and the live
// classroom server: content types, and which file a URL path stands for.
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * The file a URL path stands for inside `root` (an absolute folder): a folder's index.html, or a
 * redirect for a folder asked for without its slash; nothing for a path outside `root` or missing.
 */
export function resolvePath(root: string, path: string): { file?: string; redirect?: string } {
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith('/') ? root : `${root}/`)) return {};
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return { redirect: `${path}/` };
    const index = join(file, 'index.html');
    return existsSync(index) ? { file: index } : {};
  }
  return existsSync(file) && statSync(file).isFile() ? { file } : {};
}
