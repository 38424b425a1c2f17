import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/content/check.ts';

/** Reads every .yaml and .mdx file below `dir`, with paths relative to `root`. Node only. */
export function readContentTree(root: string, dir = join(root, 'content')): ContentFile[] {
  const out: ContentFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...readContentTree(root, full));
    else if (/\.(ya?ml|mdx)$/.test(name)) out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
  }
  return out;
}
