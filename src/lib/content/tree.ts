import type { ContentFile } from './problems.ts';

/** The few file-system calls the tree walk needs: node:fs fits, and so does an in-memory fake. */
export interface TreeFs {
  readdirSync(dir: string): string[];
  statSync(path: string): { isDirectory(): boolean };
  readFileSync(path: string, encoding: 'utf8'): string;
}

/**
 * Every .yaml and .mdx file below `<root>/content`, sorted, with paths relative to `root` and
 * written with `/`. Pure but for the `fs` it is given (src/data/content-model.ts passes node:fs).
 */
export function readContentTree(fs: TreeFs, root: string, dir = 'content'): ContentFile[] {
  const base = root.replace(/[\\/]+$/, '') + '/';
  const out: ContentFile[] = [];
  for (const name of fs.readdirSync(base + dir).sort()) {
    const rel = `${dir}/${name}`;
    if (fs.statSync(base + rel).isDirectory()) out.push(...readContentTree(fs, root, rel));
    else if (/\.(ya?ml|mdx)$/.test(name)) out.push({ path: rel, text: fs.readFileSync(base + rel, 'utf8') });
  }
  return out;
}
